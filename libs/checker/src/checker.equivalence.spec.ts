/**
 * The indexed checker (incremental facts, regional views that copy on demand, a ranking that reads sets by
 * municipality) against the checker before it (testing/reference-checker.ts): the same DestinationCheck
 * objects, flag for flag and cause for cause, in the same order, for national coordination and for every
 * region's view. What the API answers is worded from these, so equal checks are equal answers.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { municipalities, privacyAreaOf, POLICE_REGIONS, areNeighbours, distanceKm, findMunicipality } from '@registry/geo';
import { areaView } from './area-view.js';
import { checkDestination } from './check.js';
import type { Geography } from './geography.js';
import { buildNationalFacts } from './national-facts.js';
import { rankDestinations } from './ranking.js';
import { fakeGeography } from './testing/fake-world.js';
import { smallAreaOf, worldArb } from './testing/random-world.js';
import { referenceAreaView, referenceCheck, referenceNationalFacts, referenceRank } from './testing/reference-checker.js';
import { SYNTHETIC_TEN_TIMES, scaled, syntheticCountry } from './testing/synthetic-country.js';

describe('the indexed checker answers as the checker before it', () => {
  it('on random small worlds: every check and the whole ranking, national and in each region’s view', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const geography = fakeGeography({ codes: world.codes, neighbours: world.neighbours, distances: world.distances });
        const options = { today: world.today, nearbyRadiusKm: world.radius };
        const areaOf = smallAreaOf(world.codes);
        const national = buildNationalFacts(world.national);
        const reference = referenceNationalFacts(world.national);
        const views = [
          { facts: national, reference },
          ...(['SYD', 'NORD'] as const).map((region) => ({
            facts: areaView(national, { region, areaOf }),
            reference: referenceAreaView(reference, { region, areaOf }),
          })),
        ];
        for (const view of views) {
          expect(rankDestinations(world.household, view.facts, geography, world.period, options)).toStrictEqual(
            referenceRank(world.household, view.reference, geography, world.period, options),
          );
          for (const code of world.codes) {
            expect(checkDestination(world.household, view.facts, geography, code, world.period, options)).toStrictEqual(
              referenceCheck(world.household, view.reference, geography, code, world.period, options),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on the synthetic country on the real map: rankings and checks of many households, national and regional', () => {
    const sweden: Geography = {
      codes: municipalities.map((m) => m.code),
      regionOf: (code) => findMunicipality(code)!.policeRegion,
      areNeighbours,
      distanceKm,
    };
    const areaOf = (code: string) => privacyAreaOf(code)?.codes ?? [code];
    const today = '2026-11-30';
    const period = { startDate: '2026-12-07', endDate: '2027-06-04' };
    const options = { today, nearbyRadiusKm: 30 };
    // Half the ten-times scale keeps the old checker's 290 full checks per ranking within a test's time.
    const country = syntheticCountry(sweden.codes, today, scaled(SYNTHETIC_TEN_TIMES, 0.5));
    const national = buildNationalFacts(country.national);
    const reference = referenceNationalFacts(country.national);
    for (let i = 0; i < 24; i += 1) {
      const household = country.households[(i * 97) % country.households.length]!;
      const region = POLICE_REGIONS[i % POLICE_REGIONS.length]!;
      const [facts, old] =
        i % 3 === 0 ? [national, reference] : [areaView(national, { region, areaOf }), referenceAreaView(reference, { region, areaOf })];
      const ranked = rankDestinations(household, facts, sweden, period, options);
      expect(ranked).toStrictEqual(referenceRank(household, old, sweden, period, options));
      expect(rankDestinations(household, facts, sweden, period, { ...options, limit: 20 })).toStrictEqual(ranked.slice(0, 20));
      const code = sweden.codes[(i * 31) % sweden.codes.length]!;
      expect(checkDestination(household, facts, sweden, code, period, options)).toStrictEqual(
        referenceCheck(household, old, sweden, code, period, options),
      );
    }
  });
});
