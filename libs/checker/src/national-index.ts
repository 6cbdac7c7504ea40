/**
 * The national facts kept as rows by key (the register's row ids), so that a change to one row makes the
 * next version of the facts by touching that row's entries only: the lists it was or is in, the maps above
 * them (bucket by bucket, cow-map.ts), and what follows from it (who counts as protected, and so whose
 * affiliations matter to rival placements). An index is never changed after it is made: `apply` returns a
 * new one, and a request still reading the previous version reads it undisturbed.
 *
 * Equivalence: for any keyed facts F and delta D, `build(F).apply(D).facts` equals `build(F + D).facts`,
 * lists and all, provided keys are given in ascending order (a full load sorts by row id) — new keys take
 * their place in that order.
 */
import type { PoliceRegion } from '@registry/geo';
import { CowMap } from './cow-map.js';
import type {
  AffiliationFact,
  KnownLocationFact,
  MemberConflict,
  NationalFactsInput,
  NetworkFact,
  OccupancyFact,
  PersonalConflictFact,
  PresenceFact,
  RelationFact,
} from './facts.js';
import { groupAll, insertSorted, keyed, regroup, sourceKeyOf } from './group-index.js';
import type {
  IndexedAffiliation,
  IndexedLocation,
  IndexedOccupancy,
  IndexedPresence,
  IndexedRelation,
  NationalFacts,
  OccupancyStanding,
} from './national-facts.js';
import { periodInterval, toDayNumber, validityInterval } from './period.js';
import { DEFAULT_KEEP_APART_SCOPE } from './vocabulary.js';

/** The country as rows by key. Keys order the facts (causes come in key order); person regions are keyed by person. */
export interface KeyedNationalFacts {
  readonly networks: ReadonlyMap<string, NetworkFact>;
  readonly relations: ReadonlyMap<string, RelationFact>;
  readonly presences: ReadonlyMap<string, PresenceFact>;
  readonly knownLocations: ReadonlyMap<string, KnownLocationFact>;
  readonly affiliations: ReadonlyMap<string, AffiliationFact>;
  readonly occupancies: ReadonlyMap<string, OccupancyFact>;
  readonly personalConflicts: ReadonlyMap<string, PersonalConflictFact>;
  readonly personRegions: ReadonlyMap<string, readonly PoliceRegion[]>;
}

type RowOf<K extends keyof KeyedNationalFacts> = KeyedNationalFacts[K] extends ReadonlyMap<string, infer V> ? V : never;

/** Rows to put (by key) or, as null, to take away. */
export type NationalFactsDelta = { readonly [K in keyof KeyedNationalFacts]?: ReadonlyMap<string, RowOf<K> | null> };

/** Zero-padded positions: keys that sort in the order the facts were listed. */
function positional<T>(items: readonly T[]): Map<string, T> {
  const width = String(items.length).length;
  return new Map(items.map((item, i) => [String(i).padStart(width, '0'), item]));
}

/** Plain arrays as keyed facts, keyed by position; person regions by person (the last listing wins). */
export function keyedNationalFacts(input: NationalFactsInput): KeyedNationalFacts {
  return {
    networks: positional(input.networks),
    relations: positional(input.relations),
    presences: positional(input.presences),
    knownLocations: positional(input.knownLocations),
    affiliations: positional(input.affiliations),
    occupancies: positional(input.occupancies),
    personalConflicts: positional(input.personalConflicts ?? []),
    personRegions: new Map((input.personRegions ?? []).map((entry) => [entry.personId, [...entry.regions]])),
  };
}

interface IndexedConflict {
  readonly personId: string;
  readonly otherPersonId: string;
  /** As listed under personId, and under otherPersonId. */
  readonly entries: readonly [MemberConflict, MemberConflict];
}

/** Every row, indexed, by key: what `apply` needs to take a row's old entries out. */
interface Rows {
  readonly networks: CowMap<NetworkFact>;
  readonly relations: CowMap<IndexedRelation>;
  readonly presences: CowMap<IndexedPresence>;
  readonly locations: CowMap<IndexedLocation>;
  readonly affiliations: CowMap<IndexedAffiliation>;
  readonly occupancies: CowMap<IndexedOccupancy>;
  readonly conflicts: CowMap<IndexedConflict>;
}

