/**
 * The household's actual areas in a period: where its members really live or spend time besides the
 * registered home municipality. The distance and home rules count each as a home of the household.
 */
import type { CheckContext } from './check-context.js';
import { overlaps, validityInterval } from './period.js';
import type { ActualAreaKind, Confidence } from './vocabulary.js';
import { CONFIDENCES } from './vocabulary.js';

/** One municipality a member is known to be in during the period, at its strongest confidence. */
export interface HomeArea {
  readonly municipalityCode: string;
  readonly memberId: string;
  readonly kind: ActualAreaKind;
  readonly confidence: Confidence;
}

/**
 * Unconfirmed intelligence (POSSIBLE) warns and never blocks on its own: DOMAIN.md has the checker advise
 * and people decide, and an unconfirmed sighting that blocked would make every rumour a veto needing an
 * override; a confirmed or probable area is treated as the home it effectively is.
 */
export function blocksAsHome(confidence: Confidence | undefined): boolean {
  return confidence !== 'POSSIBLE';
}

const cache = new WeakMap<CheckContext, readonly HomeArea[]>();

/**
 * Every member's areas whose validity overlaps the period (a place they are in at any time of the stay),
 * one entry per municipality: the strongest confidence wins, then the first member in household order.
 * Ordered by municipality code so that causes come out in a stable order.
 */
export function homeAreasOf(context: CheckContext): readonly HomeArea[] {
  let found = cache.get(context);
  if (found) return found;
  const byCode = new Map<string, HomeArea>();
  for (const member of context.household.members) {
    for (const area of member.actualAreas ?? []) {
      if (!overlaps(validityInterval(area), context.interval)) continue;
      const known = byCode.get(area.municipalityCode);
      if (known && CONFIDENCES.indexOf(known.confidence) <= CONFIDENCES.indexOf(area.confidence)) continue;
      byCode.set(area.municipalityCode, {
        municipalityCode: area.municipalityCode,
        memberId: member.personId,
        kind: area.kind,
        confidence: area.confidence,
      });
    }
  }
  found = [...byCode.values()].sort((a, b) =>
    a.municipalityCode < b.municipalityCode ? -1 : a.municipalityCode > b.municipalityCode ? 1 : 0,
  );
  cache.set(context, found);
  return found;
}
