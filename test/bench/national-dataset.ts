/**
 * A synthetic national data set written straight into the registry's tables with bulk SQL, sealed exactly
 * as the service seals it: the same RowSealer bindings (table, column, row id) and data keys made by the
 * service's own DataKeysService, so the service reads it as if it had written every row itself.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { municipalities, POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
import { DataKey } from '@registry/crypto';
import type { DataKeysService } from '../../apps/registry-api/src/protection/data-keys.service.js';
import { RowSealer } from '../../apps/registry-api/src/protection/sealer.js';

export interface DatasetScale {
  networks: number;
  relations: number;
  presences: number;
  persons: number;
  affiliations: number;
  /** ACTIVE cases, each with one active placement */
  placements: number;
  /** OPEN cases with a CLEARED proposal that still reserves its destination */
  reservations: number;
  /** OPEN cases with assessments and nothing proposed */
  openCases: number;
  knownLocations: number;
  conflicts: number;
}

/** Ten times today's national scale (see the conflict-checker issue). */
export const TEN_TIMES_TODAY: DatasetScale = {
  networks: 600,
  relations: 3000,
  presences: 5000,
  persons: 20000,
  affiliations: 30000,
  placements: 2000,
  reservations: 200,
  openCases: 300,
  knownLocations: 2000,
  conflicts: 1000,
};

/** Today's national scale: one tenth of the above. */
export const TODAY: DatasetScale = {
  networks: 60,
  relations: 300,
  presences: 500,
  persons: 2000,
  affiliations: 3000,
  placements: 200,
  reservations: 20,
  openCases: 30,
  knownLocations: 200,
  conflicts: 100,
};

export interface BenchCase {
  id: string;
  region: PoliceRegion;
}

export interface GeneratedDataset {
  cases: BenchCase[];
  counts: Record<string, number>;
}

/** Runs `work` in a transaction of the service's own (the UnitOfWork), for the DataKeysService. */
export type ServiceTransaction = <T>(work: (m: EntityManager) => Promise<T>) => Promise<T>;

/** mulberry32: a small seeded generator, so every run builds the same country. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Multi-row INSERT in batches under PostgreSQL's 65,535-parameter limit. */
async function insertRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const batch = Math.floor(60000 / columns.length);
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const params: unknown[] = [];
    const tuples = slice.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

const CATEGORIES = ['LOCAL_NETWORK', 'FAMILY_BASED', 'VIOLENT_EXTREMIST', 'PROJECT_BASED', 'SELF_MARKING_GROUP', 'RISK_SUPPORTER', 'OTHER'];
const REACHES = ['LOCAL', 'REGIONAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'];
const CONFIDENCES = ['CONFIRMED', 'PROBABLE', 'POSSIBLE'];
const GIVEN = ['Alva', 'Bo', 'Cleo', 'Dag', 'Elin', 'Frej', 'Gry', 'Hugo', 'Iris', 'Jon', 'Kim', 'Liv', 'Mio', 'Nils', 'Oda', 'Per'];
const FAMILY = ['Benchsson', 'Lastberg', 'Mätdal', 'Provlund', 'Testholm', 'Syntesson', 'Fiktivsson', 'Låtsasberg'];
const UNSUITABLE_REASONS = ['RIVAL_PRESENCE', 'THREAT_ACTOR', 'OWN_NETWORK', 'RELATIVES', 'VICTIM', 'WITNESS', 'OTHER'];
const HOUSING = ['PROTECTED_HOUSING', 'HVB', 'FOSTER_FAMILY', 'SUPPORTED_HOUSING', 'EMERGENCY_FOSTER', 'OWN_HOUSING'];

/**
 * The generator's own copy of a key the service made. The service's key cache wipes the keys it evicts
 * (at 100× scale it cannot hold them all), and the generator seals with every one of them for minutes.
 */
function ownCopy(key: DataKey): DataKey {
  return new DataKey(key.id, key.key);
}

/**
 * Builds and stores the country. Person and case keys come from `keys.create` (one per person, one per
 * case, as the service makes them), the network-intelligence key from `keys.networkIntelligence`.
 */
