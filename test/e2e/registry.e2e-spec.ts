import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { rowCounts } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { errorCodeOf } from '../support/graphql-answers.js';
import { wordsOf } from '../support/words.js';

// GraphQL answers are read field by field in each test; their shape is the query's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };

/** Fictional test people: valid checksums, clearly invented names. */
const DEFECTOR_PNR = '19900101-0017';
const RELATIVE_PNR = '200203142385';
const NAMES = ['Zebulon', 'Quixotesson', 'Ysolde', 'Marzipanova', 'Grimwald', 'Thundertrout', 'Brokkenring Syndicate', 'Velvet Marmots'];
const SUMMARY = 'Unmistakable-summary-Kestrelwick';

describe('protected registry over HTTP', () => {
  let app: TestApp;
  let national: string;
  let syd: string;
  let stockholm: string;
  const ids: Record<string, string> = {};

  async function gql(
    token: string | undefined,
    query: string,
    variables: Record<string, unknown> = {},
    purpose: string | null = 'AVH test',
  ): Promise<Body> {
    return (await app.graphql(query, { token, purpose: purpose ?? undefined, variables })).body as Body;
  }
  const code = errorCodeOf;

  beforeAll(async () => {
    app = await startTestApp();
    national = await app.idp.sign({ roles: ['POLICE_NATIONAL'] }, { sub: 'noa-1' });
    syd = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'SYD' }, { sub: 'syd-1' });
    stockholm = await app.idp.sign({ roles: ['POLICE_REGIONAL'], police_region: 'STOCKHOLM' }, { sub: 'sthlm-1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('national coordination creates networks, presences and relations', async () => {
    const a = await gql(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id name category reach } }', {
      i: { name: NAMES[6], category: 'LOCAL_NETWORK', reach: 'REGIONAL' },
    });
    expect(a.errors).toBeUndefined();
    expect(a.data?.createNetwork).toMatchObject({ name: NAMES[6], category: 'LOCAL_NETWORK', reach: 'REGIONAL' });
    const b = await gql(national, 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
      i: { name: NAMES[7], category: 'FAMILY_BASED', reach: 'NATIONAL' },
    });
    ids.networkA = a.data?.createNetwork.id;
    ids.networkB = b.data?.createNetwork.id;

    const presence = await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "1280", confidence: CONFIRMED, validFrom: "2026-01-01") { id municipality { code name } confidence validFrom validTo network { name } } }',
      { n: ids.networkA },
    );
    expect(presence.data?.addNetworkPresence).toMatchObject({
      municipality: { code: '1280', name: 'Malmö' },
      confidence: 'CONFIRMED',
      validFrom: '2026-01-01',
      validTo: null,
    });

    const relation = await gql(
      national,
      'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: RIVAL, validFrom: "2026-01-01") { id kind a { id } b { id } } }',
      {
        a: ids.networkB,
        b: ids.networkA,
      },
    );
    expect(relation.data?.relateNetworks.kind).toBe('RIVAL');
    ids.relation = relation.data?.relateNetworks.id;
    // Symmetric: listed from either side.
    for (const networkId of [ids.networkA, ids.networkB]) {
      const listed = await gql(syd, 'query($n: ID!) { networkRelations(networkId: $n) { id } }', { n: networkId });
      expect(listed.data?.networkRelations).toEqual([{ id: ids.relation }]);
    }
    const presences = await gql(syd, 'query($n: ID!) { networkPresences(networkId: $n) { municipality { code } } }', { n: ids.networkA });
    expect(presences.data?.networkPresences).toEqual([{ municipality: { code: '1280' } }]);
    const networks = await gql(syd, '{ networks { name } }');
    expect(networks.data?.networks.map((n: { name: string }) => n.name)).toEqual([NAMES[6], NAMES[7]]);
  });

  it('refuses bad relations: self, overlapping, validTo before validFrom; ends one', async () => {
    const self = await gql(
      national,
      'mutation($a: ID!) { relateNetworks(aId: $a, bId: $a, kind: RIVAL, validFrom: "2026-01-01") { id } }',
      { a: ids.networkA },
    );
    expect(code(self)).toBe('BAD_USER_INPUT');
    const overlap = await gql(
      national,
      'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: ALLIED, validFrom: "2027-01-01") { id } }',
      {
        a: ids.networkA,
        b: ids.networkB,
      },
    );
    expect(code(overlap)).toBe('BAD_USER_INPUT');
    const backwards = await gql(
      national,
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "0180", confidence: POSSIBLE, validFrom: "2026-05-01", validTo: "2026-04-01") { id } }',
      {
        n: ids.networkA,
      },
    );
    expect(code(backwards)).toBe('BAD_USER_INPUT');
    const ended = await gql(national, 'mutation($id: ID!) { endNetworkRelation(id: $id, validTo: "2026-06-30") { validTo } }', {
      id: ids.relation,
    });
    expect(ended.data?.endNetworkRelation.validTo).toBe('2026-06-30');
    const after = await gql(
      national,
      'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: ALLIED, validFrom: "2026-07-01") { kind } }',
      {
        a: ids.networkA,
        b: ids.networkB,
      },
    );
    expect(after.data?.relateNetworks.kind).toBe('ALLIED');
  });

  it('registers persons with sealed names and finds them by identity number in every format', async () => {
    const register = (input: Record<string, unknown>, token = syd) =>
      gql(token, 'mutation($i: PersonInput!) { registerPerson(input: $i) { id kind givenName familyName birthYear surveillanceHold } }', {
        i: input,
      });
    const defector = await register({
      kind: 'DEFECTOR',
      givenName: NAMES[0],
      familyName: NAMES[1],
      personalIdentityNumber: DEFECTOR_PNR,
      birthYear: 1990,
    });
    expect(defector.errors).toBeUndefined();
    expect(defector.data?.registerPerson).toMatchObject({
      givenName: NAMES[0],
      familyName: NAMES[1],
      birthYear: 1990,
      surveillanceHold: false,
    });
    ids.defector = defector.data?.registerPerson.id;
    const relative = await register({ kind: 'RELATIVE', givenName: NAMES[2], familyName: NAMES[3], personalIdentityNumber: RELATIVE_PNR });
    ids.relative = relative.data?.registerPerson.id;
    // The region's own threat actor: one registered elsewhere could be named only through national coordination.
    const actor = await register({ kind: 'THREAT_ACTOR', givenName: NAMES[4], familyName: NAMES[5] });
    ids.actor = actor.data?.registerPerson.id;

    for (const format of ['900101-0017', '9001010017', '199001010017', '19900101-0017']) {
      const found = await gql(syd, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }', { n: format });
      expect(found.data?.personByIdentityNumber).toEqual({ id: ids.defector });
    }
    const twice = await register({ kind: 'OTHER', givenName: 'X', familyName: 'Y', personalIdentityNumber: '9001010017' });
    expect(code(twice)).toBe('BAD_USER_INPUT');
    const invalid = await register({ kind: 'OTHER', givenName: 'X', familyName: 'Y', personalIdentityNumber: '19900101-0018' });
    expect(code(invalid)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invalid)).not.toContain('0018');
    const tooLong = await register({ kind: 'OTHER', givenName: 'X'.repeat(101), familyName: 'Y' });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    const badEnum = await register({ kind: 'GANGSTER', givenName: 'Unechoedname', familyName: 'Y', personalIdentityNumber: DEFECTOR_PNR });
    expect(code(badEnum)).toBe('BAD_USER_INPUT');
    // graphql-js would quote the whole input back; the answer names the field, never the values.
    expect(badEnum.errors?.[0]?.message).toMatch(/kind/);
    expect(JSON.stringify(badEnum)).not.toMatch(/Unechoedname|GANGSTER|19900101/);
  });

  it('records affiliations, conflicts, known locations and holds', async () => {
    const affiliation = await gql(
      syd,
      'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: FORMER_MEMBER, confidence: CONFIRMED, validFrom: "2020-01-01", validTo: "2025-12-31") { role network { name } person { givenName } } }',
      { p: ids.defector, n: ids.networkB },
    );
    expect(affiliation.data?.addAffiliation).toEqual({
      role: 'FORMER_MEMBER',
      network: { name: NAMES[7] },
      person: { givenName: NAMES[0] },
    });
    const listed = await gql(syd, 'query($p: ID!) { affiliations(personId: $p) { validFrom validTo } }', { p: ids.defector });
    expect(listed.data?.affiliations).toEqual([{ validFrom: '2020-01-01', validTo: '2025-12-31' }]);
    const conflict = await gql(syd, 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: THREAT) }', {
      p: ids.defector,
      o: ids.actor,
    });
    expect(conflict.data?.addPersonalConflict).toBe(true);
    const location = await gql(
      national,
      'mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "1283", validFrom: "2026-01-01") }',
      { p: ids.actor },
    );
    expect(location.data?.setKnownLocation).toBe(true);
    const unknownMunicipality = await gql(
      national,
      'mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "9999", validFrom: "2026-01-01") }',
      { p: ids.actor },
    );
    expect(code(unknownMunicipality)).toBe('BAD_USER_INPUT');
    const holdByRegion = await gql(syd, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: ids.relative });
    expect(code(holdByRegion)).toBe('FORBIDDEN');
    const hold = await gql(national, 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }', { p: ids.relative });
    expect(hold.data?.setSurveillanceHold).toBe(true);
    const unknown = await gql(
      syd,
      'mutation($n: ID!) { addAffiliation(personId: "00000000-0000-4000-8000-000000000000", networkId: $n, role: MEMBER, confidence: POSSIBLE, validFrom: "2026-01-01") { id } }',
      {
        n: ids.networkA,
      },
    );
    expect(code(unknown)).toBe('NOT_FOUND');
  });

  it('opens a case with a sequential, non-identifying reference and records assessments', async () => {
    const opened = await gql(
      syd,
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference region status eligible homeMunicipality { code } defector { givenName } relatives { givenName surveillanceHold } threatAssessment { level } placementAssessment { assessedOn } } }`,
      {
        i: {
          region: 'SYD',
          homeMunicipalityCode: '1280',
          defectorId: ids.defector,
          relativeIds: [ids.relative],
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
    expect(opened.errors).toBeUndefined();
    const c = opened.data?.openCase;
    expect(c.reference).toMatch(new RegExp(`^AVH-${new Date().getUTCFullYear()}-000001$`));
    expect(c).toMatchObject({
      region: 'SYD',
      status: 'OPEN',
      eligible: true,
      homeMunicipality: { code: '1280' },
      defector: { givenName: NAMES[0] },
      threatAssessment: null,
    });
    expect(c.relatives).toEqual([{ givenName: NAMES[2], surveillanceHold: true }]);
    ids.case = c.id;
    ids.reference = c.reference;

    const threat = await gql(
      syd,
      'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { threatAssessment { level reach relocationRequired threatActors { givenName } threatNetworks { name } summary reviewDue } } }',
      {
        c: ids.case,
        i: {
          level: 'HIGH',
          reach: 'REGIONAL',
          relocationRequired: true,
          threatActorIds: [ids.actor],
          threatNetworkIds: [ids.networkA],
          assessedOn: '2026-11-01',
          reviewDue: '2027-02-01',
          summary: SUMMARY,
        },
      },
    );
    expect(threat.errors).toBeUndefined();
    expect(threat.data?.recordThreatAssessment.threatAssessment).toEqual({
      level: 'HIGH',
      reach: 'REGIONAL',
      relocationRequired: true,
      threatActors: [{ givenName: NAMES[4] }],
      threatNetworks: [{ name: NAMES[6] }],
      summary: SUMMARY,
      reviewDue: '2027-02-01',
    });
    const superseding = await gql(
      syd,
      'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { threatAssessment { level summary } } }',
      {
        c: ids.case,
        i: { level: 'LOW', reach: 'LOCAL', relocationRequired: false, assessedOn: '2026-11-20', reviewDue: '2027-05-01' },
      },
    );
    expect(superseding.data?.recordThreatAssessment.threatAssessment).toEqual({ level: 'LOW', summary: null });

    const placement = await gql(
      syd,
      'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { placementAssessment { unsuitable { municipality { code } reason } suitable { code } minDistanceFromHomeKm } } }',
      {
        c: ids.case,
        i: {
          unsuitable: [{ municipalityCode: '1283', reason: 'THREAT_ACTOR' }],
          suitableCodes: ['0180', '1480'],
          minDistanceFromHomeKm: 150,
          assessedOn: '2026-11-01',
          reviewDue: '2027-02-01',
        },
      },
    );
    expect(placement.data?.recordPlacementAssessment.placementAssessment).toEqual({
      unsuitable: [{ municipality: { code: '1283' }, reason: 'THREAT_ACTOR' }],
      suitable: [{ code: '0180' }, { code: '1480' }],
      minDistanceFromHomeKm: 150,
    });
    const badDates = await gql(
      syd,
      'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }',
      {
        c: ids.case,
        i: { unsuitable: [], assessedOn: '2026-11-01', reviewDue: '2026-10-01' },
      },
    );
    expect(code(badDates)).toBe('BAD_USER_INPUT');
    const byReference = await gql(syd, 'query($r: String!) { caseByReference(reference: $r) { id } }', { r: ids.reference });
    expect(byReference.data?.caseByReference).toEqual({ id: ids.case });
  });

  it('keeps regions apart: another region gets NOT_FOUND whether the case exists or not', async () => {
    const existing = await gql(stockholm, 'query($id: ID!) { case(id: $id) { id } }', { id: ids.case });
    const missing = await gql(stockholm, 'query { case(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(code(existing)).toBe('NOT_FOUND');
    expect(existing.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(code(missing)).toBe('NOT_FOUND');
    expect(code(await gql(stockholm, 'query($r: String!) { caseByReference(reference: $r) { id } }', { r: ids.reference }))).toBe(
      'NOT_FOUND',
    );
    expect((await gql(stockholm, '{ cases { id } }')).data?.cases).toEqual([]);
    expect((await gql(syd, '{ cases { id } }')).data?.cases).toEqual([{ id: ids.case }]);
    expect((await gql(national, '{ cases(status: OPEN) { id } }')).data?.cases).toEqual([{ id: ids.case }]);
    // The household's persons are another region's protected people for Stockholm.
    expect(code(await gql(stockholm, 'query($id: ID!) { person(id: $id) { id } }', { id: ids.defector }))).toBe('NOT_FOUND');
    expect(
      (await gql(stockholm, 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }', { n: DEFECTOR_PNR })).data
        ?.personByIdentityNumber,
    ).toBeNull();
    const write = await gql(stockholm, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { id } }', { c: ids.case });
    expect(code(write)).toBe('NOT_FOUND');
    const openElsewhere = await gql(stockholm, 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
      i: {
        region: 'SYD',
        homeMunicipalityCode: '0180',
        defectorId: ids.actor,
        eligibility: {
          meetsDefinition: true,
          motivated: true,
          consentToInformationExchange: true,
          signedConditions: true,
          evidencePerson: false,
        },
      },
    });
    expect(code(openElsewhere)).toBe('FORBIDDEN');
  });

  it('refuses municipalities and auditors, requires a purpose, and a refusal writes nothing', async () => {
    const before = await rowCounts(app.database.url);
    const municipality = await app.idp.sign({ roles: ['MUNICIPALITY'], municipality_code: '1280' });
    const auditor = await app.idp.sign({ roles: ['AUDITOR'] });
    for (const token of [municipality, auditor]) {
      expect(code(await gql(token, '{ networks { id } }'))).toBe('FORBIDDEN');
      expect(code(await gql(token, 'mutation { registerPerson(input: { kind: OTHER, givenName: "A", familyName: "B" }) { id } }'))).toBe(
        'FORBIDDEN',
      );
    }
    expect(code(await gql(national, '{ networks { id } }', {}, null))).toBe('PURPOSE_REQUIRED');
    expect(code(await gql(national, '{ networks { id } }', {}, 'x'))).toBe('PURPOSE_REQUIRED');
    expect(code(await gql(national, '{ networks { id } }', {}, 'y'.repeat(201)))).toBe('PURPOSE_REQUIRED');
    expect(code(await gql(syd, 'mutation { createNetwork(input: { name: "N", category: OTHER, reach: LOCAL }) { id } }'))).toBe(
      'FORBIDDEN',
    );
    const counts = await rowCounts(app.database.url);
    // Audit tables may record the refusals; nothing else may change.
    for (const table of Object.keys(before).filter((t) => !t.startsWith('audit'))) expect(counts[table]).toBe(before[table]);
  });

  it('a failing mutation writes nothing: one transaction', async () => {
    const before = await rowCounts(app.database.url);
    const bad = await gql(syd, 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }', {
      c: ids.case,
      i: {
        level: 'HIGH',
        reach: 'LOCAL',
        relocationRequired: true,
        threatActorIds: [ids.actor, 'not-a-person-id'],
        assessedOn: '2026-11-01',
        reviewDue: '2027-01-01',
      },
    });
    expect(code(bad)).toBe('NOT_FOUND');
    const counts = await rowCounts(app.database.url);
    for (const table of Object.keys(before).filter((t) => !t.startsWith('audit'))) expect(counts[table]).toBe(before[table]);
  });

  it('a dump of every table and column holds none of the protected strings', async () => {
    const client = new pg.Client({ connectionString: app.database.url });
    await client.connect();
    try {
      const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      let dump = '';
      for (const { tablename } of tables.rows) {
        const rows = await client.query(`SELECT * FROM "${tablename}"`);
        for (const row of rows.rows) {
          for (const value of Object.values(row)) dump += `${Buffer.isBuffer(value) ? value.toString('latin1') : JSON.stringify(value)}\n`;
        }
      }
      expect(dump.length).toBeGreaterThan(1000);
      for (const secret of [...NAMES, SUMMARY, '199001010017', '9001010017', '200203142385', '0203142385'])
        expect(dump).not.toContain(secret);
      // Municipality codes that place a person or network exist only sealed: not in any registry table.
      const sealedTables = ['network_presence', 'known_location', 'registry_case', 'placement_assessment'];
      for (const table of sealedTables) {
        const rows = await client.query(`SELECT * FROM "${table}"`);
        const text = rows.rows
          .map((r) =>
            Object.values(r)
              .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v)))
              .join('|'),
          )
          .join('\n');
        for (const placeCode of ['1280', '1283', '0180', '1480']) expect(wordsOf(text).has(placeCode)).toBe(false);
      }
    } finally {
      await client.end();
    }
  });

  it('a sealed value moved to another row or column is an INTEGRITY_ERROR, never a null', async () => {
    const client = new pg.Client({ connectionString: app.database.url });
    await client.connect();
    try {
      await client.query('UPDATE person SET given_name_sealed = family_name_sealed WHERE id = $1', [ids.actor]);
      const moved = await gql(national, 'query($id: ID!) { person(id: $id) { givenName } }', { id: ids.actor });
      expect(code(moved)).toBe('INTEGRITY_ERROR');
      expect(JSON.stringify(moved)).not.toContain(NAMES[5]);
      await client.query('UPDATE person SET given_name_sealed = (SELECT given_name_sealed FROM person WHERE id = $2) WHERE id = $1', [
        ids.actor,
        ids.defector,
      ]);
      expect(code(await gql(national, 'query($id: ID!) { person(id: $id) { givenName } }', { id: ids.actor }))).toBe('INTEGRITY_ERROR');
    } finally {
      await client.end();
    }
  });

  it('the service log holds none of the protected strings, though it logged the integrity failures', async () => {
    const log = app.logs.join('\n');
    expect(log).toContain('SECURITY: a sealed value failed authentication');
    for (const secret of [...NAMES, SUMMARY, '199001010017', '9001010017', '200203142385']) expect(log).not.toContain(secret);
  });

  it('closes a case once, as COMPLETED or ABORTED only', async () => {
    expect(code(await gql(syd, 'mutation($c: ID!) { closeCase(caseId: $c, status: ACTIVE) { id } }', { c: ids.case }))).toBe(
      'BAD_USER_INPUT',
    );
    const closed = await gql(syd, 'mutation($c: ID!) { closeCase(caseId: $c, status: COMPLETED) { status } }', { c: ids.case });
    expect(closed.data?.closeCase.status).toBe('COMPLETED');
    expect(code(await gql(syd, 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { id } }', { c: ids.case }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
