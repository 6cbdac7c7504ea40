import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_ANOMALY_THRESHOLDS as T } from '@registry/audit';
import { listOf } from '../../common/query-cost.js';
import { DateTimeScalar } from '../../common/scalars.js';

@ObjectType({ description: 'One entry of the hash-chained audit log. Ids and claims only, never protected content.' })
export class AuditEvent {
  @Field(() => Int, { description: 'position in the chain: 1, 2, 3, … with no gaps' }) seq!: number;
  @Field(() => DateTimeScalar) at!: string;
  @Field({ description: 'JWT sub, or "anonymous" when no valid token was presented' }) actor!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => String, { nullable: true, description: "the caller's police_region and/or municipality_code claim" }) scope!: string | null;
  @Field({
    description: 'operation name, or auth.denied, forbidden, purpose.missing, rate.limited, keys.rotate, case.shred, proposal.override, …',
  })
  action!: string;
  @Field(() => String, { nullable: true }) resourceType!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'an opaque id: a UUID; for a municipality\'s questions (resourceType "municipal.clearance", "municipal.destination") keyed tokens that name no case, proposal or place; for resourceType "operation" the operation refused',
  })
  resourceId!: string | null;
  @Field(() => String, { nullable: true, description: 'the X-Access-Purpose the caller gave' }) purpose!: string | null;
  @Field({ description: 'ok, denied or error' }) outcome!: string;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) clientAddress!: string | null;
  @Field({
    description:
      'true once the retention period is over and actor, purpose and clientAddress were erased (actor then reads "", the others null); the event still verifies by their commitments',
  })
  personalErased!: boolean;
  @Field({ description: 'hex SHA-256 of the event before (64 zeros for seq 1)' }) prevHash!: string;
  @Field({ description: 'hex SHA-256 over prevHash and the canonical encoding of this event' }) hash!: string;
}

@ObjectType()
export class AuditEventPage {
  /** Counted `first` times already, by auditEvents. */
  @Field(() => [AuditEvent], { complexity: listOf(1) }) events!: AuditEvent[];
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page; null on the last page' })
  nextCursor!: string | null;
}

@ObjectType()
export class AuditVerification {
  @Field() valid!: boolean;
  @Field(() => Int, { description: 'events found sound before the first fault' }) checkedEvents!: number;
  @Field(() => Int, { nullable: true, description: 'the first event (or checkpoint) that does not fit' }) firstInvalidSeq!: number | null;
  @Field(() => Int, { nullable: true, description: 'the highest checkpoint whose signature held and matched the chain' })
  lastSignedCheckpointSeq!: number | null;
  @Field(() => Int, { description: 'events checked that no valid signed checkpoint covers (after lastSignedCheckpointSeq)' })
  uncoveredEvents!: number;
  @Field(() => String, { nullable: true, description: 'what was wrong, in words that name seqs only' }) reason!: string | null;
}

export const AuditAnomalyKindEnum = {
  REFUSALS: 'REFUSALS',
  DISTINCT_CASES: 'DISTINCT_CASES',
  DESTINATIONS_PER_CASE: 'DESTINATIONS_PER_CASE',
  MUNICIPAL_DESTINATIONS_PER_CASE: 'MUNICIPAL_DESTINATIONS_PER_CASE',
  LINK_REQUESTS: 'LINK_REQUESTS',
  RANKINGS_PER_CASE: 'RANKINGS_PER_CASE',
  CHECKPOINT_REFUSED: 'CHECKPOINT_REFUSED',
  BREAK_GLASS: 'BREAK_GLASS',
} as const;
export type AuditAnomalyKind = keyof typeof AuditAnomalyKindEnum;
registerEnumType(AuditAnomalyKindEnum, {
  name: 'AuditAnomalyKind',
  description: [
    `Thresholds per actor within any ${T.window / 60_000} minutes:`,
    `REFUSALS: more than ${T.maxRefusals} refused requests;`,
    `DISTINCT_CASES: more than ${T.maxDistinctCases} distinct cases touched;`,
    `DESTINATIONS_PER_CASE: more than ${T.maxDistinctDestinationsPerCase} distinct destinations asked about for one case.`,
    `MUNICIPAL_DESTINATIONS_PER_CASE: a municipality's accounts together asked destinationCleared about ${T.municipalDestinationWarning} or more`,
    `distinct destinations for one case within ${T.municipalWindow / 3_600_000} hours (the limit is ${T.municipalDestinationLimit});`,
    'one entry per account that asked, the case named by an opaque token;',
    `LINK_REQUESTS: more than ${T.maxLinkRequests} links asked for to persons the requester may not see;`,
    `RANKINGS_PER_CASE: more than ${T.maxRankingsPerCase} rankDestinations of one case (re-ranking with shifting periods is how one would time another region's flag);`,
    'CHECKPOINT_REFUSED: an alarm, every one reported: the checkpoint signer refused to sign a tree that does not extend its last checkpoint',
    '(history was rewritten or cut off in the database), or a witness refused to cosign one; actor "system";',
    'BREAK_GLASS: an officer took break-glass access to a case they are not on the team of; every grant, at once (caseId names the case).',
  ].join(' '),
});

@ObjectType({ description: 'An actor over one of the thresholds (see AuditAnomalyKind), reported for their busiest window' })
export class AuditAnomaly {
  @Field() actor!: string;
  @Field(() => AuditAnomalyKindEnum) kind!: AuditAnomalyKind;
  @Field(() => String, {
    nullable: true,
    description:
      "the case, for DESTINATIONS_PER_CASE (a case id, or a municipality's opaque case token) and MUNICIPAL_DESTINATIONS_PER_CASE (the token)",
  })
  caseId!: string | null;
  @Field(() => Int, {
    description:
      "refusals, distinct cases or distinct destinations (the municipality's, for MUNICIPAL_DESTINATIONS_PER_CASE) in the busiest window",
  })
  count!: number;
  @Field(() => Int, { description: 'more than this is an anomaly; for MUNICIPAL_DESTINATIONS_PER_CASE, this many or more' })
  threshold!: number;
  @Field(() => String, { nullable: true, description: "MUNICIPAL_DESTINATIONS_PER_CASE: the accounts' own municipality_code" })
  municipalityCode!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'MUNICIPAL_DESTINATIONS_PER_CASE: the distinct destinations this account asked about itself',
  })
  actorCount!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'MUNICIPAL_DESTINATIONS_PER_CASE: the limit, beyond which destinationCleared is RATE_LIMITED',
  })
  limit!: number | null;
  @Field(() => DateTimeScalar) windowStart!: string;
  @Field(() => DateTimeScalar) windowEnd!: string;
  @Field(() => Int) firstSeq!: number;
  @Field(() => Int) lastSeq!: number;
}

@ObjectType({ description: 'A signed checkpoint: the chain head at `seq`, signed with the audit-signing key (a compact JWS)' })
export class AuditCheckpoint {
  @Field(() => Int) seq!: number;
  @Field(() => DateTimeScalar) at!: Date;
  @Field({ description: 'hex hash of event `seq`' }) hash!: string;
  @Field({
    description:
      'the C2SP signed checkpoint note over the Merkle tree of events 1..seq (a compact JWS for checkpoints signed before the Merkle tree), verifiable with the published audit-signing public key',
  })
  signature!: string;
  @Field(() => String, {
    nullable: true,
    description: 'the C2SP checkpoint note (origin, tree size, root hash, timestamp, signature lines); null for a JWS checkpoint',
  })
  note!: string | null;
}
