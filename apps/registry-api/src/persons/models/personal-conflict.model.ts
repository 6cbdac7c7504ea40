import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ConflictRole, KeepApartScope, PersonalConflictKind } from '@registry/checker';
import { ConflictRoleEnum, KeepApartScopeEnum, PersonalConflictKindEnum } from '../../common/graphql-enums.js';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';

@ObjectType({ description: 'A record closed: when, by whom (the token subject) and why. A closed record is kept and no longer counts.' })
export class RecordClosure {
  @Field(() => DateTimeScalar) closedAt!: Date;
  @Field() closedBy!: string;
  @Field() reason!: string;
}

@ObjectType({
  description:
    'A personal conflict between two persons, whichever side registered it. Shown to a caller who may see either person; the other side’s id, and the reason (which may speak of both), only to a caller who may see both.',
})
export class PersonalConflict {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true, description: 'Null when the caller may not see that person' }) otherPersonId!: string | null;
  @Field(() => PersonalConflictKindEnum) kind!: PersonalConflictKind;
  @Field(() => ConflictRoleEnum, { description: "personId's part" }) personRole!: ConflictRole;
  @Field(() => ConflictRoleEnum, { description: "otherPersonId's part" }) otherRole!: ConflictRole;
  @Field(() => KeepApartScopeEnum) scope!: KeepApartScope;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Past it, CONFLICT_REVIEW_DUE warns on the household’s checks' })
  reviewDue!: string | null;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => RecordClosure, { nullable: true, description: 'Set once closed: the checker no longer counts the conflict' })
  closure!: RecordClosure | null;
}

@ObjectType({ description: 'Where a person is known to stay, for a period; a closed one no longer counts' })
export class KnownLocation {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field() municipalityCode!: string;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => RecordClosure, { nullable: true }) closure!: RecordClosure | null;
}
