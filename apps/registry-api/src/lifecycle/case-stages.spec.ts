import { describe, expect, it } from '@jest/globals';
import {
  addMonths,
  allowedStages,
  automaticStage,
  CASE_STAGES,
  checkClose,
  checkReopen,
  reopenStage,
  checkTransition,
  CLOSURE_REASONS,
  closureReasonOfStatus,
  COMPLETED_REASONS,
  nextStages,
  stageOfStatus,
  statusOf,
  type CaseStage,
  type StageFacts,
} from './case-stages.js';

const ALL: StageFacts = {
  eligible: true,
  threatAssessmentCompleted: true,
  placementAssessmentCompleted: true,
  openProposal: true,
  activePlacement: false,
};

/** Every move by hand the table holds, written out: a change to the table must change this list. */
const TABLE: [CaseStage, CaseStage][] = [
  ['REFERRED', 'ASSESSING'],
  ['ASSESSING', 'ELIGIBLE'],
  ['ELIGIBLE', 'ASSESSING'],
  ['ELIGIBLE', 'PROPOSED'],
  ['PROPOSED', 'ELIGIBLE'],
  ['PROPOSED', 'PLACED'],
  ['PLACED', 'FOLLOW_UP'],
  ['FOLLOW_UP', 'PLACED'],
];