interface Derived {
  readonly networks: CowMap<NetworkFact>;
  readonly relationsByNetwork: CowMap<readonly IndexedRelation[]>;
  readonly presencesByNetwork: CowMap<readonly IndexedPresence[]>;
  readonly locationsByPerson: CowMap<readonly IndexedLocation[]>;
  readonly affiliationsByPerson: CowMap<readonly IndexedAffiliation[]>;
  readonly conflictsByPerson: CowMap<readonly MemberConflict[]>;
  readonly occupancies: readonly IndexedOccupancy[];
  readonly standings: readonly OccupancyStanding[];
  readonly occupanciesByMunicipality: CowMap<readonly IndexedOccupancy[]>;
  readonly occupanciesByPerson: CowMap<readonly IndexedOccupancy[]>;
  readonly protectedPersonRegion: CowMap<PoliceRegion>;
  readonly protectedAffiliationsByNetwork: CowMap<readonly IndexedAffiliation[]>;
  readonly personRegions: CowMap<readonly PoliceRegion[]>;
}

// Each row becomes an indexed fact once; the indexes hold these objects, so taking a row out is by identity.
const indexRelation = (key: string, r: RelationFact): IndexedRelation =>
  keyed({ a: r.a, b: r.b, kind: r.kind, interval: validityInterval(r) }, key);
const indexPresence = (key: string, p: PresenceFact): IndexedPresence =>
  keyed({ networkId: p.networkId, municipalityCode: p.municipalityCode, confidence: p.confidence, interval: validityInterval(p) }, key);
const indexLocation = (key: string, l: KnownLocationFact): IndexedLocation =>
  keyed({ personId: l.personId, municipalityCode: l.municipalityCode, interval: validityInterval(l) }, key);
const indexAffiliation = (key: string, a: AffiliationFact): IndexedAffiliation =>
  keyed({ personId: a.personId, networkId: a.networkId, role: a.role, confidence: a.confidence, interval: validityInterval(a) }, key);
const indexOccupancy = (key: string, o: OccupancyFact): IndexedOccupancy =>
  keyed(
    {
      id: o.id,
      caseId: o.caseId,
      region: o.region,
      personIds: [...o.personIds],
      municipalityCode: o.municipalityCode,
      interval: periodInterval(o),
      kind: o.kind,
    },
    key,
  );
// A conflict is listed under both persons; the first entry sorts before the second (a conflict with oneself lists both).
/** A conflict's scope and review date, only when given: a default conflict indexes as it always did. */
const terms = (c: PersonalConflictFact): Pick<MemberConflict, 'scope' | 'reviewDue'> => {
  if (c.reviewDue) toDayNumber(c.reviewDue); // InvalidDateError now, not in a later check
  return {
    ...(c.scope !== undefined && c.scope !== DEFAULT_KEEP_APART_SCOPE ? { scope: c.scope } : {}),
    ...(c.reviewDue ? { reviewDue: c.reviewDue } : {}),
  };
};
const indexConflict = (key: string, c: PersonalConflictFact): IndexedConflict => ({
  personId: c.personId,
  otherPersonId: c.otherPersonId,
  entries: [
    keyed({ otherPersonId: c.otherPersonId, kind: c.kind, ...terms(c) }, `${key}\u0000`),
    keyed({ otherPersonId: c.personId, kind: c.kind, ...terms(c) }, `${key}\u0001`),
  ],
});
const indexNetwork = (key: string, n: NetworkFact): NetworkFact => keyed({ ...n }, key);

const relationGroups = (r: IndexedRelation) => (r.b !== r.a ? [r.a, r.b] : [r.a]);
const byNetwork = (p: { networkId: string }) => [p.networkId];
const byPerson = (p: { personId: string }) => [p.personId];
const byMunicipality = (o: IndexedOccupancy) => [o.municipalityCode];
const byPersons = (o: IndexedOccupancy) => o.personIds;

/** One list per municipality, shared by every exact standing there (a ranking's pass notes findings per list). */
const codeLists = new Map<string, readonly string[]>();
function codeList(code: string): readonly string[] {
  let list = codeLists.get(code);
  if (!list) codeLists.set(code, (list = [code]));
  return list;
}

