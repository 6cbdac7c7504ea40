/**
 * Orders every municipality as a destination for one household. The order only advises: a high rank means
 * fewer known collisions, never that a place is safe.
 *
 * The order needs, per municipality, only which rules flag it and how severely, and two distances. So the
 * household's side is worked out once (prepareHousehold: its rivals, threats, and where they are), every
 * occupancy is read once into per-municipality sets (occupancySummary), and each rule answers "does it
 * flag here" from those sets (Rule.flagsAt) without building causes or sentences. Only the destinations
 * returned are checked in full, by the same rules a single check runs: the answer is the one 290 separate
 * checks, sorted, would give (ranking.spec.ts holds the two side by side).
 */
import { checkPrepared } from './check.js';
import { type CheckContext, type CheckOptions, prepareHousehold } from './check-context.js';
import type { HouseholdFacts } from './facts.js';
import { type Geography, distancesToNearest } from './geography.js';
import type { NationalFacts } from './national-facts.js';
import type { Period } from './period.js';
import type { DestinationCheck } from './rule.js';
import { RULES } from './rules/index.js';

export interface RankOptions extends CheckOptions {
  /** Check in full only the first `limit` destinations of the order (all by default). */
  limit?: number;
}

interface Ranked {
  readonly code: string;
  readonly blocks: number;
  readonly warnings: number;
  readonly nearestThreatKm: number;
  readonly homeKm: number;
}

/** Where the household's threats are during the period: rival networks, threat persons, rival or conflicting placements. */
function threatPlaces(context: CheckContext): Set<string> {
  return new Set<string>([
    ...context.rivalPresences.keys(),
    ...context.threatLocations.keys(),
    ...context.occupancySummary().threatPlaces(),
  ]);
}

function distance(geography: Geography, a: string, b: string): number {
  return a === b ? 0 : geography.distanceKm(a, b);
}

function compare(x: Ranked, y: Ranked): number {
  if ((x.blocks === 0) !== (y.blocks === 0)) return x.blocks === 0 ? -1 : 1;
  return (
    x.blocks - y.blocks ||
    x.warnings - y.warnings ||
    // Farther from the nearest threat, then farther from home, is better; Infinity (no threat) ties.
    (x.nearestThreatKm === y.nearestThreatKm ? 0 : y.nearestThreatKm > x.nearestThreatKm ? 1 : -1) ||
    y.homeKm - x.homeKm ||
    (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)
  );
}

/** How many flags block and warn at `code`: each rule's own answer, as checkPrepared would collect it. */
function severities(context: CheckContext, code: string): { blocks: number; warnings: number } {
  let blocks = 0;
  let warnings = 0;
  for (const rule of RULES) {
    let severity = rule.flagsAt?.(context, code);
    if (!rule.flagsAt) {
      const causes = rule.evaluate(context, code);
      severity = causes.length === 0 ? undefined : (rule.severityOf?.(causes) ?? rule.severity);
    }
    if (severity === 'BLOCK') blocks += 1;
    else if (severity === 'WARN') warnings += 1;
  }
  return { blocks, warnings };
}

/**
 * Orders every municipality: cleared first; then fewest blocks (zero for cleared ones) and fewest warnings;
 * then the greatest distance to the nearest place where a threat of this household is during the period;
 * then the greatest distance from home; then by code. Returns the full check of each, or of the first
 * `limit`.
 */
export function rankDestinations(
  household: HouseholdFacts,
  national: NationalFacts,
  geography: Geography,
  period: Period,
  options: RankOptions,
): DestinationCheck[] {
  return rankPrepared(prepareHousehold(household, national, geography, period, options), options.limit);
}

/** rankDestinations on a prepared household (one PreparedHouseholds kept, for instance). */
export function rankPrepared(context: CheckContext, limit?: number): DestinationCheck[] {
  const { household, geography } = context;
  const nearestThreatKm = distancesToNearest(geography, threatPlaces(context));
  const home = household.homeMunicipalityCode;
  const ranked = geography.codes.map((code): Ranked => ({
    code,
    ...severities(context, code),
    nearestThreatKm: nearestThreatKm.get(code) ?? Number.POSITIVE_INFINITY,
    homeKm: distance(geography, code, home),
  }));
  ranked.sort(compare);
  return ranked.slice(0, limit ?? ranked.length).map(({ code }) => checkPrepared(context, code));
}
