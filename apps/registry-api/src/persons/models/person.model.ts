import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AffiliationRole, Confidence, PersonKind } from '@registry/checker';
import { AffiliationRoleEnum, ConfidenceEnum, PersonKindEnum } from '../../common/graphql-enums.js';
import { DateScalar } from '../../common/scalars.js';
import { Network } from '../../networks/models/network.model.js';

@ObjectType({ description: 'A person known to the register: defector, relative, threat actor or other' })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => PersonKindEnum) kind!: PersonKind;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field(() => Int, { nullable: true }) birthYear!: number | null;
  @Field() surveillanceHold!: boolean;
}

@ObjectType({ description: "A person's tie to a network, with role, confidence and validity" })
export class Affiliation {
  @Field(() => ID) id!: string;
  @Field(() => Person) person!: Person;
  @Field(() => Network) network!: Network;
  @Field(() => AffiliationRoleEnum) role!: AffiliationRole;
  @Field(() => ConfidenceEnum) confidence!: Confidence;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}
