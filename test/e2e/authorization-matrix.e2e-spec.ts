import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { extendSchema, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { MIN_PRIVACY_AREA_SIZE, privacyAreaOf } from '@registry/geo';
import { fictionalIdentityNumber } from '../../libs/crypto/test/fictional-identity-numbers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  CALLERS,
  KNOWN_DEVIATIONS,
  markedCells,
  OPERATIONS,
  PROTECTED_TYPES,
  PUBLIC_TYPES,
  satisfies,
  type Caller,
  type Cell,
  type Outcome,
} from './authorization/authorization-matrix.js';
import {
  FRESH_DESTINATION,
  MATRIX_CONDITION,
  OPERATION_PROBES,
  TYPE_PATHS,
  type Fixtures,
  type Fresh,
  type Seeded,
  type Variables,
} from './authorization/authorization-probes.js';
import { coverageProblems, selectionOf, type MatrixUnderTest } from './authorization/coverage.js';
import { ELIGIBLE, errorCodeOf } from '../support/graphql-answers.js';

// GraphQL answers are read field by field; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type GraphQLErrorBody = { message: string; path?: (string | number)[]; extensions: { code: string } };
type Body = { data?: Data | null; errors?: GraphQLErrorBody[] };

const PURPOSE = 'AVH authorization matrix';
const HOME = '1283'; // Helsingborg: the SYD case's home municipality
const DESTINATION = '2480'; // Umeå: where the SYD household is placed
const OTHER_MUNICIPALITY = '0180'; // Stockholm
const BLOCKED = '1280'; // Malmö: a rival network and a threat actor are there
const FALUN = '2080'; // where the STOCKHOLM household is placed
const SECRET_NAMES = ['Hemlighild', 'Gomssonius'];
const MATRIX: MatrixUnderTest = {
  operations: OPERATIONS,
  types: PROTECTED_TYPES,
  publicTypes: PUBLIC_TYPES,
  operationProbes: OPERATION_PROBES,
  typePaths: TYPE_PATHS,
};

/** A period the checker accepts now and later: from a month ahead, about five months long. */
function planningPeriod(): { startDate: string; endDate: string } {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { startDate: day(30), endDate: day(180) };
}

/** The answer's shape for the matrix: an error code, or whether the target is in it. */
function outcomeOf(body: Body, field: string, target?: string): Outcome {
  if (body.errors?.length) return body.errors[0]?.extensions.code ?? 'no code';
  const value: unknown = body.data?.[field];
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return !target || value.some((v: Data | null) => v?.id === target) ? 'ok' : 'empty';
  if (target && typeof value === 'object') return (value as Data).id === target ? 'ok' : `another record (${(value as Data).id})`;
  return 'ok';
}

/** Walks to the object the field check looks at: the target in a list, else the first. */
function walk(data: Data | null | undefined, at: readonly string[], target?: string): { node?: Data; outcome?: Outcome } {
  let value: unknown = data;
  for (const [i, key] of at.entries()) {
    value = (value as Data | null | undefined)?.[key];
    if (value === null || value === undefined) return { outcome: 'null' };
    if (Array.isArray(value)) {
      const found = i === at.length - 1 && target ? value.find((v: Data | null) => v?.id === target) : value[0];
      if (found === undefined || found === null) return { outcome: 'empty' };
      value = found;
    }
  }
  return { node: value as Data };
}

function valueOutcome(value: unknown): Outcome {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value) && value.length === 0) return 'empty';
  return 'ok';
}

const SHORT: Record<string, string> = {
  NOT_FOUND: 'NF',
  FORBIDDEN: 'FB',
  UNAUTHENTICATED: 'UA',
  PURPOSE_REQUIRED: 'PR',
  BAD_USER_INPUT: 'BUI',
};

/** One cell against what was observed; every mismatch is collected. A known bug must still be as reported. */
function judge(where: string, cell: Cell, observed: Outcome, problems: string[]): void {
  if (cell.knownBug !== undefined) {
    if (observed === cell.knownBug) return;
    if (satisfies(cell, observed))
      problems.push(`${where}: the known bug is fixed (now ${observed}); remove its !${SHORT[cell.knownBug] ?? cell.knownBug} marker`);
    else problems.push(`${where}: expected ${cell.expected} (known bug: ${cell.knownBug}), observed ${observed}`);
  } else if (!satisfies(cell, observed)) {
    problems.push(`${where}: expected ${cell.expected}${cell.mayBeEmpty ? ' (or null/empty)' : ''}, observed ${observed}`);
  }
}

/** The caller the "without a purpose" column runs as: the first that gets an answer. */
function answeredCaller(cells: Record<Caller, Cell>): Caller | undefined {
  return CALLERS.find((caller) => ['ok', 'null', 'empty'].includes(cells[caller].expected));
}

/** Each run asks every operation as every caller on throwaway records: minutes on a loaded 2-core machine. */
const MATRIX_RUN_MS = 360_000;