/** The standing of an exact occupancy: made once per occupancy. */
const standings = new WeakMap<IndexedOccupancy, OccupancyStanding>();
function standingOf(occupancy: IndexedOccupancy): OccupancyStanding {
  let standing = standings.get(occupancy);
  if (!standing) {
    standing = { occupancy, codes: codeList(occupancy.municipalityCode), exact: occupancy };
    standings.set(occupancy, standing);
  }
  return standing;
}

/** Each row indexed, in key order: keys and items side by side (no pair per row: a load is hundreds of thousands). */
interface Indexed<I> {
  readonly keys: readonly string[];
  readonly items: readonly I[];
}

function indexAll<T, I>(rows: ReadonlyMap<string, T>, index: (key: string, row: T) => I): Indexed<I> {
  const keys = [...rows.keys()];
  // A full load reads in key order already; anything else is put in order.
  for (let i = 1; i < keys.length; i += 1) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  return { keys, items: keys.map((key) => index(key, rows.get(key)!)) };
}

function* pairs<I>({ keys, items }: Indexed<I>): Generator<readonly [string, I]> {
  for (let i = 0; i < keys.length; i += 1) yield [keys[i]!, items[i]!];
}

/** The network each id names: the last row in key order, as a Map built from a list keeps the last. */
function networksById(networks: readonly NetworkFact[]): CowMap<NetworkFact> {
  return CowMap.from(networks.map((network) => [network.id, network] as const));
}

function firstRegions(
  occupanciesByPerson: CowMap<readonly IndexedOccupancy[]>,
  persons: Iterable<string>,
): [string, PoliceRegion | undefined][] {
  return [...persons].map((personId) => [personId, occupanciesByPerson.get(personId)?.[0]?.region]);
}

/** What a delta does to one kind of row: the indexed rows it takes out and puts in, and the next rows. */
function change<T, I extends object>(
  rows: CowMap<I>,
  delta: ReadonlyMap<string, T | null> | undefined,
  index: (key: string, row: T) => I,
): { rows: CowMap<I>; removed: I[]; added: I[] } {
  if (!delta || delta.size === 0) return { rows, removed: [], added: [] };
  const removed: I[] = [];
  const added: I[] = [];
  const changes: [string, I | undefined][] = [];
  for (const [key, row] of delta) {
    const old = rows.get(key);
    if (old) removed.push(old);
    const next = row === null ? undefined : index(key, row);
    if (next) added.push(next);
    changes.push([key, next]);
  }
  return { rows: rows.with(changes), removed, added };
}

export class NationalFactsIndex {
  readonly facts: NationalFacts;

  private constructor(
    private readonly rows: Rows,
    private readonly derived: Derived,
  ) {
    this.facts = {
      networks: derived.networks,
      relationsByNetwork: derived.relationsByNetwork,
      presencesByNetwork: derived.presencesByNetwork,
      locationsByPerson: derived.locationsByPerson,
      affiliationsByPerson: derived.affiliationsByPerson,
      occupanciesByMunicipality: derived.occupanciesByMunicipality,
      occupancyStandings: derived.standings,
      protectedPersonRegion: derived.protectedPersonRegion,
      conflictsByPerson: derived.conflictsByPerson,
      protectedAffiliationsByNetwork: derived.protectedAffiliationsByNetwork,
      personRegions: derived.personRegions,
    };
  }

