/*
 * A case's stage and the moves between stages (issue 14, item 3). Pure: no framework, no database, so the
 * table is tested on its own (case-stages.spec.ts) and read the same way by the API and the docs.
 *
 *   REFERRED → ASSESSING → ELIGIBLE → PROPOSED → PLACED → FOLLOW_UP → CLOSED
 *
 * with steps back where the work goes back (a proposal that fails sends the case back to ELIGIBLE, a new
 * assessment from ELIGIBLE…), CLOSED from every open stage (with a reason), and REOPEN from CLOSED.
 */
import type { CaseStatus } from '@registry/checker';

export const CASE_STAGES = ['REFERRED', 'ASSESSING', 'ELIGIBLE', 'PROPOSED', 'PLACED', 'FOLLOW_UP', 'CLOSED'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Why a case closed, in the reports' own terms (SKL 2018, FoU Södertörn 2014): never success or failure. */
export const CLOSURE_REASONS = [
  'PLAN_COMPLETED',
  'OTHER_SUPPORT',
  'PLACED_IN_CARE',
  'CONSENT_WITHDRAWN',
  'RELAPSED',
  'THREAT_ENDED',
  'OTHER',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/**
 * What a history entry records. TRANSITION: a stage change someone decided. AUTOMATIC: a stage change that
 * followed a recorded event (proposal submitted, placement confirmed or ended). CLOSE, REOPEN. TRANSFER:
 * the case moved to another police region (stage unchanged). ESCALATE: the team asked national
 * coordination to act (stage unchanged). OPENED: the case was opened (REFERRED).
 */
export const TRANSITION_KINDS = ['OPENED', 'TRANSITION', 'AUTOMATIC', 'CLOSE', 'REOPEN', 'TRANSFER', 'ESCALATE'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** The stages an officer may move an open case to by hand (CLOSED is reached by closing, with a reason). */
const NEXT: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  REFERRED: ['ASSESSING'],
  ASSESSING: ['ELIGIBLE'],
  ELIGIBLE: ['ASSESSING', 'PROPOSED'],
  PROPOSED: ['ELIGIBLE', 'PLACED'],
  PLACED: ['FOLLOW_UP'],
  FOLLOW_UP: ['PLACED'],
  CLOSED: [],
};

/**
 * Where a reopened case starts again: its assessments are re-done before anything else, unless a placement
 * of the case is still running (a case closed while the household still lived at the destination), which
 * makes it PLACED, as confirming that placement did.
 */
export function reopenStage(facts: Pick<StageFacts, 'activePlacement'>): CaseStage {
  return facts.activePlacement ? 'PLACED' : 'ASSESSING';
}

/** What the move's guards look at; the service reads them from the case's records. */
export interface StageFacts {
  /** The eligibility criteria are all met (Case.eligible). */
  eligible: boolean;
  /** A completed threat assessment is recorded (recorded assessment, or a step with a completion date). */
  threatAssessmentCompleted: boolean;
  /** A completed placement assessment is recorded. */
  placementAssessmentCompleted: boolean;
  /** The case has a proposal that is CLEARED or OVERRIDDEN and not yet placed or withdrawn. */
  openProposal: boolean;
  /** The case has a placement that has not ended. */
  activePlacement: boolean;
}

export type TransitionRefusal = { ok: false; message: string };
export type TransitionCheck = { ok: true } | TransitionRefusal;

const refuse = (message: string): TransitionRefusal => ({ ok: false, message });

/** The stages an open case may be moved to by hand now (no guard applied). */
export function nextStages(from: CaseStage): readonly CaseStage[] {
  return NEXT[from];
}

/** Whether `from → to` is a move in the table, and whether its guard holds; the refusal says why not. */
export function checkTransition(from: CaseStage, to: CaseStage, facts: StageFacts): TransitionCheck {
  if (from === 'CLOSED') return refuse('The case is closed; reopen it first');
  if (to === 'CLOSED') return refuse('A case is closed with closeCaseWithReason, which needs a closure reason');
  if (!NEXT[from].includes(to)) return refuse(`A case cannot move from ${from} to ${to}`);
  switch (to) {
    case 'ELIGIBLE':
      if (from === 'ASSESSING' && !(facts.threatAssessmentCompleted && facts.placementAssessmentCompleted))
        return refuse('ELIGIBLE needs a completed threat assessment and a completed placement assessment');
      if (!facts.eligible) return refuse('ELIGIBLE needs every eligibility criterion met');
      return { ok: true };
    case 'PROPOSED':
      return facts.openProposal ? { ok: true } : refuse('PROPOSED needs a CLEARED or OVERRIDDEN proposal');
    case 'PLACED':
      return facts.activePlacement ? { ok: true } : refuse('PLACED needs a placement that has not ended (confirmPlacement)');
    case 'FOLLOW_UP':
      return facts.activePlacement ? refuse('FOLLOW_UP needs every placement of the case ended') : { ok: true };
    default:
      return { ok: true };
  }
}

/** The moves by hand that the guards allow now: what the console offers. */
export function allowedStages(from: CaseStage, facts: StageFacts): CaseStage[] {
  return NEXT[from].filter((to) => checkTransition(from, to, facts).ok);
}

/** Closing is allowed from every open stage. */
export function checkClose(from: CaseStage): TransitionCheck {
  return from === 'CLOSED' ? refuse('The case is already closed') : { ok: true };
}

export function checkReopen(from: CaseStage): TransitionCheck {
  return from === 'CLOSED' ? { ok: true } : refuse('Only a closed case can be reopened');
}

/**
 * The contract's CaseStatus, kept in step with the stage so that `cases(status:)`, `Case.status` and every
 * rule that reads it keep today's meaning: OPEN before a placement, ACTIVE from a placement on, and a
 * closed case COMPLETED when its plan was carried through or the need ended, ABORTED otherwise.
 */
export function statusOf(stage: CaseStage, reason: ClosureReason | null): CaseStatus {
  if (stage === 'CLOSED') return reason !== null && COMPLETED_REASONS.includes(reason) ? 'COMPLETED' : 'ABORTED';
  return stage === 'PLACED' || stage === 'FOLLOW_UP' ? 'ACTIVE' : 'OPEN';
}

/** Closure reasons that read as COMPLETED in the contract's CaseStatus; the others read as ABORTED. */
export const COMPLETED_REASONS: readonly ClosureReason[] = ['PLAN_COMPLETED', 'OTHER_SUPPORT', 'PLACED_IN_CARE', 'THREAT_ENDED'];

/** closeCase(caseId, status): the contract's two closing statuses as closure reasons. */
export function closureReasonOfStatus(status: CaseStatus): ClosureReason | null {
  if (status === 'COMPLETED') return 'PLAN_COMPLETED';
  if (status === 'ABORTED') return 'OTHER';
  return null;
}

/** The stage of a case that has no history yet (opened before stages were kept): from its status. */
export function stageOfStatus(status: CaseStatus): CaseStage {
  if (status === 'ACTIVE') return 'PLACED';
  if (status === 'COMPLETED' || status === 'ABORTED') return 'CLOSED';
  return 'REFERRED';
}

/** Stages a recorded event moves a case into on its own, and from which stages (never backwards, never out of CLOSED). */
const ORDER = new Map(CASE_STAGES.map((stage, i) => [stage, i]));

/**
 * The stage a case reaches when an event happens on its own (a proposal cleared, a placement confirmed,
 * the last placement ended), or null when the case stays where it is: a later stage is kept, and a
 * placement confirmed in FOLLOW_UP moves the case back to PLACED.
 */
export function automaticStage(from: CaseStage, event: 'PROPOSAL_CLEARED' | 'PLACEMENT_CONFIRMED' | 'PLACEMENTS_ENDED'): CaseStage | null {
  if (from === 'CLOSED') return null;
  const at = ORDER.get(from) as number;
  switch (event) {
    case 'PROPOSAL_CLEARED':
      return at < (ORDER.get('PROPOSED') as number) ? 'PROPOSED' : null;
    case 'PLACEMENT_CONFIRMED':
      return from === 'PLACED' ? null : 'PLACED';
    case 'PLACEMENTS_ENDED':
      return from === 'PLACED' ? 'FOLLOW_UP' : null;
  }
}

/** A follow-up falls due this many months after a placement ends (the reports' six months). */
export const FOLLOW_UP_MONTHS = 6;

/** `date` (YYYY-MM-DD) plus `months`, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (mo - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** How the person fares at the follow-up, in the evaluations' terms (FoU Södertörn 2014: "etablerad"). */
export const FOLLOW_UP_OUTCOMES = ['ESTABLISHED', 'PARTLY_ESTABLISHED', 'NOT_ESTABLISHED', 'NOT_REACHED'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Where the person lives at the follow-up. */
export const FOLLOW_UP_HOUSING = [
  'OWN_TENANCY',
  'SECOND_HAND_TENANCY',
  'WITH_RELATIVES',
  'SUPPORTED_HOUSING',
  'CARE_OR_INSTITUTION',
  'HOMELESS',
  'OTHER',
  'UNKNOWN',
] as const;
export type FollowUpHousing = (typeof FOLLOW_UP_HOUSING)[number];

/** What the person lives on at the follow-up. */
export const FOLLOW_UP_INCOME = ['EMPLOYMENT', 'STUDIES', 'BENEFITS', 'NONE', 'OTHER', 'UNKNOWN'] as const;
export type FollowUpIncome = (typeof FOLLOW_UP_INCOME)[number];

/** Whether the person has relapsed into crime since the placement ended. */
export const RELAPSE_ANSWERS = ['NO', 'SUSPECTED', 'CONFIRMED', 'UNKNOWN'] as const;
export type RelapseAnswer = (typeof RELAPSE_ANSWERS)[number];

/** Whether the threat against the person still stands. */
export const THREAT_STANDS_ANSWERS = ['YES', 'NO', 'UNKNOWN'] as const;
export type ThreatStandsAnswer = (typeof THREAT_STANDS_ANSWERS)[number];

/** An assessment step: the assessment kind, and whether it was only required or also completed. */
export const ASSESSMENT_KINDS = ['THREAT', 'PLACEMENT'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
