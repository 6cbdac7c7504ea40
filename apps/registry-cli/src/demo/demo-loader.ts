import { openReferrals, REFERRAL_REGION } from './demo-referrals.js';
import type { DevTokenRequest } from '@registry/auth';
import type { PoliceRegion } from '@registry/geo';
import { todayInSweden } from '../../../registry-api/src/common/calendar.js';
import { devRegionalOfficerSub } from '../../../registry-api/src/console/dev-login.input.js';
import { DemoClient, DemoRequestError, type TokenFactory } from './demo-client.js';
import { DEMO_CONDITIONS_CASE, recordDemoConditions } from './demo-conditions.js';
import { walkLifecycle } from './demo-lifecycle.js';
import {
  DEMO_CASES,
  DEMO_NETWORKS,
  DEMO_RELATIONS,
  DEMO_THREAT_ACTORS,
  type DemoCase,
  type DemoMember,
  type DemoPerson,
} from './demo-dataset.js';

export interface DemoSettings {
  client: DemoClient;
  token: TokenFactory;
  /** YYYY-MM-DD; the demo's dates are relative to it (default: today in Sweden) */
  today?: string;
}

export interface LoadedProposal {
  id: string;
  status: 'CLEARED' | 'NOT_CLEARED';
  destination: string;
  startDate: string;
  endDate: string;
  /** handed out once, when the proposal cleared */
  clearanceReference: string | null;
  /** other destinations the ranking cleared when this one was picked, best first */
  alternatives: string[];
}

export interface LoadedCase {
  key: string;
  id: string;
  reference: string;
  region: PoliceRegion;
  home: string;
  proposal: LoadedProposal;
  placementId: string | null;
  /** conditions the defector signed (one case has them, one breached) */
  conditions: number;
}

export interface LoadedDemo {
  /** 1 for the first run against a database, 2 for the next, … */
  set: number;
  today: string;
  networks: number;
  presences: number;
  relations: number;
  threatActors: number;
  persons: number;
  cases: LoadedCase[];
  /** the referred cases of the intake region, opened and not yet assessed (demo-referrals.ts) */
  referrals: string[];
}

const NATIONAL: DevTokenRequest = { role: 'POLICE_NATIONAL', sub: 'demo-national-coordinator' };
const regional = (region: PoliceRegion): DevTokenRequest => ({
  role: 'POLICE_REGIONAL',
  region,
  sub: `demo-officer-${region.toLowerCase()}`,
});

/**
 * Placed households move in today (the registry refuses a period that starts in the past, so a demo
 * placement cannot have begun before the demo ran); cleared proposals start a few weeks ahead.
 */
const PROPOSED_DAYS_AHEAD = 21;
const PLACEMENT_DAYS = 364;

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first run is "Demo: Harbour Crew"; a run against a database that has it adds "(set 2)", and so on. */
function networkName(name: string, set: number): string {
  return set === 1 ? `Demo: ${name}` : `Demo: ${name} (set ${set})`;
}

async function nextSet(client: DemoClient, national: string): Promise<number> {
  const { networks } = await client.request<{ networks: { name: string }[] }>(national, '{ networks { name } }');
  const marker = `Demo: ${DEMO_NETWORKS[0]!.name}`;
  return networks.filter((n) => n.name === marker || n.name.startsWith(`${marker} (set `)).length + 1;
}

/**
 * Fills a running registry over GraphQL with the invented data set: networks, their presences and
 * relations, threat actors and where they stay, and cases with households, affiliations, actual areas, assessments,
 * proposals and placements. Destinations are picked by the service's own ranking, so every run (and
 * every later set) gets proposals that really clear. Fails on the first refused request.
 */