describe('authorization matrix: every operation and protected field, as every caller', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const tokens = {} as Record<Caller, string | undefined>;
  const seeded = {} as Seeded;
  const stockholm = {} as { defectorId: string; caseId: string; caseReference: string };
  let fixtures: Fixtures;
  let serial = 0;
  const unique = () => `${Date.now().toString(36)}-${(serial += 1)}`;
  const period = planningPeriod();

  /** `purpose: null` sends no X-Access-Purpose header. */
  async function gql(token: string | undefined, query: string, variables: Variables = {}, purpose: string | null = PURPOSE) {
    return (await app.graphql(query, { token, purpose: purpose ?? undefined, variables })).body as Body;
  }
  const code = errorCodeOf;
  async function ok(token: string | undefined, query: string, variables: Variables = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    if (body.errors) throw new Error(`setup call failed: ${query} -> ${JSON.stringify(body.errors)}`);
    return body.data as Data;
  }

  const createNetwork = async (name: string, reach = 'REGIONAL') =>
    (
      await ok(tokens.nat, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
        i: { name, category: 'LOCAL_NETWORK', reach },
      })
    ).createNetwork.id as string;
  const register = async (token: string | undefined, input: Record<string, unknown>) =>
    (await ok(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', { i: input })).registerPerson.id as string;
  const affiliate = (token: string | undefined, p: string, n: string, validTo: string | null = null) =>
    ok(
      token,
      'mutation($p: ID!, $n: ID!, $t: Date) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2018-01-01", validTo: $t) { id } }',
      { p, n, t: validTo },
    );
  const openCase = async (token: string | undefined, input: Record<string, unknown>) =>
    (await ok(token, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', { i: input })).openCase as {
      id: string;
      reference: string;
    };
  const submit = async (token: string | undefined, caseId: string, municipalityCode: string) =>
    (
      await ok(token, 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status clearanceReference } }', {
        i: { caseId, municipalityCode, housingType: 'PROTECTED_HOUSING', ...period },
      })
    ).submitProposal as { id: string; status: string; clearanceReference: string | null };
  const confirm = async (token: string | undefined, proposalId: string) =>
    (await ok(token, 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }', { p: proposalId })).confirmPlacement.id as string;

  const addCondition = async (caseId: string, input: Record<string, unknown>) =>
    (
      await ok(tokens.own, 'mutation($c: ID!, $i: AddConditionInput!) { addCondition(caseId: $c, input: $i) { id } }', {
        c: caseId,
        i: input,
      })
    ).addCondition.id as string;
  /** Records a breach of the condition; the id of the review it raised. */
  const breach = async (conditionId: string) => {
    const recorded = await ok(
      tokens.own,
      'mutation($id: ID!, $i: RecordComplianceInput!) { recordCompliance(conditionId: $id, input: $i) { reviews { id closedAt } } }',
      { id: conditionId, i: { compliance: 'BREACHED', observedOn: '2026-02-01', note: 'Matrix' } },
    );
    return (recorded.recordCompliance.reviews as { id: string; closedAt: string | null }[]).find((r) => r.closedAt === null)!.id;
  };

  /** An open alert on the seeded placement; after one was acknowledged, a facts change makes the re-check raise the next. */
  async function openAlert(): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const alerts = (await ok(tokens.own, '{ alerts(acknowledged: false) { id placement { id } } }')).alerts as {
        id: string;
        placement: { id: string };
      }[];
      const open = alerts.find((a) => a.placement.id === seeded.placementId);
      if (open) return open.id;
      if (attempt % 10 === 0) await createNetwork(`Matrix re-check nudge ${unique()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no alert was raised on the seeded placement');
  }

  const fresh: Fresh = {
    network: () => createNetwork(`Matrix throwaway ${unique()}`, 'LOCAL'),
    networkPair: async () => [await fresh.network(), await fresh.network()],
    relation: async () => {
      const [a, b] = await fresh.networkPair();
      return (
        await ok(
          tokens.nat,
          'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: ALLIED, validFrom: "2020-01-01") { id } }',
          {
            a,
            b,
          },
        )
      ).relateNetworks.id as string;
    },
    person: (kind = 'OTHER') => register(tokens.own, { kind, givenName: 'Matrix', familyName: `Throwaway ${unique()}` }),
    case: async () =>
      (
        await openCase(tokens.own, {
          region: 'SYD',
          homeMunicipalityCode: HOME,
          defectorId: await fresh.person('DEFECTOR'),
          eligibility: ELIGIBLE,
        })
      ).id,
    clearedProposal: async () => {
      const proposal = await submit(tokens.own, await fresh.case(), FRESH_DESTINATION);
      if (proposal.status !== 'CLEARED') throw new Error(`a fresh proposal did not clear: ${proposal.status}`);
      return proposal.id;
    },
    blockedProposal: async () => {
      const defectorId = await fresh.person('DEFECTOR');
      const ineligible = await openCase(tokens.own, {
        region: 'SYD',
        homeMunicipalityCode: HOME,
        defectorId,
        eligibility: { ...ELIGIBLE, motivated: false },
      });
      const proposal = await submit(tokens.own, ineligible.id, FRESH_DESTINATION);
      if (proposal.status !== 'NOT_CLEARED') throw new Error(`an ineligible household cleared: ${proposal.status}`);
      return proposal.id;
    },
    placement: async () => confirm(tokens.own, await fresh.clearedProposal()),
    alert: openAlert,
    consent: async () => {
      const c = await fresh.case();
      const consents = (await ok(tokens.own, 'query($c: ID!) { case(id: $c) { consents { id } } }', { c })).case.consents as {
        id: string;
      }[];
      return consents[0]!.id;
    },
    actualArea: async () =>
      (
        await ok(tokens.own, 'mutation($i: ActualAreaInput!) { addActualArea(input: $i) { id } }', {
          i: {
            personId: await fresh.defectorOf(await fresh.case()),
            municipalityCode: '2584',
            kind: 'OTHER',
            confidence: 'POSSIBLE',
            validFrom: '2026-01-01',
          },
        })
      ).addActualArea.id as string,
    defectorOf: async (c) =>
      (await ok(tokens.own, 'query($c: ID!) { case(id: $c) { defector { id } } }', { c })).case.defector.id as string,
    linkRequest: async () => {
      const named = randomUUID(); // names nobody: a request all the same, which national coordination may reject
      await ok(tokens.own, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: THREAT) }', {
        p: await fresh.person(),
        o: named,
      });
      const requests = (await ok(tokens.own, '{ linkRequests(status: PENDING) { id otherPersonId } }')).linkRequests as {
        id: string;
        otherPersonId: string;
      }[];
      return requests.find((r) => r.otherPersonId === named)!.id;
    },
    condition: async () => addCondition(await fresh.case(), MATRIX_CONDITION),
    conditionReview: async () => breach(await fresh.condition()),
    conflict: async () => {
      const p = await fresh.person();
      await ok(tokens.own, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
        p,
        o: await fresh.person('THREAT_ACTOR'),
      });
      return (await ok(tokens.own, 'query($p: ID!) { personalConflicts(personId: $p) { id } }', { p })).personalConflicts[0].id as string;
    },
    knownLocation: async () => {
      const p = await fresh.person('THREAT_ACTOR');
      await ok(
        tokens.own,
        `mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "${FRESH_DESTINATION}", validFrom: "2020-01-01") }`,
        { p },
      );
      return (await ok(tokens.own, 'query($p: ID!) { knownLocations(personId: $p) { id } }', { p })).knownLocations[0].id as string;
    },
    heldPerson: async () => {
      const p = await fresh.person();
      await ok(tokens.nat, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p });
      return p;
    },
    teamMember: async () => {
      const caseId = await fresh.case();
      const added = await ok(
        tokens.own,
        'mutation($c: ID!, $o: String!) { addTeamMember(caseId: $c, officer: $o, role: OTHER, reason: "Matrix") { id } }',
        {
          c: caseId,
          o: `matrix-member-${unique()}`,
        },
      );
      return { caseId, memberId: added.addTeamMember.id as string };
    },
    closedCase: async () => {
      const c = await fresh.case();
      await ok(tokens.own, 'mutation($c: ID!) { closeCase(caseId: $c, status: COMPLETED) { id } }', { c });
      return c;
    },
    followUpCase: async () => {
      const placementId = await fresh.placement();
      const ended = await ok(
        tokens.own,
        'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: COMPLETED) { case { id stage } } }',
        { p: placementId, d: period.startDate },
      );
      if (ended.endPlacement.case.stage !== 'FOLLOW_UP')
        throw new Error(`an ended placement left its case in ${ended.endPlacement.case.stage}`);
      return ended.endPlacement.case.id as string;
    },
  };

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '200', RATE_LIMIT_PER_MINUTE: '100000' });
    schema = app.registry.app.get(GraphQLSchemaHost).schema;
    const sign = (claims: Record<string, unknown>, sub: string) => app.idp.sign(claims, { sub });
    tokens.own = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, 'syd-officer');
    tokens.mate = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, 'syd-colleague');
    tokens.glass = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, 'syd-on-call');
    tokens.other = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, 'sthlm-officer');
    tokens.nat = await sign({ roles: ['POLICE_NATIONAL'] }, 'noa-officer');
    tokens.home = await sign({ roles: ['MUNICIPALITY'], municipality_code: HOME }, 'helsingborg-caseworker');
    tokens.dest = await sign({ roles: ['MUNICIPALITY'], municipality_code: DESTINATION }, 'umea-caseworker');
    tokens.muni = await sign({ roles: ['MUNICIPALITY'], municipality_code: OTHER_MUNICIPALITY }, 'stockholm-caseworker');
    tokens.aud = await sign({ roles: ['AUDITOR'] }, 'auditor-1');
    tokens.anon = undefined;

    // Network intelligence: the SYD defector's network and its rival, present where the SYD checks must block.
    seeded.networkId = await createNetwork('Northside Matrix');
    seeded.rivalNetworkId = await createNetwork('Southside Matrix');
    seeded.inertNetworkId = await createNetwork('Inert Matrix', 'LOCAL');
    seeded.relationId = (
      await ok(
        tokens.nat,
        'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2020-01-01", validTo: "2030-12-31") { id } }',
        { a: seeded.networkId, b: seeded.rivalNetworkId },
      )
    ).relateNetworks.id;
    await ok(
      tokens.nat,
      'mutation($n: ID!, $m: String!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: CONFIRMED, validFrom: "2020-01-01", validTo: "2030-12-31") { id } }',
      { n: seeded.rivalNetworkId, m: BLOCKED },
    );

    // STOCKHOLM's household, of the rival network, placed in Falun.
    stockholm.defectorId = await register(tokens.other, { kind: 'DEFECTOR', givenName: SECRET_NAMES[0], familyName: SECRET_NAMES[1] });
    await affiliate(tokens.other, stockholm.defectorId, seeded.rivalNetworkId);
    const sthlmCase = await openCase(tokens.other, {
      region: 'STOCKHOLM',
      homeMunicipalityCode: OTHER_MUNICIPALITY,
      defectorId: stockholm.defectorId,
      eligibility: ELIGIBLE,
    });
    stockholm.caseId = sthlmCase.id;
    stockholm.caseReference = sthlmCase.reference;
    const sthlmProposal = await submit(tokens.other, sthlmCase.id, FALUN);
    expect(sthlmProposal.status).toBe('CLEARED');
    await confirm(tokens.other, sthlmProposal.id);

    // SYD's household: defector, relative, a threat actor of its own, assessments, a cleared proposal now placed.
    seeded.defectorIdentityNumber = fictionalIdentityNumber('19850315', '981').short;
    seeded.defectorId = await register(tokens.own, {
      kind: 'DEFECTOR',
      givenName: 'Matrixa',
      familyName: 'Sydsson',
      birthYear: 1985,
      personalIdentityNumber: seeded.defectorIdentityNumber,
    });
    seeded.relativeId = await register(tokens.own, { kind: 'RELATIVE', givenName: 'Matrixb', familyName: 'Sydsson', birthYear: 1987 });
    seeded.threatActorId = await register(tokens.own, { kind: 'THREAT_ACTOR', givenName: 'Matrixc', familyName: 'Hotsson' });
    await affiliate(tokens.own, seeded.defectorId, seeded.networkId, '2029-12-31');
    await ok(
      tokens.own,
      'mutation($p: ID!, $m: String!) { setKnownLocation(personId: $p, municipalityCode: $m, validFrom: "2020-01-01") }',
      {
        p: seeded.threatActorId,
        m: BLOCKED,
      },
    );
    seeded.knownLocationId = (
      await ok(tokens.own, 'query($p: ID!) { knownLocations(personId: $p) { id } }', { p: seeded.threatActorId })
    ).knownLocations[0].id;
    // A conflict of the defector with a threat actor who stands nowhere: listed, and no check changes.
    const bystander = await register(tokens.own, { kind: 'THREAT_ACTOR', givenName: 'Matrixd', familyName: 'Konfliktsson' });
    await ok(tokens.own, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }', {
      p: seeded.defectorId,
      o: bystander,
    });
    seeded.conflictId = (
      await ok(tokens.own, 'query($p: ID!) { personalConflicts(personId: $p) { id } }', { p: seeded.defectorId })
    ).personalConflicts[0].id;
    // A hold set and closed by national coordination, for the closings' list.
    seeded.heldPersonId = await register(tokens.own, { kind: 'OTHER', givenName: 'Matrixe', familyName: 'Spärrsson' });
    await ok(tokens.nat, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: seeded.heldPersonId });
    await ok(tokens.nat, 'mutation($p: ID!) { closeSurveillanceHold(personId: $p, reason: "Matrix: utredningen avslutad") { closedAt } }', {
      p: seeded.heldPersonId,
    });
    const sydCase = await openCase(tokens.own, {
      region: 'SYD',
      homeMunicipalityCode: HOME,
      defectorId: seeded.defectorId,
      relativeIds: [seeded.relativeId],
      eligibility: ELIGIBLE,
    });
    seeded.caseId = sydCase.id;
    seeded.caseReference = sydCase.reference;
    seeded.home = HOME;
    seeded.destination = DESTINATION;
    seeded.blocked = BLOCKED;
    // Naming STOCKHOLM's defector as a threat actor leaves a pending link request, the seeded one.
    await ok(tokens.own, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: seeded.caseId,
      i: {
        level: 'HIGH',
        reach: 'REGIONAL',
        relocationRequired: true,
        threatActorIds: [seeded.threatActorId, stockholm.defectorId],
        threatNetworkIds: [seeded.rivalNetworkId],
        assessedOn: '2026-11-01',
        reviewDue: '2030-01-01',
        summary: 'Seeded for the authorization matrix',
      },
    });
    await ok(tokens.own, 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }', {
      c: seeded.caseId,
      i: {
        unsuitable: [{ municipalityCode: BLOCKED, reason: 'RIVAL_PRESENCE' }],
        suitableCodes: [DESTINATION, FRESH_DESTINATION],
        minDistanceFromHomeKm: 100,
        assessedOn: '2026-11-01',
        reviewDue: '2030-01-01',
      },
    });
    const proposal = await submit(tokens.own, seeded.caseId, DESTINATION);
    expect(proposal.status).toBe('CLEARED');
    seeded.proposalId = proposal.id;
    seeded.clearanceReference = proposal.clearanceReference as string;
    seeded.placementId = await confirm(tokens.own, proposal.id);
    // The rival network turns up at the placement: the re-check raises an alert.
    await ok(
      tokens.nat,
      'mutation($n: ID!, $m: String!, $d: Date!) { addNetworkPresence(networkId: $n, municipalityCode: $m, confidence: PROBABLE, validFrom: $d) { id } }',
      { n: seeded.rivalNetworkId, m: DESTINATION, d: new Date().toISOString().slice(0, 10) },
    );
    seeded.alertId = await openAlert();
    const requests = (await ok(tokens.own, 'query($c: ID!) { case(id: $c) { linkRequests { id otherPersonId } } }', { c: seeded.caseId }))
      .case.linkRequests as { id: string; otherPersonId: string }[];
    seeded.linkRequestId = requests.find((r) => r.otherPersonId === stockholm.defectorId)!.id;
    // A SYD case the checker did not clear (the household is not motivated): its summary has flags to show.
    const flagged = await openCase(tokens.own, {
      region: 'SYD',
      homeMunicipalityCode: HOME,
      defectorId: await register(tokens.own, { kind: 'DEFECTOR', givenName: 'Matrixd', familyName: 'Flaggsson' }),
      eligibility: { ...ELIGIBLE, motivated: false },
    });
    seeded.flaggedCaseId = flagged.id;
    expect((await submit(tokens.own, flagged.id, FRESH_DESTINATION)).status).toBe('NOT_CLEARED');
    // Where the defector may stay, unconfirmed (a warning at most, so the seeded checks keep their verdicts).
    await ok(tokens.own, 'mutation($i: ActualAreaInput!) { addActualArea(input: $i) { id } }', {
      i: {
        personId: seeded.defectorId,
        municipalityCode: '2584',
        kind: 'STAYS_OFTEN',
        confidence: 'POSSIBLE',
        validFrom: '2026-01-01',
        sourceNote: 'Seeded for the authorization matrix',
      },
    });
    // A condition on the seeded case, breached: its review goes to the responsible officer (own).
    seeded.conditionId = await addCondition(seeded.caseId, {
      kind: 'STAY_AWAY_FROM_AREA',
      areaMunicipalityCodes: [HOME],
      breachRule: 'Besök i hemkommunen',
      signedOn: '2026-01-01',
    });
    seeded.reviewId = await breach(seeded.conditionId);
    // An assessment step on the seeded case, and a case in FOLLOW_UP: the lifecycle's types to read.
    await ok(tokens.own, 'mutation($c: ID!, $i: AssessmentStepInput!) { recordAssessmentStep(caseId: $c, input: $i) { id } }', {
      c: seeded.caseId,
      i: { kind: 'THREAT', instrument: 'SARA:SV', assessor: 'Matrix assessor', requiredOn: '2026-11-01', completedOn: '2026-11-01' },
    });
    seeded.followUpCaseId = await fresh.followUpCase();
    // The glass column: an officer of SYD outside the team who took break-glass on the seeded case.
    await ok(tokens.glass, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "Jour: hot mot hushållet i natt") { expiresAt } }', {
      c: seeded.caseId,
    });

    // A municipality knocking on police doors: the REFUSALS anomaly that the auditors' fields are read from.
    for (let i = 0; i < 11; i += 1) expect(code(await gql(tokens.muni, '{ networks { id } }'))).toBe('FORBIDDEN');

    fixtures = { seeded, fresh, period, unique };
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('the table covers the schema', () => {
    it('names every Query and Mutation field and every field of every protected type, and nothing the schema lacks', () => {
      expect(coverageProblems(schema, MATRIX)).toEqual([]);
    });

    it('agrees with what introspection serves to national coordination', async () => {
      const served = (await ok(tokens.nat, '{ __schema { types { name kind fields { name } } } }')).__schema.types as {
        name: string;
        kind: string;
        fields: { name: string }[] | null;
      }[];
      const fromIntrospection = served
        .filter((t) => (t.kind === 'OBJECT' || t.kind === 'INTERFACE') && !t.name.startsWith('__'))
        .flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`))
        .sort();
      const fromSchema = Object.values(schema.getTypeMap())
        .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'))
        .flatMap((t) => Object.keys((t as { getFields(): Record<string, unknown> }).getFields()).map((f) => `${t.name}.${f}`))
        .sort();
      expect(fromIntrospection).toEqual(fromSchema);
    });

    it('documents every cell marked as a known bug', () => {
      const documented = new Set(KNOWN_DEVIATIONS.map((d) => d.where));
      expect(markedCells().filter((m) => !documented.has(m.where))).toEqual([]);
    });

    it('fails for a new operation, a new field of a protected type, a new type, and a row the schema lacks', () => {
      const grown = extendSchema(
        schema,
        parse(`
          type Hideout { id: ID! municipality: Municipality! }
          extend type Query { hideouts: [Hideout!]! }
          extend type Mutation { moveHousehold(caseId: ID!): Boolean! }
          extend type Case { exactPlace: String }
          extend type Municipality { mayor: String }
        `),
      );
      expect(coverageProblems(grown, MATRIX)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Query\.hideouts is in the schema but has no row/),
          expect.stringMatching(/^Mutation\.moveHousehold is in the schema but has no row/),
          expect.stringMatching(/^Case\.exactPlace is in the schema but has no row/),
          expect.stringMatching(/^type Hideout is in the schema but is neither protected/),
        ]),
      );
      // A public type's new field needs no row; a new type must still be classified.
      expect(coverageProblems(grown, MATRIX).join('\n')).not.toContain('mayor');
      const shrunk = { ...MATRIX, operations: new Map([...OPERATIONS, ['Query.gone', OPERATIONS.get('Query.case')!]]) };
      expect(coverageProblems(schema, shrunk)).toContain(
        'Query.gone has a row in test/e2e/authorization/authorization-matrix.ts but is not in the schema',
      );
    });
  });

  // The runs go in file order: queries and fields read the seeded state; mutations then work on throwaway
  // records (acknowledgeAlert acknowledges the seeded alert, after which openAlert has the re-check raise the next).
  async function runOperation(key: string, caller: Caller, withPurpose = true): Promise<Outcome> {
    const probe = OPERATION_PROBES[key];
    if (!probe) return 'no probe';
    const variables = probe.variables ? await probe.variables(fixtures) : {};
    const body = await gql(tokens[caller], probe.document, variables, withPurpose ? PURPOSE : null);
    return outcomeOf(body, key.slice(key.indexOf('.') + 1), probe.target?.(seeded));
  }

  async function runOperations(kind: 'Query' | 'Mutation'): Promise<string[]> {
    const problems: string[] = [];
    for (const row of OPERATIONS.values()) {
      if (!row.key.startsWith(`${kind}.`)) continue;
      for (const caller of CALLERS) judge(`${row.key} as ${caller}`, row.cells[caller], await runOperation(row.key, caller), problems);
      const asked = answeredCaller(row.cells);
      if (asked)
        judge(`${row.key} without a purpose (as ${asked})`, row.withoutPurpose, await runOperation(row.key, asked, false), problems);
    }
    return problems;
  }

  it(
    'every Query answers each caller as the table says',
    async () => {
      expect(await runOperations('Query')).toEqual([]);
    },
    MATRIX_RUN_MS,
  );

  it(
    'every field of a protected type is reachable only as the table says',
    async () => {
      const problems: string[] = [];
      for (const typeRow of PROTECTED_TYPES.values()) {
        const type = schema.getType(typeRow.type);
        const path = TYPE_PATHS[typeRow.type];
        if (!path || !(isObjectType(type) || isInterfaceType(type))) continue; // reported by the coverage test
        const fields = [...typeRow.fields.values()].filter((f) => type.getFields()[f.key.slice(typeRow.type.length + 1)]);
        const target = path.target?.(seeded);
        const variables = path.variables?.(seeded) ?? {};
        const selectionOfField = (name: string) => selectionOf(type.getFields()[name]!);
        const names = fields.map((f) => f.key.slice(typeRow.type.length + 1));
        for (const caller of CALLERS) {
          const whole = [...(target ? ['id'] : []), ...names.map(selectionOfField)].join(' ');
          const body = await gql(tokens[caller], path.document(whole), variables);
          const fieldErrors = (body.errors ?? []).some((e) => (e.path?.length ?? 0) > 1);
          for (const [i, field] of fields.entries()) {
            let observed: Outcome;
            let answer = body;
            if (fieldErrors) {
              const alone = [...(target ? ['id'] : []), selectionOfField(names[i]!)].join(' ');
              answer = await gql(tokens[caller], path.document(alone), variables);
            }
            if (answer.errors?.length) observed = code(answer) ?? 'no code';
            else {
              const reached = walk(answer.data, path.at, target);
              observed = reached.outcome ?? valueOutcome(reached.node?.[names[i]!]);
            }
            judge(`${field.key} as ${caller} (via ${path.at.join('.')})`, field.cells[caller], observed, problems);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    MATRIX_RUN_MS,
  );

  // Every mutation makes its throwaway records anew for each caller (a placement ended for recordFollowUp): longer than the default.
  it(
    'every Mutation answers each caller as the table says, each run on throwaway records',
    async () => {
      expect(await runOperations('Mutation')).toEqual([]);
    },
    MATRIX_RUN_MS,
  );

  describe('reviewed attacks', () => {
    const RANK = `query($c: ID!, $s: Date, $e: Date) { rankDestinations(caseId: $c, limit: 290, startDate: $s, endDate: $e) { municipality { code } flags { code message } } }`;
    const flaggedWith = async (token: string | undefined, caseId: string, flag: string) => {
      const ranked = (await ok(token, RANK, { c: caseId, s: period.startDate, e: period.endDate })).rankDestinations as {
        municipality: { code: string };
        flags: { code: string; message: string }[];
      }[];
      return {
        codes: ranked
          .filter((r) => r.flags.some((f) => f.code === flag))
          .map((r) => r.municipality.code)
          .sort(),
        text: JSON.stringify(ranked),
      };
    };
    const defectorOf = async (caseId: string) =>
      (await ok(tokens.own, 'query($c: ID!) { case(id: $c) { defector { id } } }', { c: caseId })).case.defector.id as string;

    it("a threat assessment naming another region's person shows nothing of them and answers as an unknown id does", async () => {
      const ASSESS =
        'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { threatAssessment { threatActors { id givenName } } linkRequests { kind status otherPersonId otherPerson { id } } } }';
      const input = (actor: string) => ({
        level: 'HIGH',
        reach: 'REGIONAL',
        relocationRequired: true,
        threatActorIds: [actor],
        assessedOn: '2026-11-01',
        reviewDue: '2030-01-01',
      });
      const unknown = randomUUID();
      const foreign = await gql(tokens.own, ASSESS, { c: await fresh.case(), i: input(stockholm.defectorId) });
      const missing = await gql(tokens.own, ASSESS, { c: await fresh.case(), i: input(unknown) });
      expect(foreign.errors).toBeUndefined();
      expect(foreign.data?.recordThreatAssessment.threatAssessment.threatActors).toEqual([]);
      expect(JSON.stringify(foreign).replaceAll(stockholm.defectorId, 'ID')).toBe(JSON.stringify(missing).replaceAll(unknown, 'ID'));
      expect(foreign.data?.recordThreatAssessment.linkRequests).toEqual([
        { kind: 'THREAT_ACTOR', status: 'PENDING', otherPersonId: stockholm.defectorId, otherPerson: null },
      ]);
      for (const secret of [...SECRET_NAMES, stockholm.caseId, stockholm.caseReference])
        expect(JSON.stringify(foreign)).not.toContain(secret);
    });

    it("a personal conflict with another region's person is accepted as pending and changes nothing until approved", async () => {
      const caseId = await fresh.case();
      const defector = await defectorOf(caseId);
      const CONFLICT = 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }';
      const foreign = await gql(tokens.own, CONFLICT, { p: defector, o: stockholm.defectorId });
      const nobody = await gql(tokens.own, CONFLICT, { p: defector, o: randomUUID() });
      expect(foreign).toEqual(nobody);
      expect(foreign.data?.addPersonalConflict).toBe(true);
      const requests = (
        await ok(tokens.own, 'query($c: ID!) { case(id: $c) { linkRequests { id kind status otherPersonId otherPerson { id } } } }', {
          c: caseId,
        })
      ).case.linkRequests as { id: string; kind: string; status: string; otherPersonId: string; otherPerson: unknown }[];
      expect(requests.map((r) => [r.kind, r.status, r.otherPerson])).toEqual([
        ['PERSONAL_CONFLICT', 'PENDING', null],
        ['PERSONAL_CONFLICT', 'PENDING', null],
      ]);
      expect((await flaggedWith(tokens.own, caseId, 'PERSONAL_CONFLICT')).codes).toEqual([]);
      expect((await flaggedWith(tokens.nat, caseId, 'PERSONAL_CONFLICT')).codes).toEqual([]);

      // Approved by national coordination, it counts: for the region only by area, exactly for national coordination.
      const real = requests.find((r) => r.otherPersonId === stockholm.defectorId)!;
      await ok(tokens.nat, 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: true) { status } }', { id: real.id });
      const regional = await flaggedWith(tokens.own, caseId, 'PERSONAL_CONFLICT');
      expect(regional.codes).toEqual([...privacyAreaOf(FALUN)!.codes].sort());
      expect((await flaggedWith(tokens.nat, caseId, 'PERSONAL_CONFLICT')).codes).toEqual([FALUN]);
      for (const secret of SECRET_NAMES) expect(regional.text).not.toContain(secret);
    });

    it("rankDestinations(limit: 290) shows another region's placement on no fewer than ten municipalities", async () => {
      const regional = await flaggedWith(tokens.own, seeded.caseId, 'RIVAL_PLACEMENT');
      expect(regional.codes.length).toBeGreaterThanOrEqual(MIN_PRIVACY_AREA_SIZE);
      expect(regional.codes).toEqual([...privacyAreaOf(FALUN)!.codes].sort());
      expect(regional.text).toContain('the exact place is not shown');
      for (const secret of [...SECRET_NAMES, stockholm.caseId, stockholm.caseReference, stockholm.defectorId])
        expect(regional.text).not.toContain(secret);
      expect((await flaggedWith(tokens.nat, seeded.caseId, 'RIVAL_PLACEMENT')).codes).toEqual([FALUN]);
    });

    it("registerPerson with another region's identity number answers as a new registration does", async () => {
      const held = fictionalIdentityNumber('19770707', '982').short;
      const brandNew = fictionalIdentityNumber('19770708', '983').short;
      await register(tokens.own, { kind: 'RELATIVE', givenName: 'Forsta', familyName: 'Matrixsson', personalIdentityNumber: held });
      const REGISTER = 'mutation($i: PersonInput!) { registerPerson(input: $i) { kind givenName familyName birthYear surveillanceHold } }';
      const person = (pnr: string) => ({
        i: { kind: 'RELATIVE', givenName: 'Andra', familyName: 'Matrixsson', personalIdentityNumber: pnr },
      });
      const foreign = await gql(tokens.other, REGISTER, person(held));
      expect(foreign).toEqual(await gql(tokens.other, REGISTER, person(brandNew)));
      const found = await ok(tokens.other, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { givenName } }', {
        n: held,
      });
      expect(found.personByIdentityNumber).toEqual({ givenName: 'Andra' });
    });

    it('a person another region registered outside any case is NOT_FOUND for person, affiliations, addAffiliation, setKnownLocation, addPersonalConflict', async () => {
      const loner = await fresh.person('THREAT_ACTOR');
      const unknown = randomUUID();
      const attempts: [string, (p: string) => Variables][] = [
        ['query($p: ID!) { person(id: $p) { id } }', (p) => ({ p })],
        ['query($p: ID!) { affiliations(personId: $p) { id } }', (p) => ({ p })],
        [
          'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: MEMBER, confidence: CONFIRMED, validFrom: "2020-01-01") { id } }',
          (p) => ({ p, n: seeded.inertNetworkId }),
        ],
        ['mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "1280", validFrom: "2026-01-01") }', (p) => ({ p })],
        [
          'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }',
          (p) => ({ p, o: stockholm.defectorId }),
        ],
      ];
      for (const [document, variables] of attempts) {
        const refused = await gql(tokens.other, document, variables(loner));
        expect([document, code(refused)]).toEqual([document, 'NOT_FOUND']);
        expect(refused.errors?.[0]?.message).toBe((await gql(tokens.other, document, variables(unknown))).errors?.[0]?.message);
      }
      expect((await ok(tokens.own, 'query($p: ID!) { person(id: $p) { id } }', { p: loner })).person.id).toBe(loner);
    });

    it("a case cannot take in a person its region may not see: openCase with another region's person is NOT_FOUND", async () => {
      const loner = await fresh.person('DEFECTOR');
      const own = await register(tokens.other, { kind: 'DEFECTOR', givenName: 'Egen', familyName: `Stockholmare ${unique()}` });
      const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }';
      const input = (defectorId: string, relativeIds: string[] = []) => ({
        i: { region: 'STOCKHOLM', homeMunicipalityCode: OTHER_MUNICIPALITY, defectorId, relativeIds, eligibility: ELIGIBLE },
      });
      expect(code(await gql(tokens.other, OPEN, input(loner)))).toBe('NOT_FOUND');
      expect(code(await gql(tokens.other, OPEN, input(own, [seeded.relativeId])))).toBe('NOT_FOUND');
      expect((await ok(tokens.own, 'query($p: ID!) { person(id: $p) { id } }', { p: loner })).person.id).toBe(loner);
    });

    it("a municipality's clearance with another municipality's reference is NOT_FOUND, worded as an unknown reference", async () => {
      const QUERY = 'query($r: String!) { clearance(reference: $r) { cleared municipality { code } } }';
      const refused = await gql(tokens.muni, QUERY, { r: seeded.clearanceReference });
      const unknown = await gql(tokens.muni, QUERY, { r: 'CLR-doesnotexistdoesnotexi' });
      expect(code(refused)).toBe('NOT_FOUND');
      expect(refused).toEqual(unknown);
      expect((await ok(tokens.dest, QUERY, { r: seeded.clearanceReference })).clearance.municipality.code).toBe(DESTINATION);
    });

    it('destinationCleared by a municipality other than the home municipality is NOT_FOUND, worded as an unknown case', async () => {
      const QUERY = 'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared } }';
      const unknown = await gql(tokens.dest, QUERY, { r: 'AVH-1999-999999', m: FRESH_DESTINATION });
      expect(code(unknown)).toBe('NOT_FOUND');
      for (const caller of ['dest', 'muni'] as const) {
        const refused = await gql(tokens[caller], QUERY, { r: seeded.caseReference, m: FRESH_DESTINATION });
        expect(refused).toEqual(unknown);
      }
    });

    it('police and auditor tokens on the municipal queries are FORBIDDEN', async () => {
      for (const caller of ['own', 'other', 'nat', 'aud'] as const) {
        const clearance = await gql(tokens[caller], 'query($r: String!) { clearance(reference: $r) { cleared } }', {
          r: seeded.clearanceReference,
        });
        const destination = await gql(
          tokens[caller],
          'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared } }',
          { r: seeded.caseReference, m: DESTINATION },
        );
        expect([caller, code(clearance), code(destination)]).toEqual([caller, 'FORBIDDEN', 'FORBIDDEN']);
      }
    });

    it("registerPerson with the number of a person the region registered, since taken into another region's case, answers as a new registration", async () => {
      const held = fictionalIdentityNumber('19790101', '984').short;
      const brandNew = fictionalIdentityNumber('19790102', '985').short;
      const taken = await register(tokens.own, {
        kind: 'THREAT_ACTOR',
        givenName: 'Tagen',
        familyName: 'Matrixsson',
        personalIdentityNumber: held,
      });
      await openCase(tokens.nat, {
        region: 'STOCKHOLM',
        homeMunicipalityCode: OTHER_MUNICIPALITY,
        defectorId: taken,
        eligibility: ELIGIBLE,
      });
      // The region may no longer see the person, by id or by number ...
      expect(code(await gql(tokens.own, 'query($p: ID!) { person(id: $p) { id } }', { p: taken }))).toBe('NOT_FOUND');
      const search = await ok(tokens.own, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }', { n: held });
      expect(search.personByIdentityNumber).toBeNull();
      // ... so registering the number should answer as a number it has never seen does.
      const REGISTER = 'mutation($i: PersonInput!) { registerPerson(input: $i) { kind givenName familyName } }';
      const person = (pnr: string) => ({ i: { kind: 'RELATIVE', givenName: 'Ny', familyName: 'Matrixsson', personalIdentityNumber: pnr } });
      const again = await gql(tokens.own, REGISTER, person(held));
      const fresh = await gql(tokens.own, REGISTER, person(brandNew));
      expect(fresh.errors).toBeUndefined();
      expect(again).toEqual(fresh);
    });
  });
});