describe('case stages', () => {
  it('holds exactly the listed moves by hand, and refuses every other pair with a reason', () => {
    for (const from of CASE_STAGES)
      for (const to of CASE_STAGES) {
        const listed = TABLE.some(([f, t]) => f === from && t === to);
        expect(nextStages(from).includes(to)).toBe(listed);
        if (!listed) {
          const check = checkTransition(from, to, { ...ALL, activePlacement: to === 'PLACED' });
          expect(check.ok).toBe(false);
          if (!check.ok) expect(check.message.length).toBeGreaterThan(10);
        }
      }
  });

  it('closes only with a closure reason, and never moves a closed case but by reopening', () => {
    for (const to of CASE_STAGES)
      expect(checkTransition('CLOSED', to, ALL)).toEqual({ ok: false, message: 'The case is closed; reopen it first' });
    for (const from of CASE_STAGES.filter((s) => s !== 'CLOSED')) {
      expect(checkTransition(from, 'CLOSED', ALL).ok).toBe(false);
      expect(checkClose(from)).toEqual({ ok: true });
      expect(checkReopen(from).ok).toBe(false);
    }
    expect(checkClose('CLOSED').ok).toBe(false);
    expect(checkReopen('CLOSED')).toEqual({ ok: true });
    expect(reopenStage({ activePlacement: false })).toBe('ASSESSING');
    expect(reopenStage({ activePlacement: true })).toBe('PLACED');
  });

  it('lets a case become ELIGIBLE only with both assessments completed and every criterion met', () => {
    expect(checkTransition('ASSESSING', 'ELIGIBLE', ALL)).toEqual({ ok: true });
    expect(checkTransition('ASSESSING', 'ELIGIBLE', { ...ALL, threatAssessmentCompleted: false }).ok).toBe(false);
    expect(checkTransition('ASSESSING', 'ELIGIBLE', { ...ALL, placementAssessmentCompleted: false }).ok).toBe(false);
    expect(checkTransition('ASSESSING', 'ELIGIBLE', { ...ALL, eligible: false }).ok).toBe(false);
    // Back from PROPOSED (a proposal fell through) the assessments stand; the criteria still count.
    expect(checkTransition('PROPOSED', 'ELIGIBLE', { ...ALL, threatAssessmentCompleted: false })).toEqual({ ok: true });
    expect(checkTransition('PROPOSED', 'ELIGIBLE', { ...ALL, eligible: false }).ok).toBe(false);
  });

  it('guards PROPOSED, PLACED and FOLLOW_UP by the proposals and placements the case has', () => {
    expect(checkTransition('ELIGIBLE', 'PROPOSED', { ...ALL, openProposal: false }).ok).toBe(false);
    expect(checkTransition('PROPOSED', 'PLACED', ALL).ok).toBe(false);
    expect(checkTransition('PROPOSED', 'PLACED', { ...ALL, activePlacement: true })).toEqual({ ok: true });
    expect(checkTransition('PLACED', 'FOLLOW_UP', { ...ALL, activePlacement: true }).ok).toBe(false);
    expect(checkTransition('PLACED', 'FOLLOW_UP', ALL)).toEqual({ ok: true });
    expect(checkTransition('FOLLOW_UP', 'PLACED', ALL).ok).toBe(false);
  });

  it('offers exactly the moves whose guards hold', () => {
    expect(allowedStages('REFERRED', ALL)).toEqual(['ASSESSING']);
    expect(allowedStages('ASSESSING', { ...ALL, threatAssessmentCompleted: false })).toEqual([]);
    expect(allowedStages('ELIGIBLE', { ...ALL, openProposal: false })).toEqual(['ASSESSING']);
    expect(allowedStages('PLACED', { ...ALL, activePlacement: true })).toEqual([]);
    expect(allowedStages('CLOSED', ALL)).toEqual([]);
  });

  it('keeps the contract’s CaseStatus: OPEN before a placement, ACTIVE with one, COMPLETED or ABORTED when closed', () => {
    expect(CASE_STAGES.filter((s) => s !== 'CLOSED').map((s) => statusOf(s, null))).toEqual([
      'OPEN',
      'OPEN',
      'OPEN',
      'OPEN',
      'ACTIVE',
      'ACTIVE',
    ]);
    for (const reason of CLOSURE_REASONS)
      expect(statusOf('CLOSED', reason)).toBe(COMPLETED_REASONS.includes(reason) ? 'COMPLETED' : 'ABORTED');
    expect(COMPLETED_REASONS).toEqual(['PLAN_COMPLETED', 'OTHER_SUPPORT', 'PLACED_IN_CARE', 'THREAT_ENDED']);
    // closeCase(status) round-trips through its closure reason.
    expect(statusOf('CLOSED', closureReasonOfStatus('COMPLETED'))).toBe('COMPLETED');
    expect(statusOf('CLOSED', closureReasonOfStatus('ABORTED'))).toBe('ABORTED');
    expect(closureReasonOfStatus('OPEN')).toBeNull();
    expect(closureReasonOfStatus('ACTIVE')).toBeNull();
    // A case from before stages were kept reads its stage from its status, and back again.
    for (const status of ['OPEN', 'ACTIVE'] as const) expect(statusOf(stageOfStatus(status), null)).toBe(status);
    expect(stageOfStatus('COMPLETED')).toBe('CLOSED');
    expect(stageOfStatus('ABORTED')).toBe('CLOSED');
  });

  it('moves a case on its own only forwards, and never out of CLOSED', () => {
    expect(automaticStage('REFERRED', 'PROPOSAL_CLEARED')).toBe('PROPOSED');
    expect(automaticStage('ELIGIBLE', 'PROPOSAL_CLEARED')).toBe('PROPOSED');
    expect(automaticStage('PROPOSED', 'PROPOSAL_CLEARED')).toBeNull();
    expect(automaticStage('PLACED', 'PROPOSAL_CLEARED')).toBeNull();
    expect(automaticStage('FOLLOW_UP', 'PROPOSAL_CLEARED')).toBeNull();
    expect(automaticStage('PROPOSED', 'PLACEMENT_CONFIRMED')).toBe('PLACED');
    expect(automaticStage('FOLLOW_UP', 'PLACEMENT_CONFIRMED')).toBe('PLACED');
    expect(automaticStage('PLACED', 'PLACEMENT_CONFIRMED')).toBeNull();
    expect(automaticStage('PLACED', 'PLACEMENTS_ENDED')).toBe('FOLLOW_UP');
    expect(automaticStage('PROPOSED', 'PLACEMENTS_ENDED')).toBeNull();
    for (const event of ['PROPOSAL_CLEARED', 'PLACEMENT_CONFIRMED', 'PLACEMENTS_ENDED'] as const)
      expect(automaticStage('CLOSED', event)).toBeNull();
  });

  it('puts the follow-up six months on, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 6)).toBe('2027-06-30');
  });
});
