import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { listOf } from '../../common/query-cost.js';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';
import { TeamRoleEnum } from '../../teams/models/team.models.js';
import type { TeamRole } from '../../teams/team.repository.js';
import {
  COMPLIANCE_GRADES,
  CONDITION_KINDS,
  MAX_AREA_MUNICIPALITIES,
  type ComplianceGrade,
  type ConditionKind,
} from '../condition-vocabulary.js';

/** Most compliance records one condition shows (the latest): more than a year of weekly tests. */
export const SHOWN_COMPLIANCE_RECORDS = 60;
/** Most breach reviews one condition shows (the latest). */
export const SHOWN_REVIEWS = 20;

export const ConditionKindEnum = Object.fromEntries(CONDITION_KINDS.map((k) => [k, k])) as Record<ConditionKind, ConditionKind>;
registerEnumType(ConditionKindEnum, {
  name: 'ConditionKind',
  description:
    'villkor: NO_NETWORK_CONTACT (no contact with the criminal network), DRUG_TESTS, STAY_AWAY_FROM_AREA (named municipalities, protected), REPORTING (reports to the contact officer or social services), CURFEW (home by a set time), NO_WEAPONS, OTHER (described in free text, protected)',
});

export const ComplianceGradeEnum = Object.fromEntries(COMPLIANCE_GRADES.map((g) => [g, g])) as Record<ComplianceGrade, ComplianceGrade>;
registerEnumType(ComplianceGradeEnum, {
  name: 'ComplianceGrade',
  description: 'MET, PARTLY (kept in part; the note says how), BREACHED (raises a review for the case’s team)',
});

@ObjectType({ description: 'One observation of how a condition was kept, with the day observed and who recorded it' })
export class ConditionCompliance {
  @Field(() => ID) id!: string;
  @Field(() => ComplianceGradeEnum) compliance!: ComplianceGrade;
  @Field(() => DateScalar, { description: 'the day (or the end of the period) the observation is about' }) observedOn!: string;
  @Field(() => String, { nullable: true, description: 'protected (sealed)' }) note!: string | null;
  @Field({ description: 'the officer who recorded it (JWT sub)' }) recordedBy!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({
  description:
    'A review raised by a recorded breach (or an observation the recorder asked to have reviewed): open until the case’s team closes it with a decision. Listed to those who read the case’s details (conditionReviews), addressed to the team roles the condition names.',
})
export class ConditionReview {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field(() => ID) conditionId!: string;
  @Field(() => ConditionKindEnum) conditionKind!: ConditionKind;
  @Field(() => [TeamRoleEnum], { description: 'the team roles the condition says are told' }) notify!: TeamRole[];
  @Field(() => ConditionCompliance, { description: 'the observation that raised it (a breach, or one marked for review)' })
  breach!: ConditionCompliance;
  @Field(() => DateTimeScalar) raisedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'what the team decided; protected (sealed)' }) decision!: string | null;
}

@ObjectType({
  description:
    'villkor: a condition the defector signed, with the rule for what counts as a breach, its compliance over time and who is told. Terms, breach rule, notes and names are protected (sealed with the case’s key).',
})
export class Condition {
  @Field(() => ID) id!: string;
  @Field(() => ConditionKindEnum) kind!: ConditionKind;
  @Field(() => [Municipality], {
    complexity: listOf(MAX_AREA_MUNICIPALITIES),
    description: 'STAY_AWAY_FROM_AREA: the municipalities to stay away from; empty for other kinds',
  })
  areas!: Municipality[];
  @Field(() => String, { nullable: true, description: 'what the condition says in words (required for OTHER)' }) description!:
    string | null;
  @Field({ description: 'what counts as a breach' }) breachRule!: string;
  @Field(() => [TeamRoleEnum], { description: 'the team roles told of a breach (always the responsible officer)' }) notify!: TeamRole[];
  @Field(() => DateScalar) signedOn!: string;
  @Field() addedBy!: string;
  @Field(() => DateScalar, { nullable: true, description: 'null while the condition runs' }) endedOn!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => ComplianceGradeEnum, { nullable: true, description: 'the latest observation’s grade; null before the first' })
  currentCompliance!: ComplianceGrade | null;
  @Field(() => Int, { description: 'how many observations have been recorded in all' }) complianceCount!: number;
  @Field(() => [ConditionCompliance], {
    complexity: listOf(SHOWN_COMPLIANCE_RECORDS),
    description: `the latest ${SHOWN_COMPLIANCE_RECORDS} observations (by the day observed), oldest first`,
  })
  compliance!: ConditionCompliance[];
  @Field(() => [ConditionReview], {
    complexity: listOf(SHOWN_REVIEWS),
    description: `the latest ${SHOWN_REVIEWS} reviews its breaches raised, oldest first`,
  })
  reviews!: ConditionReview[];
}
