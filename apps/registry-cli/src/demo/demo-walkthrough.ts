import type { DevTokenRequest } from '@registry/auth';
import { findMunicipality } from '@registry/geo';
import { REDACTION_CASE, WALKTHROUGH_BLOCKED_DESTINATION, WALKTHROUGH_CASE } from './demo-dataset.js';
import type { LoadedCase, LoadedDemo } from './demo-loader.js';

/** The shell variables the printed commands use, one per caller the walkthrough plays. */
export const WALKTHROUGH_TOKENS = [
  'TOKEN_SYD',
  'TOKEN_STOCKHOLM',
  'TOKEN_NATIONAL',
  'TOKEN_DESTINATION',
  'TOKEN_HOME',
  'TOKEN_AUDITOR',
] as const;
export type WalkthroughToken = (typeof WALKTHROUGH_TOKENS)[number];

export const WALKTHROUGH_PURPOSE = 'AVH demo walkthrough';

export interface WalkthroughCaller {
  request: DevTokenRequest;
  /** who this token is, in the printed list */
  note: string;
}

/** One ready-to-run request of the walkthrough. */
export interface DemoExample {
  key:
    'check-blocked' | 'check-cleared' | 'ranking' | 'proposal' | 'clearance' | 'destination-cleared' | 'redaction' | 'override' | 'audit';
  title: string;
  token: WalkthroughToken;
  query: string;
  variables: Record<string, unknown>;
  /** what the answer shows, printed under the command */
  expect: string;
}

function name(code: string): string {
  return findMunicipality(code)?.name ?? code;
}

function caseOf(demo: LoadedDemo, key: string): LoadedCase {
  const found = demo.cases.find((c) => c.key === key);
  if (!found) throw new Error(`the demo has no case ${key}`);
  return found;
}

/** The walkthrough's case: it holds a cleared proposal, so it has a clearance reference to hand to municipalities. */
export function walkthroughCase(demo: LoadedDemo): LoadedCase & { proposal: { clearanceReference: string } } {
  const found = caseOf(demo, WALKTHROUGH_CASE);
  if (!found.proposal.clearanceReference) throw new Error('the walkthrough case has no clearance reference');
  return found as LoadedCase & { proposal: { clearanceReference: string } };
}

export function walkthroughCallers(demo: LoadedDemo): Record<WalkthroughToken, WalkthroughCaller> {
  const syd = walkthroughCase(demo);
  const stockholm = caseOf(demo, REDACTION_CASE);
  return {
    TOKEN_SYD: {
      request: { role: 'POLICE_REGIONAL', region: syd.region, sub: 'demo-officer-syd' },
      note: `POLICE_REGIONAL, region ${syd.region}`,
    },
    TOKEN_STOCKHOLM: {
      request: { role: 'POLICE_REGIONAL', region: stockholm.region, sub: 'demo-officer-stockholm' },
      note: `POLICE_REGIONAL, region ${stockholm.region}`,
    },
    TOKEN_NATIONAL: {
      request: { role: 'POLICE_NATIONAL', sub: 'demo-national-coordinator' },
      note: 'POLICE_NATIONAL (national coordination)',
    },
    TOKEN_DESTINATION: {
      request: { role: 'MUNICIPALITY', municipality: syd.proposal.destination, sub: 'demo-caseworker-destination' },
      note: `MUNICIPALITY ${syd.proposal.destination} ${name(syd.proposal.destination)}: the destination of ${syd.reference}'s cleared proposal`,
    },
    TOKEN_HOME: {
      request: { role: 'MUNICIPALITY', municipality: syd.home, sub: 'demo-caseworker-home' },
      note: `MUNICIPALITY ${syd.home} ${name(syd.home)}: the home municipality of ${syd.reference}`,
    },
    TOKEN_AUDITOR: { request: { role: 'AUDITOR', sub: 'demo-auditor' }, note: 'AUDITOR' },
  };
}

/** Another destination the ranking cleared for the case, for the walkthrough's proposal. */
function alternativeOf(found: LoadedCase): string {
  return found.proposal.alternatives[0] ?? found.proposal.destination;
}

const CHECK =
  'query($c: ID!, $m: String!, $s: Date, $e: Date) { checkDestination(caseId: $c, municipalityCode: $m, startDate: $s, endDate: $e) { municipality { code name } cleared flags { code severity message } } }';

