import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PoliceRegion } from '@registry/geo';
import { PoliceRegionEnum } from '../../common/graphql-enums.js';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import {
  ASSESSMENT_KINDS,
  CASE_STAGES,
  CLOSURE_REASONS,
  FOLLOW_UP_HOUSING,
  FOLLOW_UP_INCOME,
  FOLLOW_UP_OUTCOMES,
  RELAPSE_ANSWERS,
  THREAT_STANDS_ANSWERS,
  TRANSITION_KINDS,
  type AssessmentKind,
  type CaseStage,
  type ClosureReason,
  type FollowUpHousing,
  type FollowUpIncome,
  type FollowUpOutcome,
  type RelapseAnswer,
  type ThreatStandsAnswer,
  type TransitionKind,
} from '../case-stages.js';

function enumOf<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const CaseStageEnum = enumOf(
  CASE_STAGES,
  'CaseStage',
  'Where the work on a case stands (docs/case-lifecycle.md): REFERRED (anmäld/aktualiserad), ASSESSING (hot- och riskbedömning, placeringsbedömning), ELIGIBLE (assessed and every eligibility criterion met), PROPOSED (a cleared or overridden proposal), PLACED (a placement runs), FOLLOW_UP (every placement ended; a follow-up falls due six months on), CLOSED (with a closure reason). Case.status keeps the contract’s meaning: OPEN up to PROPOSED, ACTIVE in PLACED and FOLLOW_UP, COMPLETED or ABORTED when CLOSED.',
);
export const ClosureReasonEnum = enumOf(
  CLOSURE_REASONS,
  'ClosureReason',
  'Why a case closed, as the reports give it: PLAN_COMPLETED (the plan was carried through), OTHER_SUPPORT (moved on to other support), PLACED_IN_CARE (placed in care, e.g. LVU/LVM), CONSENT_WITHDRAWN (the person withdrew their consent or left the programme), RELAPSED (relapsed into crime), THREAT_ENDED (the threat no longer stands), OTHER. Case.status reads COMPLETED for PLAN_COMPLETED, OTHER_SUPPORT, PLACED_IN_CARE and THREAT_ENDED, ABORTED for the others.',
);
export const TransitionKindEnum = enumOf(
  TRANSITION_KINDS,
  'TransitionKind',
  'OPENED (the case was opened), TRANSITION (a stage change an officer decided), AUTOMATIC (a stage change that followed a recorded event: a proposal cleared, a placement confirmed, the last placement ended), CLOSE, REOPEN, TRANSFER (moved to another police region by national coordination; stage unchanged), ESCALATE (the team asked national coordination to act; stage unchanged)',
);
export const AssessmentKindEnum = enumOf(
  ASSESSMENT_KINDS,
  'AssessmentKind',
  'THREAT (hot- och riskbedömning) or PLACEMENT (placeringsbedömning)',
);
export const FollowUpOutcomeEnum = enumOf(
  FOLLOW_UP_OUTCOMES,
  'FollowUpOutcome',
  'How the person fares at the follow-up: ESTABLISHED (settled: housing, occupation, no contact with the network), PARTLY_ESTABLISHED, NOT_ESTABLISHED, NOT_REACHED (the person could not be reached)',
);
export const FollowUpHousingEnum = enumOf(FOLLOW_UP_HOUSING, 'FollowUpHousing', 'Where the person lives at the follow-up');
export const FollowUpIncomeEnum = enumOf(FOLLOW_UP_INCOME, 'FollowUpIncome', 'What the person lives on at the follow-up');
export const RelapseAnswerEnum = enumOf(RELAPSE_ANSWERS, 'RelapseAnswer', 'Relapse into crime since the placement ended');
export const ThreatStandsAnswerEnum = enumOf(
  THREAT_STANDS_ANSWERS,
  'ThreatStandsAnswer',
  'Whether the threat against the person still stands',
);

@ObjectType({
  description: 'One entry of a case’s history: who moved it, when, from where to where, and why (the reason is sealed with the case)',
})
export class CaseTransition {
  @Field(() => ID) id!: string;
  @Field(() => TransitionKindEnum) kind!: TransitionKind;
  @Field(() => CaseStageEnum, { nullable: true }) fromStage!: CaseStage | null;
  @Field(() => CaseStageEnum) toStage!: CaseStage;
  @Field(() => ClosureReasonEnum, { nullable: true, description: 'set when the case was closed' }) closureReason!: ClosureReason | null;
  @Field(() => PoliceRegionEnum, { nullable: true, description: 'set on a TRANSFER' }) fromRegion!: PoliceRegion | null;
  @Field(() => PoliceRegionEnum, { nullable: true, description: 'set on a TRANSFER' }) toRegion!: PoliceRegion | null;
  @Field({ description: 'the officer (token subject) who made the change; "system" for none' }) actor!: string;
  @Field() reason!: string;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType({
  description:
    'A threat or placement assessment the case needs: the instrument, the assessor, when it was required and when (if yet) it was completed',
})
export class AssessmentStep {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentKindEnum) kind!: AssessmentKind;
  @Field({ description: 'the assessment instrument or method, e.g. "SARA:SV", "PATRIARK", "structured professional judgement"' })
  instrument!: string;
  @Field({ description: 'who assesses (name or unit)' }) assessor!: string;
  @Field(() => DateScalar) requiredOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'null: required, not yet completed' }) completedOn!: string | null;
  @Field() completed!: boolean;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'The follow-up after a placement ends (uppföljning): due six months after the end, recorded with its answers' })
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) dueOn!: string;
  @Field({ description: 'not recorded and past its due day (raises a FOLLOW_UP_OVERDUE alert on the placement)' }) overdue!: boolean;
  @Field(() => DateScalar, { nullable: true }) recordedOn!: string | null;
  @Field(() => FollowUpOutcomeEnum, { nullable: true }) outcome!: FollowUpOutcome | null;
  @Field(() => FollowUpHousingEnum, { nullable: true }) housing!: FollowUpHousing | null;
  @Field(() => FollowUpIncomeEnum, { nullable: true }) income!: FollowUpIncome | null;
  @Field(() => RelapseAnswerEnum, { nullable: true }) relapse!: RelapseAnswer | null;
  @Field(() => ThreatStandsAnswerEnum, { nullable: true }) threatStands!: ThreatStandsAnswer | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => String, { nullable: true, description: 'the officer who recorded it' }) recordedBy!: string | null;
}