export async function generateNationalDataset(
  client: pg.ClientBase,
  transaction: ServiceTransaction,
  keys: DataKeysService,
  scale: DatasetScale,
  today: string,
): Promise<GeneratedDataset> {
  const random = seeded(20261123);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  /** Skewed towards the front of the list: a few big networks, many small ones. */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2)] as T;
  const pastDay = (maxDaysAgo: number) => addDays(today, -1 - int(maxDaysAgo));
  const codes = municipalities.map((m) => m.code);
  // Cities (codes ending 80-84) carry more presences and placements than their share.
  const urban = codes.filter((c) => Number(c.slice(2)) >= 80);
  const place = () => (random() < 0.5 ? pick(urban) : pick(codes));
  const sealer = (key: DataKey, table: string, id: string) => new RowSealer(key, table, id);

  const intelligence = ownCopy(await transaction((m) => keys.networkIntelligence(m)));

  // Networks, relations, presences.
  const networkIds = Array.from({ length: scale.networks }, () => randomUUID());
  await insertRows(
    client,
    'network',
    ['id', 'data_key_id', 'name_sealed', 'category', 'reach'],
    networkIds.map((id, i) => [
      id,
      intelligence.id,
      sealer(intelligence, 'network', id).seal('name', `Bench network ${i}`),
      pick(CATEGORIES),
      pick(REACHES),
    ]),
  );
  const pairs = new Set<string>();
  const relations: unknown[][] = [];
  while (relations.length < scale.relations) {
    const x = skewed(networkIds);
    const y = pick(networkIds);
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    if (pairs.has(`${a}${b}`)) continue;
    pairs.add(`${a}${b}`);
    const ended = random() < 0.1;
    const from = pastDay(3000);
    relations.push([randomUUID(), a, b, random() < 0.75 ? 'RIVAL' : 'ALLIED', from, ended ? addDays(from, 30 + int(300)) : null]);
  }
  await insertRows(client, 'network_relation', ['id', 'network_a_id', 'network_b_id', 'kind', 'valid_from', 'valid_to'], relations);
  await insertRows(
    client,
    'network_presence',
    ['id', 'network_id', 'municipality_sealed', 'confidence', 'valid_from', 'valid_to'],
    Array.from({ length: scale.presences }, () => {
      const id = randomUUID();
      const from = pastDay(2000);
      const ended = random() < 0.15;
      return [
        id,
        skewed(networkIds),
        sealer(intelligence, 'network_presence', id).seal('municipality', place()),
        pick(CONFIDENCES),
        from,
        ended ? addDays(from, 30 + int(400)) : null,
      ];
    }),
  );

  // Persons, each with a data key of their own (made by the service's DataKeysService).
  const personKeys = await transaction(async (m) => {
    const made: DataKey[] = [];
    for (let i = 0; i < scale.persons; i += 1) made.push(ownCopy(await keys.create(m, 'PERSON')));
    return made;
  });
  const caseCount = scale.placements + scale.reservations + scale.openCases;
  const caseKeys = await transaction(async (m) => {
    const made: DataKey[] = [];
    for (let i = 0; i < caseCount; i += 1) made.push(ownCopy(await keys.create(m, 'CASE')));
    return made;
  });

  interface Household {
    defector: number;
    relatives: number[];
  }
  let nextPerson = 0;
  const kinds: string[] = new Array(scale.persons).fill('OTHER');
  const households: Household[] = [];
  for (let c = 0; c < caseCount; c += 1) {
    const size = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3][int(20)] as number;
    const defector = nextPerson++;
    kinds[defector] = 'DEFECTOR';
    const relatives = Array.from({ length: size }, () => {
      const r = nextPerson++;
      kinds[r] = 'RELATIVE';
      return r;
    });
    households.push({ defector, relatives });
  }
  const threatActors: number[] = [];
  for (let i = nextPerson; i < scale.persons && threatActors.length < 3000; i += 1) {
    kinds[i] = 'THREAT_ACTOR';
    threatActors.push(i);
  }
  const personIds = personKeys.map(() => randomUUID());
  await insertRows(
    client,
    'person',
    ['id', 'data_key_id', 'kind', 'given_name_sealed', 'family_name_sealed', 'birth_year_sealed'],
    personIds.map((id, i) => {
      const key = personKeys[i] as DataKey;
      const s = sealer(key, 'person', id);
      return [
        id,
        key.id,
        kinds[i],
        s.seal('given_name', pick(GIVEN)),
        s.seal('family_name', pick(FAMILY)),
        s.seal('birth_year', String(1960 + int(50))),
      ];
    }),
  );

  // Affiliations: household members' (former) networks first, then the networks' other members.
  const affiliations: unknown[][] = [];
  const affiliate = (person: number, role: string) => {
    const from = pastDay(4000);
    const ended = role === 'FORMER_MEMBER' || random() < 0.2;
    affiliations.push([
      randomUUID(),
      personIds[person],
      skewed(networkIds),
      role,
      pick(CONFIDENCES),
      from,
      ended ? addDays(from, 60 + int(900)) : null,
    ]);
  };
  for (const household of households) {
    affiliate(household.defector, random() < 0.7 ? 'FORMER_MEMBER' : 'MEMBER');
    if (random() < 0.4) affiliate(household.defector, 'FORMER_MEMBER');
    for (const relative of household.relatives) if (random() < 0.2) affiliate(relative, 'ASSOCIATE');
  }
  const others = Array.from({ length: scale.persons - nextPerson }, (_, i) => nextPerson + i);
  while (affiliations.length < scale.affiliations)
    affiliate(pick(others), pick(['LEADER', 'MEMBER', 'MEMBER', 'MEMBER', 'ASSOCIATE', 'FORMER_MEMBER']));
  await insertRows(client, 'affiliation', ['id', 'person_id', 'network_id', 'role', 'confidence', 'valid_from', 'valid_to'], affiliations);

  await insertRows(
    client,
    'known_location',
    ['id', 'person_id', 'municipality_sealed', 'valid_from', 'valid_to'],
    Array.from({ length: scale.knownLocations }, () => {
      const id = randomUUID();
      return [
        id,
        personIds[pick(threatActors)],
        sealer(intelligence, 'known_location', id).seal('municipality', place()),
        pastDay(1000),
        null,
      ];
    }),
  );
  const conflictKeys = new Set<string>();
  const conflicts: unknown[][] = [];
  while (conflicts.length < scale.conflicts) {
    const household = pick(households);
    const person = personIds[household.defector] as string;
    const other = personIds[pick(threatActors)] as string;
    const kind = pick(['THREAT', 'VICTIM', 'WITNESS', 'ENMITY']);
    if (conflictKeys.has(`${person}${other}${kind}`)) continue;
    conflictKeys.add(`${person}${other}${kind}`);
    conflicts.push([randomUUID(), person, other, kind]);
  }
  await insertRows(client, 'personal_conflict', ['id', 'person_id', 'other_person_id', 'kind'], conflicts);

  // Cases with households, assessments, proposals and placements, sealed under each case's key.
  const year = Number(today.slice(0, 4));
  const cases: BenchCase[] = [];
  const caseRows: unknown[][] = [];
  const members: unknown[][] = [];
  const threats: unknown[][] = [];
  const assessments: unknown[][] = [];
  const proposals: unknown[][] = [];
  const placements: unknown[][] = [];
  households.forEach((household, c) => {
    const key = caseKeys[c] as DataKey;
    const id = randomUUID();
    const region = pick(POLICE_REGIONS);
    const home = pick(codes);
    const placed = c < scale.placements;
    const reserving = !placed && c < scale.placements + scale.reservations;
    cases.push({ id, region });
    caseRows.push([
      id,
      `AVH-${year}-${String(c + 1).padStart(6, '0')}`,
      key.id,
      region,
      placed ? 'ACTIVE' : 'OPEN',
      sealer(key, 'registry_case', id).seal('home_municipality', home),
      personIds[household.defector],
      true,
      true,
      true,
      true,
      false,
    ]);
    members.push([id, personIds[household.defector], 'DEFECTOR', 0]);
    household.relatives.forEach((r, i) => members.push([id, personIds[r], 'RELATIVE', i + 1]));

    const threatId = randomUUID();
    const assessedOn = pastDay(120);
    threats.push([
      threatId,
      id,
      pick(['LOW', 'HIGH', 'HIGH']),
      pick(REACHES),
      true,
      Array.from({ length: int(3) }, () => personIds[pick(threatActors)]),
      Array.from({ length: int(3) }, () => skewed(networkIds)),
      assessedOn,
      addDays(assessedOn, 180),
      sealer(key, 'threat_assessment', threatId).seal('summary', 'Synthetic benchmark assessment'),
    ]);
    const assessmentId = randomUUID();
    const unsuitable = [
      { code: home, reason: 'HOME_AREA' },
      ...Array.from({ length: int(4) }, () => ({ code: pick(codes), reason: pick(UNSUITABLE_REASONS) })),
    ];
    const unsuitableCodes = new Set(unsuitable.map((u) => u.code));
    const suitable =
      random() < 0.3
        ? [...new Set(Array.from({ length: 3 + int(3) }, () => pick(codes)))].filter((code) => !unsuitableCodes.has(code))
        : [];
    const s = sealer(key, 'placement_assessment', assessmentId);
    assessments.push([
      assessmentId,
      id,
      s.seal('unsuitable', JSON.stringify(unsuitable)),
      s.seal('suitable', JSON.stringify(suitable)),
      random() < 0.5 ? 50 + int(150) : null,
      assessedOn,
      addDays(assessedOn, 200),
    ]);

    if (!placed && !reserving) return;
    const proposalId = randomUUID();
    const destination = place();
    const start = placed ? pastDay(300) : addDays(today, 7 + int(60));
    const end = addDays(start, 365 + int(365));
    const checkedAt = new Date(`${placed ? start : today}T09:00:00Z`);
    const ps = sealer(key, 'proposal', proposalId);
    proposals.push([
      proposalId,
      id,
      ps.seal('municipality', destination),
      pick(HOUSING),
      start,
      end,
      placed ? 'PLACED' : 'CLEARED',
      ps.seal('check', JSON.stringify({ municipalityCode: destination, cleared: true, flags: [], checkedAt: checkedAt.toISOString() })),
      checkedAt,
      createHash('sha256')
        .update(`CLR-${randomBytes(16).toString('base64url')}`)
        .digest(),
    ]);
    if (placed) {
      const placementId = randomUUID();
      placements.push([
        placementId,
        id,
        proposalId,
        sealer(key, 'placement', placementId).seal('municipality', destination),
        pick(HOUSING),
        start,
        end,
      ]);
    }
  });
  await insertRows(
    client,
    'registry_case',
    [
      'id',
      'reference',
      'data_key_id',
      'region',
      'status',
      'home_municipality_sealed',
      'defector_id',
      'meets_definition',
      'motivated',
      'consent_to_information_exchange',
      'signed_conditions',
      'evidence_person',
    ],
    caseRows,
  );
  await client.query('INSERT INTO case_reference_counter (year, last_number) VALUES ($1, $2)', [year, caseCount]);
  await insertRows(client, 'case_member', ['case_id', 'person_id', 'role', 'position'], members);
  await insertRows(
    client,
    'threat_assessment',
    [
      'id',
      'case_id',
      'level',
      'reach',
      'relocation_required',
      'threat_actor_ids',
      'threat_network_ids',
      'assessed_on',
      'review_due',
      'summary_sealed',
    ],
    threats,
  );
  await insertRows(
    client,
    'placement_assessment',
    ['id', 'case_id', 'unsuitable_sealed', 'suitable_sealed', 'min_distance_from_home_km', 'assessed_on', 'review_due'],
    assessments,
  );
  await insertRows(
    client,
    'proposal',
    [
      'id',
      'case_id',
      'municipality_sealed',
      'housing_type',
      'start_date',
      'end_date',
      'status',
      'check_sealed',
      'checked_at',
      'clearance_reference_hash',
    ],
    proposals,
  );
  await insertRows(
    client,
    'placement',
    ['id', 'case_id', 'proposal_id', 'municipality_sealed', 'housing_type', 'start_date', 'end_date'],
    placements,
  );

  // Every instance's decrypted cache must learn that the facts changed: the bump FactsChanges.record makes,
  // without its re-check request (re-checking 2,000 synthetic placements would run during the measurements).
  await client.query("UPDATE facts_version SET version = nextval('facts_version_seq') WHERE singleton = 1");
  // Statistics for what was just loaded, as autovacuum would gather them; the service's own tables (the
  // audit log) are left as a fresh service has them.
  await client.query(
    'ANALYZE network, network_relation, network_presence, person, affiliation, known_location, personal_conflict, data_key, ' +
      'registry_case, case_member, threat_assessment, placement_assessment, proposal, placement',
  );

  return {
    cases,
    counts: {
      networks: networkIds.length,
      relations: relations.length,
      presences: scale.presences,
      persons: personIds.length,
      affiliations: affiliations.length,
      knownLocations: scale.knownLocations,
      conflicts: conflicts.length,
      cases: caseCount,
      activePlacements: placements.length,
      reservingProposals: proposals.length - placements.length,
    },
  };
}