/** The walkthrough, built from what the demo created: real ids, references and destinations. */
export function demoExamples(demo: LoadedDemo): DemoExample[] {
  const syd = walkthroughCase(demo);
  const period = { s: syd.proposal.startDate, e: syd.proposal.endDate };
  const stockholm = caseOf(demo, REDACTION_CASE);
  const rivalPlacement = demo.cases.find((c) => c.key === 'vast')?.proposal.destination;
  const refused = demo.cases.find((c) => c.proposal.status === 'NOT_CLEARED');
  const alternative = alternativeOf(syd);
  const examples: DemoExample[] = [
    {
      key: 'check-blocked',
      title: `Check a destination: ${name(WALKTHROUGH_BLOCKED_DESTINATION)} for case ${syd.reference} (region ${syd.region})`,
      token: 'TOKEN_SYD',
      query: CHECK,
      variables: { c: syd.id, m: WALKTHROUGH_BLOCKED_DESTINATION, ...period },
      expect:
        'cleared: false; BLOCK flags: a rival network present, a threat actor known to stay there, the assessment lists it as unsuitable',
    },
    {
      key: 'check-cleared',
      title: `Check the destination the demo proposed: ${name(syd.proposal.destination)}`,
      token: 'TOKEN_SYD',
      query: CHECK,
      variables: { c: syd.id, m: syd.proposal.destination, ...period },
      expect: 'cleared: true (warnings, if any, do not block)',
    },
    {
      key: 'ranking',
      title: `Rank all 290 municipalities for ${syd.reference}: cleared first, then fewest warnings, then farthest from the threats`,
      token: 'TOKEN_SYD',
      query:
        'query($c: ID!, $s: Date, $e: Date) { rankDestinations(caseId: $c, startDate: $s, endDate: $e, limit: 5) { municipality { code name policeRegion } cleared flags { code severity } } }',
      variables: { c: syd.id, ...period },
      expect: 'the five best destinations',
    },
    {
      key: 'proposal',
      title: `Propose a destination (${name(alternative)}): the service checks it and, if it clears, hands out a clearance reference once`,
      token: 'TOKEN_SYD',
      query:
        'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference municipality { name } check { cleared flags { code severity message } } } }',
      variables: {
        i: { caseId: syd.id, municipalityCode: alternative, housingType: 'SUPPORTED_HOUSING', startDate: period.s, endDate: period.e },
      },
      expect: 'status CLEARED and a new clearanceReference (CLR-…), or NOT_CLEARED with the flags that block it',
    },
    {
      key: 'clearance',
      title: `The receiving municipality (${name(syd.proposal.destination)}) asks about the clearance it was handed`,
      token: 'TOKEN_DESTINATION',
      query:
        'query($r: String!) { clearance(reference: $r) { reference municipality { code name } cleared housingType startDate validUntil } }',
      variables: { r: syd.proposal.clearanceReference },
      expect: 'cleared: true, and nothing about the household or why',
    },
    {
      key: 'destination-cleared',
      title: `The home municipality (${name(syd.home)}) asks whether ${name(syd.proposal.destination)} is cleared for its case ${syd.reference}`,
      token: 'TOKEN_HOME',
      query: 'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared checkedAt } }',
      variables: { r: syd.reference, m: syd.proposal.destination },
      expect: 'cleared: true; more than 10 distinct destinations for one case in 24 hours is RATE_LIMITED',
    },
  ];
  if (rivalPlacement && rivalPlacement !== stockholm.proposal.destination) {
    examples.push({
      key: 'redaction',
      title: `Redaction: region ${stockholm.region} checks ${name(rivalPlacement)}, where another region has placed a rival household`,
      token: 'TOKEN_STOCKHOLM',
      query: CHECK,
      variables: { c: stockholm.id, m: rivalPlacement, s: null, e: null },
      expect: 'cleared: false with RIVAL_PLACEMENT, saying that a conflict exists in another region, never who or which case',
    });
  }
  if (refused) {
    examples.push({
      key: 'override',
      title: `National coordination overrides the NOT_CLEARED proposal of ${refused.reference} (a recorded, audited decision)`,
      token: 'TOKEN_NATIONAL',
      query:
        'mutation($p: ID!, $j: String!) { overrideProposal(proposalId: $p, justification: $j) { status clearanceReference check { flags { code severity } } } }',
      variables: { p: refused.proposal.id, j: 'Demo: separate district agreed with the local police; threat reviewed by NOA.' },
      expect: 'status OVERRIDDEN and a clearance reference; a second override is refused',
    });
  }
  examples.push({
    key: 'audit',
    title: 'The auditor reads who did what, when and why (never the protected content)',
    token: 'TOKEN_AUDITOR',
    query: 'query { auditEvents(first: 10) { events { seq at actor action resourceType outcome purpose } nextCursor } }',
    variables: {},
    expect: 'the first ten events, including the demo set-up',
  });
  return examples;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function curlCommand(example: DemoExample): string {
  const body = JSON.stringify({ query: example.query, variables: example.variables });
  return [
    `curl -s "$REGISTRY" -H "Authorization: Bearer $${example.token}" -H ${shellQuote(`X-Access-Purpose: ${WALKTHROUGH_PURPOSE}`)} -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
}

/** Everything `npm run demo` prints: what was made, tokens to paste, and the walkthrough's commands. */
export function formatWalkthrough(url: string, demo: LoadedDemo, tokens: Record<WalkthroughToken, string>, ttlHours: number): string {
  const callers = walkthroughCallers(demo);
  const syd = walkthroughCase(demo);
  const placed = demo.cases.filter((c) => c.placementId).length;
  const cleared = demo.cases.filter((c) => c.proposal.status === 'CLEARED' && !c.placementId).length;
  const notCleared = demo.cases.filter((c) => c.proposal.status === 'NOT_CLEARED').length;
  const lines = [
    `Demo data set ${demo.set} loaded into ${url}. Every name in it is invented.`,
    `  ${demo.networks} networks ("Demo: …"${demo.set > 1 ? `, "(set ${demo.set})"` : ''}), ${demo.relations} rivalries and alliances, ` +
      `${demo.presences} presences in all seven police regions, ${demo.threatActors} threat actors with known locations, ${demo.persons} persons`,
    `  ${demo.cases.length} cases: ${placed} placements confirmed, ${cleared} proposals cleared (reserving their destination), ${notCleared} proposal not cleared`,
    `  ${demo.referrals.length} referrals in Mitt, opened and not yet assessed`,
    '',
    ...demo.cases.map(
      (c) =>
        `  ${c.reference}  ${c.region.padEnd(10)} home ${name(c.home).padEnd(12)} ${c.placementId ? 'placed in' : c.proposal.status === 'CLEARED' ? 'cleared for' : 'NOT cleared for'} ${name(c.proposal.destination)}  (case id ${c.id})`,
    ),
    '',
    `# Tokens, valid for ${ttlHours} hours (paste into your shell)`,
    `export REGISTRY=${shellQuote(url)}`,
    ...WALKTHROUGH_TOKENS.map((t) => `export ${t}=${shellQuote(tokens[t])}   # ${callers[t].note}`),
    `export DEMO_CASE_ID=${shellQuote(syd.id)}   # case ${syd.reference}, region ${syd.region}, home ${name(syd.home)}`,
    `export DEMO_CASE_REF=${shellQuote(syd.reference)}`,
    `export DEMO_DESTINATION=${shellQuote(syd.proposal.destination)}   # ${name(syd.proposal.destination)}, where its cleared proposal goes`,
    `export DEMO_CLEARANCE=${shellQuote(syd.proposal.clearanceReference)}   # that proposal's clearance reference`,
    `export DEMO_START=${shellQuote(syd.proposal.startDate)} DEMO_END=${shellQuote(syd.proposal.endDate)}   # its period`,
    `export DEMO_ALTERNATIVE=${shellQuote(alternativeOf(syd))}   # ${name(alternativeOf(syd))}, another destination the ranking cleared`,
    '',
  ];
  for (const [index, example] of demoExamples(demo).entries()) {
    lines.push(`# ${index + 1}. ${example.title}`, `#    → ${example.expect}`, curlCommand(example), '');
  }
  lines.push('Run `npm run demo` again to add another, separate data set.');
  return lines.join('\n');
}
