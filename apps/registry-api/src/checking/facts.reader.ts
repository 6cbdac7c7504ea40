import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AffiliationFact,
  KeyedNationalFacts,
  KnownLocationFact,
  NationalFactsDelta,
  NationalFactsIndex,
  NetworkFact,
  OccupancyFact,
  PersonalConflictFact,
  PresenceFact,
  RelationFact,
} from '@registry/checker';
import type { DataKey } from '@registry/crypto';
import type { PoliceRegion } from '@registry/geo';
import type { LoggedFactsChange } from '../facts/facts-changes.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import { FactsRepository, type Rows, type SealedPlaceRow } from './facts.repository.js';

/** What a run of changes does to the facts, and whose households it touches. */
export interface FactsDelta {
  readonly delta: NationalFactsDelta;
  /** Cases whose household facts (assessments, status) changed. */
  readonly cases: ReadonlySet<string>;
  /** Persons whose own facts (affiliations, conflicts, holds, actual areas) changed: every household they are in. */
  readonly persons: ReadonlySet<string>;
}

const byId = <T extends { id: string }, F>(rows: readonly T[], fact: (row: T) => F): Map<string, F> =>
  new Map(rows.map((row) => [row.id, fact(row)]));

/** Rows a change names: what was read, and null (taken away) for each id that is no longer there. */
function rowsNamed<F>(ids: readonly string[], found: ReadonlyMap<string, F>): Map<string, F | null> {
  return new Map(ids.map((id) => [id, found.get(id) ?? null]));
}

/**
 * Reads and decrypts the checker's national facts, all of them (a full load) or only the rows a run of
 * changes names (an instance catching up). Both go through the same queries and the same decryption, so
 * a row read either way is the same fact. Decrypted values stay in this process's memory only.
 */
@Injectable()
export class FactsReader {
  constructor(
    private readonly repository: FactsRepository,
    private readonly keys: DataKeysService,
  ) {}

  private openPlaces(key: DataKey, table: string, rows: readonly SealedPlaceRow[]): { row: SealedPlaceRow; code: string }[] {
    return rows.map((row) => ({ row, code: new RowSealer(key, table, row.id).open('municipality', row.municipality_sealed) }));
  }

  private networks(m: EntityManager, rows: Rows): Promise<Map<string, NetworkFact>> {
    return this.repository.networks(m, rows).then((found) => byId(found, ({ id, category, reach }) => ({ id, category, reach })));
  }

  // Rows that are already facts (plus their id) are used as they are: a load at a hundred times national
  // scale reads 300,000 affiliations, and a copy of each is memory the load does not need.
  private relations(m: EntityManager, rows: Rows): Promise<Map<string, RelationFact>> {
    return this.repository.relations(m, rows).then((found) => byId(found, (row) => row));
  }

  private async presences(m: EntityManager, intelligence: DataKey, rows: Rows): Promise<Map<string, PresenceFact>> {
    const found = this.openPlaces(intelligence, 'network_presence', await this.repository.presences(m, rows));
    return new Map(
      found.map(({ row, code }) => [
        row.id,
        {
          networkId: row.owner_id,
          municipalityCode: code,
          confidence: row.confidence ?? 'POSSIBLE',
          validFrom: row.valid_from,
          validTo: row.valid_to,
        },
      ]),
    );
  }

  private async knownLocations(m: EntityManager, intelligence: DataKey, rows: Rows): Promise<Map<string, KnownLocationFact>> {
    const found = this.openPlaces(intelligence, 'known_location', await this.repository.knownLocations(m, rows));
    return new Map(
      found.map(({ row, code }) => [
        row.id,
        { personId: row.owner_id, municipalityCode: code, validFrom: row.valid_from, validTo: row.valid_to },
      ]),
    );
  }

  private affiliations(m: EntityManager, rows: Rows): Promise<Map<string, AffiliationFact>> {
    return this.repository.affiliations(m, rows).then((found) => byId(found, (row) => row));
  }

  private conflicts(m: EntityManager, rows: Rows): Promise<Map<string, PersonalConflictFact>> {
    return this.repository.conflicts(m, rows).then((found) => byId(found, (row) => row));
  }

  private async occupancies(m: EntityManager, today: string, rows: Rows): Promise<Map<string, OccupancyFact>> {
    const found = new Map<string, OccupancyFact>();
    for (const row of await this.repository.occupancies(m, today, rows)) {
      // The query read the key's row as not shredded (and the key with it): no second probe per placement.
      const key = await this.keys.getReadAsLive(m, row.data_key_id, {
        purpose: 'CASE',
        kekVersion: row.kek_version,
        wrapped: row.wrapped_key,
      });
      const table = row.kind === 'PLACEMENT' ? 'placement' : 'proposal';
      found.set(row.id, {
        id: row.id,
        caseId: row.case_id,
        region: row.region,
        personIds: row.person_ids,
        municipalityCode: new RowSealer(key, table, row.id).open('municipality', row.municipality_sealed),
        startDate: row.start_date,
        endDate: row.end_date,
        kind: row.kind,
      });
    }
    return found;
  }