  /** Validates every date (InvalidDateError on a malformed one) and indexes everything. */
  static build(source: KeyedNationalFacts): NationalFactsIndex {
    const networks = indexAll(source.networks, indexNetwork);
    const relations = indexAll(source.relations, indexRelation);
    const presences = indexAll(source.presences, indexPresence);
    const locations = indexAll(source.knownLocations, indexLocation);
    const affiliations = indexAll(source.affiliations, indexAffiliation);
    const occupancies = indexAll(source.occupancies, indexOccupancy);
    const conflicts = indexAll(source.personalConflicts, indexConflict);

    const occupancyList = occupancies.items;
    const occupanciesByPerson = groupAll(occupancyList, byPersons);
    const protectedPersonRegion = CowMap.from(firstRegions(occupanciesByPerson, occupanciesByPerson.keys()) as [string, PoliceRegion][]);
    const affiliationList = affiliations.items;
    const conflictsByPerson = new Map<string, MemberConflict[]>();
    for (const conflict of conflicts.items) {
      for (const [personId, entry] of [
        [conflict.personId, conflict.entries[0]],
        [conflict.otherPersonId, conflict.entries[1]],
      ] as const) {
        const list = conflictsByPerson.get(personId);
        if (list) list.push(entry);
        else conflictsByPerson.set(personId, [entry]);
      }
    }
    return new NationalFactsIndex(
      {
        networks: CowMap.from(pairs(networks)),
        relations: CowMap.from(pairs(relations)),
        presences: CowMap.from(pairs(presences)),
        locations: CowMap.from(pairs(locations)),
        affiliations: CowMap.from(pairs(affiliations)),
        occupancies: CowMap.from(pairs(occupancies)),
        conflicts: CowMap.from(pairs(conflicts)),
      },
      {
        networks: networksById(networks.items),
        relationsByNetwork: groupAll(relations.items, relationGroups),
        presencesByNetwork: groupAll(presences.items, byNetwork),
        locationsByPerson: groupAll(locations.items, byPerson),
        affiliationsByPerson: groupAll(affiliationList, byPerson),
        conflictsByPerson: CowMap.from(conflictsByPerson),
        occupancies: occupancyList,
        standings: occupancyList.map(standingOf),
        occupanciesByMunicipality: groupAll(occupancyList, byMunicipality),
        occupanciesByPerson,
        protectedPersonRegion,
        protectedAffiliationsByNetwork: groupAll(
          affiliationList.filter((a) => protectedPersonRegion.has(a.personId)),
          byNetwork,
        ),
        personRegions: CowMap.from([...source.personRegions].map(([personId, regions]) => [personId, [...regions]] as const)),
      },
    );
  }

