/**
 * Orders every municipality as a destination for one household. The order only advises: a high rank means
 * fewer known collisions, never that a place is safe.
 */
import { checkPrepared } from './check.js';
import { type CheckContext, type CheckOptions, prepareHousehold } from './check-context.js';
import type { HouseholdFacts } from './facts.js';
import { type Geography, distancesToNearest } from './geography.js';
import type { NationalFacts } from './national-facts.js';
import type { Period } from './period.js';
import type { DestinationCheck } from './rule.js';

interface Ranked {
  readonly check: DestinationCheck;
  readonly blocks: number;
  readonly warnings: number;
  readonly nearestThreatKm: number;
  readonly homeKm: number;
}

/** Where the household's threats are during the period: rival networks, threat persons, rival or conflicting placements. */
function threatPlaces(context: CheckContext): Set<string> {
  const places = new Set<string>([...context.rivalPresences.keys(), ...context.threatLocations.keys()]);
  for (const [code, occupants] of context.occupants) {
    if (occupants.some((occupant) => occupant.rivalNetworkId !== undefined || occupant.threat !== undefined)) {
      places.add(code);
    }
  }
  return places;
}

function distance(geography: Geography, a: string, b: string): number {
  return a === b ? 0 : geography.distanceKm(a, b);
}

function compare(x: Ranked, y: Ranked): number {
  if (x.check.cleared !== y.check.cleared) return x.check.cleared ? -1 : 1;
  return (
    x.blocks - y.blocks ||
    x.warnings - y.warnings ||
    // Farther from the nearest threat, then farther from home, is better; Infinity (no threat) ties.
    (x.nearestThreatKm === y.nearestThreatKm ? 0 : y.nearestThreatKm > x.nearestThreatKm ? 1 : -1) ||
    y.homeKm - x.homeKm ||
    (x.check.municipalityCode < y.check.municipalityCode ? -1 : x.check.municipalityCode > y.check.municipalityCode ? 1 : 0)
  );
}

/**
 * Checks every municipality and orders them: cleared first; then fewest blocks (zero for cleared ones) and
 * fewest warnings; then the greatest distance to the nearest place where a threat of this household is
 * during the period; then the greatest distance from home; then by code.
 */
export function rankDestinations(
  household: HouseholdFacts,
  national: NationalFacts,
  geography: Geography,
  period: Period,
  options: CheckOptions,
): DestinationCheck[] {
  const context = prepareHousehold(household, national, geography, period, options);
  const nearestThreatKm = distancesToNearest(geography, threatPlaces(context));
  const home = household.homeMunicipalityCode;
  const ranked = geography.codes.map((code): Ranked => {
    const check = checkPrepared(context, code);
    return {
      check,
      blocks: check.flags.filter((flag) => flag.severity === 'BLOCK').length,
      warnings: check.flags.filter((flag) => flag.severity === 'WARN').length,
      nearestThreatKm: nearestThreatKm.get(code) ?? Number.POSITIVE_INFINITY,
      homeKm: distance(geography, code, home),
    };
  });
  return ranked.sort(compare).map(({ check }) => check);
}