export async function loadDemoDataset(settings: DemoSettings): Promise<LoadedDemo> {
  const { client } = settings;
  const today = settings.today ?? todayInSweden();
  const national = await settings.token(NATIONAL);
  const set = await nextSet(client, national);

  const networkIds = new Map<string, string>();
  let presences = 0;
  for (const network of DEMO_NETWORKS) {
    const { createNetwork } = await client.request<{ createNetwork: { id: string } }>(
      national,
      'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }',
      { i: { name: networkName(network.name, set), category: network.category, reach: network.reach } },
    );
    networkIds.set(network.key, createNetwork.id);
    for (const presence of network.presences) {
      await client.request(
        national,
        'mutation($n: ID!, $m: String!, $c: Confidence!, $f: Date!, $t: Date) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: $c, validFrom: $f, validTo: $t) { id } }',
        { n: createNetwork.id, m: presence.code, c: presence.confidence, f: presence.validFrom, t: presence.validTo ?? null },
      );
      presences += 1;
    }
  }
  const networkId = (key: string) => networkIds.get(key) as string;
  for (const relation of DEMO_RELATIONS) {
    await client.request(
      national,
      'mutation($a: ID!, $b: ID!, $k: NetworkRelationKind!, $f: Date!, $t: Date) { relateNetworks(aId: $a, bId: $b, kind: $k, validFrom: $f, validTo: $t) { id } }',
      { a: networkId(relation.a), b: networkId(relation.b), k: relation.kind, f: relation.validFrom, t: relation.validTo ?? null },
    );
  }

  let persons = 0;
  const register = async (token: string, kind: string, person: DemoPerson): Promise<string> => {
    const { registerPerson } = await client.request<{ registerPerson: { id: string } }>(
      token,
      'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }',
      { i: { kind, givenName: person.givenName, familyName: person.familyName, birthYear: person.birthYear } },
    );
    persons += 1;
    return registerPerson.id;
  };
  const affiliate = (token: string, personId: string, network: string, role: string, validFrom: string, validTo?: string) =>
    client.request(
      token,
      'mutation($p: ID!, $n: ID!, $r: AffiliationRole!, $f: Date!, $t: Date) { addAffiliation(personId: $p, networkId: $n, role: $r, confidence: CONFIRMED, validFrom: $f, validTo: $t) { id } }',
      { p: personId, n: networkId(network), r: role, f: validFrom, t: validTo ?? null },
    );

  const actorIds = new Map<string, string>();
  for (const actor of DEMO_THREAT_ACTORS) {
    const id = await register(national, 'THREAT_ACTOR', actor);
    actorIds.set(actor.key, id);
    await affiliate(national, id, actor.network, actor.role, '2015-01-01');
    for (const code of actor.knownIn) {
      await client.request(
        national,
        'mutation($p: ID!, $m: String!, $f: Date!) { setKnownLocation(personId: $p, municipalityCode: $m, validFrom: $f) }',
        { p: id, m: code, f: '2024-01-01' },
      );
    }
  }

  // Placements first, then reservations, then the refused proposal: each later case is checked against the earlier ones.
  const order = { PLACED: 0, CLEARED: 1, NOT_CLEARED: 2 } as const;
  const cases: LoadedCase[] = [];
  for (const demoCase of [...DEMO_CASES].sort((a, b) => order[a.outcome.kind] - order[b.outcome.kind])) {
    const token = await settings.token(regional(demoCase.region));
    const member = async (kind: 'DEFECTOR' | 'RELATIVE', person: DemoMember): Promise<string> => {
      const id = await register(token, kind, person);
      for (const a of person.affiliations) await affiliate(token, id, a.network, a.role, a.validFrom, a.validTo);
      for (const area of person.actualAreas ?? []) {
        await client.request(token, 'mutation($i: ActualAreaInput!) { addActualArea(input: $i) { id } }', {
          i: {
            personId: id,
            municipalityCode: area.code,
            kind: area.kind,
            confidence: area.confidence,
            validFrom: area.validFrom,
            sourceNote: area.sourceNote,
          },
        });
      }
      return id;
    };
    const defectorId = await member('DEFECTOR', demoCase.defector);
    const relativeIds: string[] = [];
    for (const relative of demoCase.relatives) relativeIds.push(await member('RELATIVE', relative));
    for (const conflict of demoCase.conflicts) {
      const { reviewInDays, ...terms } = conflict.terms ?? { reviewInDays: undefined };
      await client.request(
        token,
        'mutation($p: ID!, $o: ID!, $k: PersonalConflictKind!, $t: ConflictTermsInput) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: $k, terms: $t) }',
        {
          p: defectorId,
          o: actorIds.get(conflict.actor),
          k: conflict.kind,
          t: conflict.terms ? { ...terms, reviewDue: addDays(today, reviewInDays!) } : null,
        },
      );
    }
    const { openCase } = await client.request<{ openCase: { id: string; reference: string } }>(
      token,
      'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }',
      {
        i: {
          region: demoCase.region,
          homeMunicipalityCode: demoCase.home,
          defectorId,
          relativeIds,
          eligibility: {
            meetsDefinition: true,
            motivated: true,
            consentToInformationExchange: true,
            signedConditions: true,
            evidencePerson: false,
          },
        },
      },
    );
    // The region's officer opened the case and is responsible for it; the console's development sign-in for
    // the region shares that responsibility, so whoever tries the demo in the console can open its cases
    // (CASE_ACCESS=team) and sees break-glass on them in its notifications. The local coordinator (LAS)
    // completes the team.
    await addTeam(client, token, openCase.id, demoCase.region);
    await recordRelativeConsents(client, token, openCase.id, demoCase, relativeIds, today);
    await assess(client, token, openCase.id, demoCase, today, actorIds, networkId);
    await approveLinkRequests(client, national, openCase.id);
    const proposal = await propose(client, token, openCase.id, demoCase, today);
    let placementId: string | null = null;
    if (demoCase.outcome.kind === 'PLACED') {
      const { confirmPlacement } = await client.request<{ confirmPlacement: { id: string } }>(
        token,
        'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }',
        { p: proposal.id },
      );
      placementId = confirmPlacement.id;
    }
    const conditions =
      demoCase.key === DEMO_CONDITIONS_CASE ? await recordDemoConditions(client, token, openCase.id, demoCase.home, today) : 0;
    cases.push({
      key: demoCase.key,
      id: openCase.id,
      reference: openCase.reference,
      region: demoCase.region,
      home: demoCase.home,
      proposal,
      placementId,
      conditions,
    });
  }

  await withdrawOneConsent(client, settings, cases);
  await breakGlassOnce(client, settings, cases);
  await walkLifecycle(client, (region) => settings.token(regional(region)), cases, today);
  const referrals = await openReferrals(client, await settings.token(regional(REFERRAL_REGION)));
  persons += referrals.length;

  return {
    set,
    today,
    networks: DEMO_NETWORKS.length,
    presences,
    relations: DEMO_RELATIONS.length,
    threatActors: DEMO_THREAT_ACTORS.length,
    persons,
    cases,
    referrals,
  };
}