  private async personRegions(m: EntityManager, persons: Rows): Promise<Map<string, readonly PoliceRegion[]>> {
    return new Map((await this.repository.locatedPersonScopes(m, persons)).map((scope) => [scope.personId, scope.regions]));
  }

  /** The whole country. */
  async everything(m: EntityManager, today: string): Promise<KeyedNationalFacts> {
    const intelligence = await this.keys.networkIntelligence(m);
    // One kind after another: each kind's raw rows are garbage before the next arrives, which keeps the
    // memory a load needs at a hundred times national scale to the facts themselves.
    return {
      networks: await this.networks(m, 'all'),
      relations: await this.relations(m, 'all'),
      presences: await this.presences(m, intelligence, 'all'),
      knownLocations: await this.knownLocations(m, intelligence, 'all'),
      affiliations: await this.affiliations(m, 'all'),
      personalConflicts: await this.conflicts(m, 'all'),
      occupancies: await this.occupancies(m, today, 'all'),
      personRegions: await this.personRegions(m, 'all'),
    };
  }

  /**
   * The rows a run of changes names, read as they are now, against the facts they change: the delta that
   * brings `index` up to date, and the cases and persons whose household facts it touches. Reading a row's
   * present state makes a change idempotent: meeting it twice, or after a load that already saw it, is
   * harmless.
   */
  async changed(m: EntityManager, today: string, index: NationalFactsIndex, changes: readonly LoggedFactsChange[]): Promise<FactsDelta> {
    const ids = new Map<LoggedFactsChange['kind'], Set<string>>();
    for (const change of changes) {
      if (change.id === null) throw new Error(`a facts change of kind ${change.kind} names no row`);
      let set = ids.get(change.kind);
      if (!set) ids.set(change.kind, (set = new Set()));
      set.add(change.id);
    }
    const named = (kind: LoggedFactsChange['kind']): string[] => [...(ids.get(kind) ?? [])];
    const cases = new Set([...named('assessment'), ...named('case')]);
    // An actual area is a household fact: its change names the person, whose households are read anew.
    const persons = new Set([...named('hold'), ...named('actual-area')]);
    const scoped = new Set(named('person-scope'));
    const delta: { -readonly [K in keyof NationalFactsDelta]: NationalFactsDelta[K] } = {};

    const read = async <F>(kind: LoggedFactsChange['kind'], load: (rows: Rows) => Promise<Map<string, F>>) => {
      const wanted = named(kind);
      return wanted.length === 0 ? undefined : rowsNamed(wanted, await load({ ids: wanted }));
    };
    delta.networks = await read('network', (rows) => this.networks(m, rows));
    delta.relations = await read('relation', (rows) => this.relations(m, rows));
    const intelligence = ids.has('presence') || ids.has('known-location') ? await this.keys.networkIntelligence(m) : undefined;
    delta.presences = await read('presence', (rows) => this.presences(m, intelligence!, rows));
    delta.knownLocations = await read('known-location', (rows) => this.knownLocations(m, intelligence!, rows));
    delta.affiliations = await read('affiliation', (rows) => this.affiliations(m, rows));
    delta.personalConflicts = await read('conflict', (rows) => this.conflicts(m, rows));
    const placements = named('placement');
    const proposals = named('proposal');
    if (placements.length + proposals.length > 0) {
      const wanted = [...placements, ...proposals];
      delta.occupancies = rowsNamed(wanted, await this.occupancies(m, today, { ids: wanted }));
    }

    // Whose households the changed rows touch, as they were and as they are.
    for (const [key, row] of delta.affiliations ?? []) {
      for (const personId of index.personsOf('affiliations', key)) persons.add(personId);
      if (row) persons.add(row.personId);
    }
    for (const [key, row] of delta.personalConflicts ?? []) {
      for (const personId of index.personsOf('personalConflicts', key)) persons.add(personId);
      if (row) persons.add(row.personId).add(row.otherPersonId);
    }
    // A new or moved known location may make its person one whose regions a view must know.
    for (const [key, row] of delta.knownLocations ?? []) {
      for (const personId of index.personsOf('knownLocations', key)) scoped.add(personId);
      if (row) scoped.add(row.personId);
    }
    if (scoped.size > 0) delta.personRegions = rowsNamed([...scoped], await this.personRegions(m, { ids: [...scoped] }));

    for (const kind of Object.keys(delta) as (keyof NationalFactsDelta)[]) if (delta[kind] === undefined) delete delta[kind];
    return { delta, cases, persons };
  }
}
