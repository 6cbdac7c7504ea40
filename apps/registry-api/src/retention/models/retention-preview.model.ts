import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { listOf } from '../../common/query-cost.js';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { RETENTION_KINDS, type RetentionKind } from '../retention-schedule.js';

export const RetentionKindEnum = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, kind])) as Record<RetentionKind, RetentionKind>;
registerEnumType(RetentionKindEnum, {
  name: 'RetentionKind',
  description:
    'gallring: CLOSED_CASE (a closed case, its household crypto-shredded), ENDED_PLACEMENT (an ended placement: destination, check and alerts erased), PRESENCE (a network presence whose validity ended), AFFILIATION (an ended affiliation no kept case needs), AUDIT_PERSONAL (the officer id, client address and purpose of an audit event)',
});

@ObjectType({ description: 'What the retention schedule would erase of one kind of record now: a count, never which records' })
export class RetentionKindPreview {
  @Field(() => RetentionKindEnum) kind!: RetentionKind;
  @Field(() => Int, { description: 'days the kind is kept after its clock starts (closure, end, end of validity, logging)' })
  retentionDays!: number;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'for kinds dated by a day (ENDED_PLACEMENT, PRESENCE, AFFILIATION): a record ending on this day or earlier has expired',
  })
  lastExpiredDay!: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'for kinds dated by an instant (CLOSED_CASE, AUDIT_PERSONAL): a record closed or logged before this has expired',
  })
  expiredBefore!: Date | null;
  @Field(() => Int, { description: 'records of this kind that a run now would erase' }) expired!: number;
}

@ObjectType({ description: 'The retention schedule applied now as a dry run: changes nothing' })
export class RetentionPreview {
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field({ description: '"daily" when the service erases what has expired once a day, "off" when an operator runs it (RETENTION_JOB)' })
  job!: string;
  @Field(() => [RetentionKindPreview], { complexity: listOf(RETENTION_KINDS.length) }) kinds!: RetentionKindPreview[];
}
