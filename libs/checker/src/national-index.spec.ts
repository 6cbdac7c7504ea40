/**
 * Incremental facts: after any sequence of changes, the index applied change by change holds exactly what
 * a fresh build of the changed rows holds, every map and every list in its order; and so do the regional
 * views made from it, and the checks run on it.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PoliceRegion } from '@registry/geo';
import { areaView } from './area-view.js';
import { CowMap } from './cow-map.js';
import { InvalidDateError } from './period.js';
import { keyedNationalFacts, type KeyedNationalFacts, type NationalFactsDelta, NationalFactsIndex } from './national-index.js';
import { rankDestinations } from './ranking.js';
import { canonicalFacts } from './testing/canonical-facts.js';
import { fakeGeography } from './testing/fake-world.js';
import { smallAreaOf, worldArb } from './testing/random-world.js';
import { CONFIDENCES, KEEP_APART_SCOPES, PERSONAL_CONFLICT_KINDS, REACHES } from './vocabulary.js';

const NETWORKS = ['N0', 'N1', 'N2', 'N3', 'N4', 'N5'];
const PERSONS = ['H0', 'H1', 'H2', 'P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
const CODES = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'];
const REGIONS: PoliceRegion[] = ['SYD', 'NORD'];
const dateOf = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const validity = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }))
  .map(([from, length]) => ({ validFrom: dateOf(from), validTo: length === null ? null : dateOf(Math.min(20, from + length)) }));
const network = fc.constantFrom(...NETWORKS);
const person = fc.constantFrom(...PERSONS);
const code = fc.constantFrom(...CODES);
// Existing keys are positions ('0', '1', ... or '00', '01', ...); new ones sort before, between and after them.
const key = fc.oneof(fc.nat({ max: 12 }).map(String), fc.constantFrom('a', 'k1', 'k2', '05x', 'z'));

const rows = {
  networks: fc.record({ id: network, category: fc.constant('OTHER' as const), reach: fc.constantFrom(...REACHES) }),
  relations: fc
    .record({ a: network, b: network, kind: fc.constantFrom('RIVAL', 'ALLIED' as const), validity })
    .map(({ validity: v, ...rest }) => ({ ...rest, ...v })),
  presences: fc
    .record({ networkId: network, municipalityCode: code, confidence: fc.constantFrom(...CONFIDENCES), validity })
    .map(({ validity: v, ...rest }) => ({ ...rest, ...v })),
  knownLocations: fc.record({ personId: person, municipalityCode: code, validity }).map(({ validity: v, ...rest }) => ({ ...rest, ...v })),
  affiliations: fc
    .record({
      personId: person,
      networkId: network,
      role: fc.constantFrom('MEMBER', 'FORMER_MEMBER' as const),
      confidence: fc.constantFrom(...CONFIDENCES),
      validity,
    })
    .map(({ validity: v, ...rest }) => ({ ...rest, ...v })),
  occupancies: fc
    .record({
      caseId: fc.constantFrom('C-own', 'C1', 'C2', 'C3'),
      region: fc.constantFrom(...REGIONS),
      personIds: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }),
      municipalityCode: code,
      start: fc.integer({ min: 0, max: 15 }),
      length: fc.integer({ min: 0, max: 40 }),
      kind: fc.constantFrom('PLACEMENT', 'RESERVATION' as const),
    })
    .map(({ start, length, ...rest }) => ({ ...rest, startDate: dateOf(start), endDate: dateOf(start + length) })),
  // A conflict's scope or review date changed (reviewPersonalConflict) is a changed row; a closed one, a removed row.
  personalConflicts: fc
    .record({
      personId: person,
      otherPersonId: person,
      kind: fc.constantFrom(...PERSONAL_CONFLICT_KINDS),
      scope: fc.option(fc.constantFrom(...KEEP_APART_SCOPES), { nil: undefined }),
      reviewDue: fc.option(fc.integer({ min: 0, max: 20 }).map(dateOf), { nil: null }),
    })
    .map(({ scope, ...rest }) => ({ ...rest, ...(scope ? { scope } : {}) })),
  personRegions: fc.subarray(REGIONS),
};

type Kind = keyof KeyedNationalFacts;
interface Change {
  kind: Kind;
  key: string;
  row: unknown;
}

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  ...(Object.keys(rows) as Kind[]).map((kind) =>
    fc.record({
      kind: fc.constant(kind),
      // person regions are keyed by person
      key: kind === 'personRegions' ? person : key,
      row: fc.option(rows[kind] as fc.Arbitrary<unknown>, { nil: null, freq: 4 }),
    }),
  ),
);

function applyToRows(source: KeyedNationalFacts, changes: readonly Change[]): KeyedNationalFacts {
  const next = Object.fromEntries(Object.entries(source).map(([kind, map]) => [kind, new Map(map as Map<string, unknown>)])) as Record<
    Kind,
    Map<string, unknown>
  >;
  for (const { kind, key: k, row } of changes) {
    if (row === null) next[kind].delete(k);
    else next[kind].set(k, row);
  }
  return next as unknown as KeyedNationalFacts;
}

function deltaOf(changes: readonly Change[]): NationalFactsDelta {
  const delta: Partial<Record<Kind, Map<string, unknown>>> = {};
  for (const { kind, key: k, row } of changes) (delta[kind] ??= new Map()).set(k, row);
  return delta as NationalFactsDelta;
}

describe('NationalFactsIndex.apply', () => {
  it('after any run of changes holds what a fresh build holds, and so do regional views and rankings', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.array(fc.array(changeArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }),
        (world, batches) => {
          const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
          const areaOf = smallAreaOf(world.codes);
          const options = { today: world.today, nearbyRadiusKm: world.radius };
          let source = keyedNationalFacts(world.national);
          let index = NationalFactsIndex.build(source);
          for (const batch of batches) {
            // A change may name a municipality the small map lacks: the facts keep it, as the register would.
            source = applyToRows(source, batch);
            index = index.apply(deltaOf(batch));
            const fresh = NationalFactsIndex.build(source).facts;
            expect(canonicalFacts(index.facts)).toEqual(canonicalFacts(fresh));
            for (const region of REGIONS) {
              const view = areaView(index.facts, { region, areaOf });
              const freshView = areaView(fresh, { region, areaOf });
              expect(canonicalFacts(view)).toEqual(canonicalFacts(freshView));
              expect(rankDestinations(world.household, view, geography, world.period, options)).toStrictEqual(
                rankDestinations(world.household, freshView, geography, world.period, options),
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves the version it was applied to as it was', () => {
    const before = NationalFactsIndex.build(
      keyedNationalFacts({
        networks: [],
        relations: [],
        presences: [{ networkId: 'N0', municipalityCode: 'M0', confidence: 'CONFIRMED', validFrom: '2026-01-01', validTo: null }],
        knownLocations: [],
        affiliations: [],
        occupancies: [],
      }),
    );
    const snapshot = canonicalFacts(before.facts);
    const after = before.apply({ presences: new Map([['0', null]]) });
    expect(canonicalFacts(before.facts)).toEqual(snapshot);
    expect(after.facts.presencesByNetwork.size).toBe(0);
  });

  it('refuses a malformed date in a change, as a build does', () => {
    const index = NationalFactsIndex.build(
      keyedNationalFacts({ networks: [], relations: [], presences: [], knownLocations: [], affiliations: [], occupancies: [] }),
    );
    const bad = { networkId: 'N0', municipalityCode: 'M0', confidence: 'CONFIRMED' as const, validFrom: '2026-02-30', validTo: null };
    expect(() => index.apply({ presences: new Map([['x', bad]]) })).toThrow(InvalidDateError);
  });
});

describe('CowMap', () => {
  it('shares what a change does not touch and keeps every earlier map as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.option(fc.nat(), { nil: undefined })), { maxLength: 60 }),
        (changes) => {
          let map = CowMap.empty<number>();
          const plain = new Map<string, number>();
          const history: [CowMap<number>, Map<string, number>][] = [];
          for (const [k, value] of changes) {
            map = map.with([[k, value]]);
            if (value === undefined) plain.delete(k);
            else plain.set(k, value);
            history.push([map, new Map(plain)]);
          }
          for (const [version, expected] of history) {
            expect(version.size).toBe(expected.size);
            expect(new Map(version)).toEqual(expected);
            for (const k of expected.keys()) expect(version.get(k)).toBe(expected.get(k));
          }
        },
      ),
    );
  });
});