/** The demo's team of a case: beside the officer who opened it, the console's sign-in and the LAS. */
async function addTeam(client: DemoClient, token: string, caseId: string, region: PoliceRegion): Promise<void> {
  const add =
    'mutation($c: ID!, $o: String!, $r: TeamRole!, $why: String!) { addTeamMember(caseId: $c, officer: $o, role: $r, reason: $why) { id } }';
  await client.request(token, add, {
    c: caseId,
    o: devRegionalOfficerSub(region),
    r: 'RESPONSIBLE_OFFICER',
    why: 'Demo: the console’s development sign-in shares responsibility for the case',
  });
  await client.request(token, add, {
    c: caseId,
    o: `demo-las-${region.toLowerCase()}`,
    r: 'LOCAL_COORDINATOR',
    why: 'Lokal avhopparsamordnare i hemkommunen (demo)',
  });
}

/**
 * Consent of every relative who moves: an adult signs alone, a child under 15 through both guardians,
 * and 15–17 (or a birth year that may be either side of 15 or 18) both. The defector's own consent is the
 * one openCase records. Recorded before any proposal, so the check sees them.
 */
async function recordRelativeConsents(
  client: DemoClient,
  token: string,
  caseId: string,
  demoCase: DemoCase,
  relativeIds: readonly string[],
  today: string,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  for (const [index, relative] of demoCase.relatives.entries()) {
    const oldest = year - relative.birthYear;
    const guardians = oldest - 1 < 18;
    const self = oldest >= 15;
    const signatories = [
      ...(self ? [{ role: 'PERSON', answer: 'YES', name: `${relative.givenName} ${relative.familyName}` }] : []),
      ...(guardians
        ? [
            { role: 'GUARDIAN', answer: 'YES', name: `${demoCase.defector.givenName} ${demoCase.defector.familyName}` },
            { role: 'GUARDIAN', answer: 'YES', name: `Vårdnadshavare ${relative.familyName}` },
          ]
        : []),
    ];
    await client.request(token, 'mutation($c: ID!, $i: RecordConsentInput!) { recordConsent(caseId: $c, input: $i) { id status } }', {
      c: caseId,
      i: {
        personId: relativeIds[index],
        categories: ['PLACEMENT_NEEDS', ...(oldest < 18 ? ['SCHOOLING'] : [])],
        recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY', ...(oldest < 18 ? ['SCHOOL'] : [])],
        signing: { signedOn: addDays(today, -14), signatories },
      },
    });
  }
}

/** The case whose defector withdraws consent after the proposal cleared: its clearance answer is withheld. */
export const WITHDRAWN_CONSENT_CASE = 'nord';

async function withdrawOneConsent(client: DemoClient, settings: DemoSettings, cases: readonly LoadedCase[]): Promise<void> {
  const target = cases.find((c) => c.key === WITHDRAWN_CONSENT_CASE);
  if (!target) return;
  const token = await settings.token(regional(target.region));
  const { case: found } = await client.request<{ case: { defector: { id: string }; consents: { id: string; member: { id: string } }[] } }>(
    token,
    'query($c: ID!) { case(id: $c) { defector { id } consents { id member { id } } } }',
    { c: target.id },
  );
  const own = found.consents.find((c) => c.member.id === found.defector.id);
  if (!own) throw new DemoRequestError(`demo case ${target.key} has no consent of its defector`, 'UNEXPECTED');
  await client.request(token, 'mutation($id: ID!) { withdrawConsent(consentId: $id) { status } }', { id: own.id });
}