/**
 * CASE_ACCESS=region (a region that works without teams): the `mate` column answers as `own` does on every
 * read of the case and its household, and break-glass has nothing to open. Run on a service of its own with
 * the reads that differ between the two settings.
 */
describe('authorization matrix with CASE_ACCESS=region: an officer of the region outside the team reads as the team does', () => {
  let app: TestApp;
  const tokens = {} as { own: string; mate: string; other: string };
  const seeded = {} as Seeded;
  const gql = async (token: string, query: string, variables: Variables = {}) =>
    (await app.graphql(query, { token, purpose: PURPOSE, variables })).body as Body;
  async function ok(token: string, query: string, variables: Variables = {}): Promise<Data> {
    const body = await gql(token, query, variables);
    if (body.errors) throw new Error(`setup call failed: ${query} -> ${JSON.stringify(body.errors)}`);
    return body.data as Data;
  }
  /** The Query rows whose `mate` cell differs from `own` under CASE_ACCESS=team. */
  const TEAM_DEPENDENT = [...OPERATIONS.values()]
    .filter((row) => row.key.startsWith('Query.') && row.cells.mate.expected !== row.cells.own.expected)
    .map((row) => row.key);

  beforeAll(async () => {
    app = await startTestApp({ RECHECK_INTERVAL_MS: '60000', CASE_ACCESS: 'region', RATE_LIMIT_PER_MINUTE: '100000' });
    const sign = (claims: Record<string, unknown>, sub: string) => app.idp.sign(claims, { sub });
    tokens.own = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, 'syd-officer');
    tokens.mate = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, 'syd-colleague');
    tokens.other = await sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, 'sthlm-officer');
    seeded.defectorIdentityNumber = fictionalIdentityNumber('19850315', '981').short;
    const register = async (input: Record<string, unknown>) =>
      (await ok(tokens.own, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }', { i: input })).registerPerson.id as string;
    seeded.defectorId = await register({
      kind: 'DEFECTOR',
      givenName: 'Regiona',
      familyName: 'Sydsson',
      personalIdentityNumber: seeded.defectorIdentityNumber,
    });
    seeded.relativeId = await register({ kind: 'RELATIVE', givenName: 'Regionb', familyName: 'Sydsson' });
    const opened = (
      await ok(tokens.own, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }', {
        i: {
          region: 'SYD',
          homeMunicipalityCode: HOME,
          defectorId: seeded.defectorId,
          relativeIds: [seeded.relativeId],
          eligibility: ELIGIBLE,
        },
      })
    ).openCase;
    seeded.caseId = opened.id;
    seeded.caseReference = opened.reference;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('covers the reads that depend on the setting', () => {
    expect(TEAM_DEPENDENT).toEqual(
      expect.arrayContaining(['Query.case', 'Query.caseByReference', 'Query.cases', 'Query.person', 'Query.personByIdentityNumber']),
    );
  });

  it('answers mate as own on every read that CASE_ACCESS=team refuses them, and other region still as a missing id', async () => {
    const problems: string[] = [];
    const fixtures = { seeded, period: planningPeriod(), unique: () => randomUUID() } as unknown as Fixtures;
    for (const key of TEAM_DEPENDENT) {
      if (key === 'Query.alerts') continue; // needs a placement and a re-check; the team-mode run covers the filter
      // Breach reviews are told to team roles whatever the setting (CASE_ACCESS decides who reads, not who is told).
      if (key === 'Query.conditionReviews') continue;
      const probe = OPERATION_PROBES[key]!;
      const variables = probe.variables ? await probe.variables(fixtures) : {};
      const field = key.slice(key.indexOf('.') + 1);
      const own = outcomeOf(await gql(tokens.own, probe.document, variables), field, probe.target?.(seeded));
      const mate = outcomeOf(await gql(tokens.mate, probe.document, variables), field, probe.target?.(seeded));
      const other = outcomeOf(await gql(tokens.other, probe.document, variables), field, probe.target?.(seeded));
      if (own !== 'ok') problems.push(`${key} as own: expected ok, observed ${own}`);
      if (mate !== own) problems.push(`${key} as mate: expected ${own} (as own), observed ${mate}`);
      if (other === 'ok') problems.push(`${key} as other: expected a refusal or nothing, observed ok`);
    }
    expect(problems).toEqual([]);
    const read = await ok(
      tokens.mate,
      'query($c: ID!) { case(id: $c) { defector { givenName } team { officer } } caseSummary(id: $c) { access } }',
      {
        c: seeded.caseId,
      },
    );
    expect(read).toEqual({
      case: { defector: { givenName: 'Regiona' }, team: [{ officer: 'syd-officer' }] },
      caseSummary: { access: 'DETAILS' },
    });
    expect(
      errorCodeOf(
        await gql(tokens.mate, 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "Inte nödvändigt") { expiresAt } }', {
          c: seeded.caseId,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
