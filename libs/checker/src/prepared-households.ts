/**
 * Prepared households (prepareHousehold's CheckContext) kept between checks, so that the next check or
 * ranking of a case reuses its household's side (rivals, threats, where they are) and whatever places and
 * occupancy summary earlier checks of it worked out.
 *
 * A context is only ever reused for the very same household object and national facts object, never for
 * equal-looking ones. Both are immutable: a change to the country's facts makes a new NationalFacts
 * (NationalFactsIndex.apply, or a new regional view), a change to the household a new HouseholdFacts. So
 * a context made before a change can never answer after it: the lookup for the new objects misses. The
 * contexts hang off their national facts weakly: when those are let go, so are their contexts.
 */
import { type CheckContext, type CheckOptions, prepareHousehold } from './check-context.js';
import type { HouseholdFacts } from './facts.js';
import type { Geography } from './geography.js';
import type { NationalFacts } from './national-facts.js';
import type { Period } from './period.js';

export class PreparedHouseholds {
  private readonly byFacts = new WeakMap<NationalFacts, Map<string, CheckContext>>();

  /** @param capacity contexts kept per national facts object (per version and view), the least recently used going first */
  constructor(private readonly capacity: number) {}

  /** prepareHousehold's answer for these arguments: a kept one if made from the same objects, else a new one. */
  prepare(household: HouseholdFacts, national: NationalFacts, geography: Geography, period: Period, options: CheckOptions): CheckContext {
    let contexts = this.byFacts.get(national);
    if (!contexts) this.byFacts.set(national, (contexts = new Map()));
    const key = [household.caseId, period.startDate, period.endDate, options.today, options.nearbyRadiusKm ?? ''].join('\u0000');
    const kept = contexts.get(key);
    // Same case, other object: the household changed since; the old context must never answer.
    if (kept && kept.household === household && kept.geography === geography) {
      // A Map keeps insertion order: moving the entry to the end makes it the most recently used.
      contexts.delete(key);
      contexts.set(key, kept);
      return kept;
    }
    const context = prepareHousehold(household, national, geography, period, options);
    contexts.delete(key);
    contexts.set(key, context);
    if (contexts.size > this.capacity) contexts.delete(contexts.keys().next().value as string);
    return context;
  }

  /** How many contexts are kept for these national facts. */
  sizeFor(national: NationalFacts): number {
    return this.byFacts.get(national)?.size ?? 0;
  }
}