/** The case a duty officer outside its team opens by break-glass; its responsible officers are told. */
export const BREAK_GLASS_CASE = 'stockholm';

async function breakGlassOnce(client: DemoClient, settings: DemoSettings, cases: readonly LoadedCase[]): Promise<void> {
  const target = cases.find((c) => c.key === BREAK_GLASS_CASE);
  if (!target) return;
  const duty = await settings.token({
    role: 'POLICE_REGIONAL',
    region: target.region,
    sub: `demo-duty-officer-${target.region.toLowerCase()}`,
  });
  await client.request(duty, 'mutation($c: ID!, $why: String!) { breakGlass(caseId: $c, reason: $why) { id } }', {
    c: target.id,
    why: 'Jourhavande: hotet mot familjen har skärpts i natt och teamet nås inte (demo)',
  });
}

/**
 * The demo's threat actors are national coordination's records, which no region may see: a region naming
 * one asks for a link, and here national coordination approves each, as it would after review.
 */
async function approveLinkRequests(client: DemoClient, national: string, caseId: string): Promise<void> {
  const { case: found } = await client.request<{ case: { linkRequests: { id: string; status: string }[] } }>(
    national,
    'query($c: ID!) { case(id: $c) { linkRequests { id status } } }',
    { c: caseId },
  );
  for (const request of found.linkRequests.filter((r) => r.status === 'PENDING')) {
    await client.request(national, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: request.id });
  }
}

async function assess(
  client: DemoClient,
  token: string,
  caseId: string,
  demoCase: DemoCase,
  today: string,
  actorIds: ReadonlyMap<string, string>,
  networkId: (key: string) => string,
): Promise<void> {
  const threat = demoCase.threat;
  await client.request(token, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
    c: caseId,
    i: {
      level: threat.level,
      reach: threat.reach,
      relocationRequired: true,
      threatActorIds: threat.actors.map((key) => actorIds.get(key)),
      threatNetworkIds: threat.networks.map(networkId),
      assessedOn: addDays(today, -30),
      reviewDue: addDays(today, 150),
      summary: threat.summary,
    },
  });
  // A stale assessment: reviewed long ago, its review date already passed.
  const assessedOn = demoCase.staleAssessment ? addDays(today, -400) : addDays(today, -20);
  const reviewDue = demoCase.staleAssessment ? addDays(today, -35) : addDays(today, 160);
  await client.request(
    token,
    'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }',
    {
      c: caseId,
      i: {
        unsuitable: demoCase.unsuitable.map((u) => ({ municipalityCode: u.code, reason: u.reason })),
        suitableCodes: demoCase.suitable,
        minDistanceFromHomeKm: demoCase.minDistanceFromHomeKm,
        assessedOn,
        reviewDue,
      },
    },
  );
}

/** Proposes the case's destination: the service's best-ranked cleared one, or the outcome's blocked one. */
async function propose(client: DemoClient, token: string, caseId: string, demoCase: DemoCase, today: string): Promise<LoadedProposal> {
  const startDate = demoCase.outcome.kind === 'PLACED' ? today : addDays(today, PROPOSED_DAYS_AHEAD);
  const endDate = addDays(startDate, PLACEMENT_DAYS);
  let destination: string;
  let alternatives: string[] = [];
  if (demoCase.outcome.kind === 'NOT_CLEARED') {
    destination = demoCase.outcome.destination;
  } else {
    const { rankDestinations } = await client.request<{ rankDestinations: { municipality: { code: string }; cleared: boolean }[] }>(
      token,
      'query($c: ID!, $s: Date, $e: Date) { rankDestinations(caseId: $c, startDate: $s, endDate: $e, limit: 10) { municipality { code } cleared } }',
      { c: caseId, s: startDate, e: endDate },
    );
    const cleared = rankDestinations.filter((r) => r.cleared).map((r) => r.municipality.code);
    if (cleared.length === 0) throw new DemoRequestError(`no destination clears for demo case ${demoCase.key}`, 'NO_DESTINATION');
    [destination, ...alternatives] = cleared as [string, ...string[]];
  }
  const { submitProposal } = await client.request<{
    submitProposal: { id: string; status: LoadedProposal['status']; clearanceReference: string | null };
  }>(token, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
    i: { caseId, municipalityCode: destination, housingType: 'PROTECTED_HOUSING', startDate, endDate },
  });
  const expected = demoCase.outcome.kind === 'NOT_CLEARED' ? 'NOT_CLEARED' : 'CLEARED';
  if (submitProposal.status !== expected) {
    throw new DemoRequestError(`demo case ${demoCase.key}: the proposal came back ${submitProposal.status}, not ${expected}`, 'UNEXPECTED');
  }
  return { ...submitProposal, destination, startDate, endDate, alternatives };
}
