import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PersonalConflictKind } from '@registry/checker';
import { PersonalConflictKindEnum } from '../../common/graphql-enums.js';
import type { LinkKind, LinkStatus } from '../link-request.repository.js';
import { Person } from './person.model.js';

export const LinkKindEnum = { THREAT_ACTOR: 'THREAT_ACTOR', PERSONAL_CONFLICT: 'PERSONAL_CONFLICT' } as const;
registerEnumType(LinkKindEnum, {
  name: 'LinkKind',
  description: 'What a link request would add: a named threat actor, or a personal conflict',
});
export const LinkStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(LinkStatusEnum, { name: 'LinkStatus' });

@ObjectType({
  description:
    'A link a regional unit asked for to a person it may not see. It counts only once national coordination approves it, and even then the region’s checks report it by area, never by municipality.',
})
export class LinkRequest {
  @Field(() => ID) id!: string;
  @Field(() => LinkKindEnum) kind!: LinkKind;
  @Field(() => LinkStatusEnum) status!: LinkStatus;
  @Field(() => ID, { nullable: true, description: 'The case whose threat assessment named the person (THREAT_ACTOR)' }) caseId!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The household member in conflict (PERSONAL_CONFLICT)' }) personId!: string | null;
  @Field(() => ID, { description: 'The id the requester named, as they named it' }) otherPersonId!: string;
  @Field(() => PersonalConflictKindEnum, { nullable: true }) conflictKind!: PersonalConflictKind | null;
  @Field(() => Person, { nullable: true, description: 'National coordination only: the person named, or null when the id names nobody' })
  otherPerson!: Person | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}
