import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConsentAnswer, ConsentDataCategory, ConsentRecipient, ConsentStatus, SignatoryRole } from '@registry/checker';
import {
  ConsentAnswerEnum,
  ConsentDataCategoryEnum,
  ConsentRecipientEnum,
  ConsentStatusEnum,
  SignatoryRoleEnum,
} from '../../common/graphql-enums.js';
import { listOf } from '../../common/query-cost.js';
import { DateScalar } from '../../common/scalars.js';
import { Person } from '../../persons/models/person.model.js';
import { MAX_SIGNATORIES } from '../dto/consent.inputs.js';

@ObjectType()
export class ConsentScope {
  @Field(() => [ConsentDataCategoryEnum]) categories!: ConsentDataCategory[];
  @Field(() => [ConsentRecipientEnum]) recipients!: ConsentRecipient[];
}

@ObjectType()
export class ConsentSignatory {
  @Field(() => SignatoryRoleEnum) role!: SignatoryRole;
  @Field(() => ConsentAnswerEnum) answer!: ConsentAnswer;
  @Field(() => String, { nullable: true, description: 'null: the member themselves, as recorded by openCase' }) name!: string | null;
}

@ObjectType({
  description:
    'samtycke: a household member’s consent to share data with named recipients, the legal basis for the sharing a placement needs. Lasts to its review date (default six months) unless renewed; a withdrawal takes effect at once.',
})
export class Consent {
  @Field(() => ID) id!: string;
  @Field(() => Person) member!: Person;
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field(() => ConsentStatusEnum, { description: 'as of today' }) status!: ConsentStatus;
  @Field(() => DateScalar, { description: 'the first signing' }) signedOn!: string;
  @Field(() => DateScalar, { description: 'the latest signing (the first or a renewal)' }) lastSignedOn!: string;
  @Field(() => DateScalar, { description: 'the review date of the latest signing' }) reviewDue!: string;
  @Field(() => Int) renewals!: number;
  @Field(() => DateScalar, { nullable: true }) withdrawnOn!: string | null;
  @Field(() => [ConsentSignatory], { complexity: listOf(MAX_SIGNATORIES), description: 'the answers of the latest signing' })
  signatories!: ConsentSignatory[];
}
