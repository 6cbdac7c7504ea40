/**
 * rankDestinations at ten times national scale must stay well under 100 ms: the API ranks all 290
 * municipalities per request. The country is invented but shaped like the real one in size. Outside jest a
 * warm ranking takes about 10 ms; the bounds leave room for jest's module sandbox and a busy machine.
 */
import { describe, expect, it } from '@jest/globals';
import type { PoliceRegion } from '@registry/geo';
import type { HouseholdFacts, NationalFactsInput, OccupancyFact } from './facts.js';
import type { Geography } from './geography.js';
import { buildNationalFacts } from './national-facts.js';
import { rankDestinations } from './ranking.js';
import { CONFIDENCES, REACHES } from './vocabulary.js';

/** mulberry32: a seeded generator, so the world is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const dateOf = (offset: number): string => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
const maybeEnd = (from: number): string | null => (random() < 0.5 ? null : dateOf(from + Math.floor(random() * 900)));

function swedishGeography(): Geography {
  const codes = Array.from({ length: 290 }, (_, i) => String(1000 + i));
  const centroids = new Map(codes.map((code) => [code, { lat: 55.3 + random() * 13.7, lon: 11.1 + random() * 13 }]));
  const regions: PoliceRegion[] = ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'];
  const toRad = Math.PI / 180;
  const distanceKm = (a: string, b: string): number => {
    const p = centroids.get(a)!;
    const q = centroids.get(b)!;
    const h =
      Math.sin(((q.lat - p.lat) * toRad) / 2) ** 2 +
      Math.cos(p.lat * toRad) * Math.cos(q.lat * toRad) * Math.sin(((q.lon - p.lon) * toRad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };
  const neighbours = new Set<string>();
  for (const a of codes) for (const b of codes) if (a < b && distanceKm(a, b) < 45) neighbours.add(`${a}|${b}`);
  return {
    codes,
    regionOf: (code) => regions[Number(code) % regions.length]!,
    areNeighbours: (a, b) => neighbours.has(a < b ? `${a}|${b}` : `${b}|${a}`),
    distanceKm,
  };
}

function tenTimesNational(codes: readonly string[]): NationalFactsInput {
  const networkIds = Array.from({ length: 600 }, (_, i) => `net-${i}`);
  const personIds = Array.from({ length: 20_000 }, (_, i) => `person-${i}`);
  const occupancies: OccupancyFact[] = [];
  for (let i = 0; i < 2_000; i += 1) {
    const start = Math.floor(random() * 800);
    occupancies.push({
      id: `placement-${i}`,
      caseId: `case-${i}`,
      region: pick(['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'] as const),
      personIds: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(personIds)),
      municipalityCode: pick(codes),
      startDate: dateOf(start),
      endDate: dateOf(start + 180 + Math.floor(random() * 500)),
      kind: random() < 0.9 ? 'PLACEMENT' : 'RESERVATION',
    });
  }
  return {
    networks: networkIds.map((id) => ({ id, category: 'LOCAL_NETWORK', reach: pick(REACHES) })),
    relations: Array.from({ length: 3_000 }, () => {
      const from = Math.floor(random() * 800);
      return {
        a: pick(networkIds),
        b: pick(networkIds),
        kind: random() < 0.7 ? 'RIVAL' : 'ALLIED',
        validFrom: dateOf(from),
        validTo: maybeEnd(from),
      } as const;
    }),
    presences: Array.from({ length: 5_000 }, () => {
      const from = Math.floor(random() * 800);
      return {
        networkId: pick(networkIds),
        municipalityCode: pick(codes),
        confidence: pick(CONFIDENCES),
        validFrom: dateOf(from),
        validTo: maybeEnd(from),
      };
    }),
    knownLocations: Array.from({ length: 3_000 }, () => {
      const from = Math.floor(random() * 800);
      return { personId: pick(personIds), municipalityCode: pick(codes), validFrom: dateOf(from), validTo: maybeEnd(from) };
    }),
    affiliations: Array.from({ length: 30_000 }, () => {
      const from = Math.floor(random() * 800);
      return {
        personId: pick(personIds),
        networkId: pick(networkIds),
        role: 'MEMBER',
        confidence: pick(CONFIDENCES),
        validFrom: dateOf(from),
        validTo: maybeEnd(from),
      } as const;
    }),
    occupancies,
    personalConflicts: Array.from({ length: 2_000 }, () => ({
      personId: pick(personIds),
      otherPersonId: pick(personIds),
      kind: 'THREAT' as const,
    })),
  };
}

describe('rankDestinations at ten times national scale', () => {
  const geography = swedishGeography();
  const national = buildNationalFacts(tenTimesNational(geography.codes));
  const household: HouseholdFacts = {
    caseId: 'case-ranked',
    region: 'SYD',
    homeMunicipalityCode: geography.codes[0]!,
    members: ['person-1', 'person-2', 'person-3'].map((personId, i) => ({
      personId,
      kind: i === 0 ? 'DEFECTOR' : 'RELATIVE',
      surveillanceHold: false,
      affiliations: [0, 1, 2].map((n) => ({
        networkId: `net-${i * 3 + n}`,
        role: 'FORMER_MEMBER' as const,
        confidence: 'CONFIRMED' as const,
        validFrom: '2020-01-01',
        validTo: '2023-01-01',
      })),
      conflicts: [{ otherPersonId: `person-${100 + i}`, kind: 'WITNESS' as const }],
    })),
    eligibility: {
      meetsDefinition: true,
      motivated: true,
      consentToInformationExchange: true,
      signedConditions: true,
      evidencePerson: false,
    },
    threatAssessment: {
      level: 'HIGH',
      reach: 'NATIONAL',
      relocationRequired: true,
      threatActorIds: ['person-200', 'person-201'],
      threatNetworkIds: ['net-50', 'net-51'],
      assessedOn: '2026-01-01',
      reviewDue: '2026-06-01',
    },
    placementAssessment: {
      unsuitable: [],
      suitableCodes: [],
      minDistanceFromHomeKm: 100,
      assessedOn: '2026-01-01',
      reviewDue: '2026-06-01',
    },
  };
  const period = { startDate: '2026-03-01', endDate: '2026-08-28' };

  // How fast it does so is measured by `npm run bench:checker` ("in process: ranking"), never by a test.
  it('ranks all 290 municipalities of a busy world, the same answer on every call', () => {
    const first = rankDestinations(household, national, geography, period, { today: '2026-03-01' });
    const again = rankDestinations(household, national, geography, period, { today: '2026-03-01' });
    expect(first).toHaveLength(290);
    expect(again).toEqual(first);
    // The world is busy enough that the ranking has real work to do.
    expect(first.some((check) => check.cleared)).toBe(true);
    expect(first.some((check) => check.flags.some((flag) => flag.code === 'RIVAL_NETWORK_PRESENCE'))).toBe(true);
    expect(first.some((check) => check.flags.some((flag) => flag.code === 'RIVAL_PLACEMENT_NEARBY'))).toBe(true);
    expect(first.some((check) => check.flags.some((flag) => flag.code === 'CO_PLACEMENT'))).toBe(true);
  });
});
