import type { DemoClient } from './demo-client.js';
import type { LoadedCase } from './demo-loader.js';

/** The demo cases whose stages the demo moves on (docs/case-lifecycle.md); the others stay where their proposal left them. */
const ASSESSING_CASE = 'bergslagen';
const FOLLOW_UP_CASE = 'ost';
const CLOSED_CASE = 'nord';

/**
 * Moves some demo cases through the lifecycle so that the console shows every kind of stage: PROPOSED (a
 * cleared proposal: syd), PLACED (stockholm, vast), ASSESSING with an assessment still to be completed
 * (bergslagen), FOLLOW_UP with its follow-up recorded (ost, its placement ended today), and CLOSED with a
 * closure reason (nord, its reservation withdrawn first). Every change is made by the region's own officer,
 * with a reason, as in the console.
 */
export async function walkLifecycle(
  client: DemoClient,
  tokenOf: (region: LoadedCase['region']) => Promise<string>,
  cases: readonly LoadedCase[],
  today: string,
): Promise<void> {
  const find = (key: string) => cases.find((c) => c.key === key);

  const assessing = find(ASSESSING_CASE);
  if (assessing) {
    const token = await tokenOf(assessing.region);
    await client.request(
      token,
      'mutation($c: ID!) { transitionCase(caseId: $c, to: ASSESSING, reason: "Demo: hotbilden ses över efter ett nytt tips") { id } }',
      {
        c: assessing.id,
      },
    );
    await client.request(token, 'mutation($c: ID!, $i: AssessmentStepInput!) { recordAssessmentStep(caseId: $c, input: $i) { id } }', {
      c: assessing.id,
      i: { kind: 'THREAT', instrument: 'SARA:SV', assessor: 'Demo: regionens hotbedömare', requiredOn: today },
    });
  }

  const followUp = find(FOLLOW_UP_CASE);
  if (followUp?.placementId) {
    const token = await tokenOf(followUp.region);
    await client.request(token, 'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: COMPLETED) { id } }', {
      p: followUp.placementId,
      d: today,
    });
    await client.request(token, 'mutation($c: ID!, $i: FollowUpInput!) { recordFollowUp(caseId: $c, input: $i) { id } }', {
      c: followUp.id,
      i: {
        recordedOn: today,
        outcome: 'PARTLY_ESTABLISHED',
        housing: 'SECOND_HAND_TENANCY',
        income: 'STUDIES',
        relapse: 'NO',
        threatStands: 'UNKNOWN',
        notes: 'Demo: studerar, har kontakt med socialtjänsten varje vecka',
      },
    });
  }

  const closed = find(CLOSED_CASE);
  if (closed) {
    const token = await tokenOf(closed.region);
    await client.request(token, 'mutation($p: ID!) { withdrawProposal(proposalId: $p) { id } }', { p: closed.proposal.id });
    await client.request(
      token,
      'mutation($c: ID!) { closeCaseWithReason(caseId: $c, closureReason: OTHER_SUPPORT, reason: "Demo: gick vidare till kommunens eget stödprogram") { id } }',
      { c: closed.id },
    );
  }
}