  /** The next version: this one with the delta's rows put in or taken out. Validates the new rows' dates. */
  apply(delta: NationalFactsDelta): NationalFactsIndex {
    const { rows, derived } = this;
    const networks = change(rows.networks, delta.networks, indexNetwork);
    const relations = change(rows.relations, delta.relations, indexRelation);
    const presences = change(rows.presences, delta.presences, indexPresence);
    const locations = change(rows.locations, delta.knownLocations, indexLocation);
    const affiliations = change(rows.affiliations, delta.affiliations, indexAffiliation);
    const occupancies = change(rows.occupancies, delta.occupancies, indexOccupancy);
    const conflicts = change(rows.conflicts, delta.personalConflicts, indexConflict);

    let networksDerived = derived.networks;
    if (networks.removed.length + networks.added.length > 0) {
      // Two rows may name one id (never in the register, possibly in a test's list): the last in key order counts.
      const ids = new Set([...networks.removed, ...networks.added].map((network) => network.id));
      const last = new Map<string, NetworkFact>();
      for (const network of networks.rows.values()) {
        const current = last.get(network.id);
        if (ids.has(network.id) && (!current || sourceKeyOf(current) < sourceKeyOf(network))) last.set(network.id, network);
      }
      networksDerived = networksDerived.with([...ids].map((id) => [id, last.get(id)] as const));
    }

    const affiliationsByPerson = regroup(derived.affiliationsByPerson, affiliations.removed, affiliations.added, byPerson);

    // Occupancies: the ordered list, its groups, and who counts as protected from now on.
    let occupancyList = derived.occupancies;
    let occupanciesByMunicipality = derived.occupanciesByMunicipality;
    let occupanciesByPerson = derived.occupanciesByPerson;
    let protectedPersonRegion = derived.protectedPersonRegion;
    const protectedChanged = new Set<string>();
    if (occupancies.removed.length + occupancies.added.length > 0) {
      const gone = new Set(occupancies.removed);
      occupancyList = insertSorted(
        occupancyList.filter((o) => !gone.has(o)),
        occupancies.added,
      );
      occupanciesByMunicipality = regroup(occupanciesByMunicipality, occupancies.removed, occupancies.added, byMunicipality);
      occupanciesByPerson = regroup(occupanciesByPerson, occupancies.removed, occupancies.added, byPersons);
      const persons = new Set([...occupancies.removed, ...occupancies.added].flatMap((o) => o.personIds));
      const regions = firstRegions(occupanciesByPerson, persons);
      for (const [personId, region] of regions) {
        if ((protectedPersonRegion.get(personId) === undefined) !== (region === undefined)) protectedChanged.add(personId);
      }
      protectedPersonRegion = protectedPersonRegion.with(regions);
    }

    // Protected persons' affiliations: those of persons whose affiliations or protection changed.
    const affected = new Set([...protectedChanged, ...[...affiliations.removed, ...affiliations.added].map((a) => a.personId)]);
    const removedProtected: IndexedAffiliation[] = [];
    const addedProtected: IndexedAffiliation[] = [];
    for (const personId of affected) {
      const before = derived.protectedPersonRegion.has(personId) ? (derived.affiliationsByPerson.get(personId) ?? []) : [];
      const after = protectedPersonRegion.has(personId) ? (affiliationsByPerson.get(personId) ?? []) : [];
      const kept = new Set(after);
      removedProtected.push(...before.filter((a) => !kept.has(a)));
      const had = new Set(before);
      addedProtected.push(...after.filter((a) => !had.has(a)));
    }

    const conflictEntries = (list: IndexedConflict[]) =>
      list.flatMap((c) => [[c.personId, c.entries[0]] as const, [c.otherPersonId, c.entries[1]] as const]);
    const entryPerson = new Map(conflictEntries([...conflicts.removed, ...conflicts.added]).map(([personId, entry]) => [entry, personId]));
    const conflictsByPerson = regroup(
      derived.conflictsByPerson,
      conflictEntries(conflicts.removed).map(([, entry]) => entry),
      conflictEntries(conflicts.added).map(([, entry]) => entry),
      (entry) => [entryPerson.get(entry)!],
    );

    let personRegions = derived.personRegions;
    if (delta.personRegions && delta.personRegions.size > 0) {
      personRegions = personRegions.with(
        [...delta.personRegions].map(([personId, regions]) => [personId, regions === null ? undefined : [...regions]] as const),
      );
    }

    return new NationalFactsIndex(
      {
        networks: networks.rows,
        relations: relations.rows,
        presences: presences.rows,
        locations: locations.rows,
        affiliations: affiliations.rows,
        occupancies: occupancies.rows,
        conflicts: conflicts.rows,
      },
      {
        networks: networksDerived,
        relationsByNetwork: regroup(derived.relationsByNetwork, relations.removed, relations.added, relationGroups),
        presencesByNetwork: regroup(derived.presencesByNetwork, presences.removed, presences.added, byNetwork),
        locationsByPerson: regroup(derived.locationsByPerson, locations.removed, locations.added, byPerson),
        affiliationsByPerson,
        conflictsByPerson,
        occupancies: occupancyList,
        standings: occupancyList === derived.occupancies ? derived.standings : occupancyList.map(standingOf),
        occupanciesByMunicipality,
        occupanciesByPerson,
        protectedPersonRegion,
        protectedAffiliationsByNetwork: regroup(derived.protectedAffiliationsByNetwork, removedProtected, addedProtected, byNetwork),
        personRegions,
      },
    );
  }

  /**
   * The persons a row concerns as this version holds it (none for a key it does not hold): a loader learns
   * from it whose households a change to the row touches, and whose known locations to look at again.
   */
  personsOf(kind: 'affiliations' | 'knownLocations' | 'personalConflicts', key: string): string[] {
    if (kind === 'personalConflicts') {
      const conflict = this.rows.conflicts.get(key);
      return conflict ? [conflict.personId, conflict.otherPersonId] : [];
    }
    const row = (kind === 'affiliations' ? this.rows.affiliations : this.rows.locations).get(key);
    return row ? [row.personId] : [];
  }

  /** How many rows of each kind, for logs and benchmarks. */
  get counts(): Record<keyof Rows, number> {
    return Object.fromEntries(Object.entries(this.rows).map(([kind, rows]) => [kind, (rows as CowMap<unknown>).size])) as Record<
      keyof Rows,
      number
    >;
  }
}
