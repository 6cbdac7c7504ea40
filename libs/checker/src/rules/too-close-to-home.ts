import { blocksAsHome, homeAreasOf } from '../actual-areas.js';
import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import type { Severity } from '../vocabulary.js';
import * as sv from '../wording-sv.js';

/**
 * Nearer home than the placement assessment's minimum distance; exactly at the minimum is far enough. The
 * distance is measured from the home municipality and from each of the members' actual areas in the period
 * (where they really are counts as home): one cause per place that is too near, nearest first.
 */
export function findTooCloseToHome(context: CheckContext, destination: string): Cause[] {
  const limitKm = context.household.placementAssessment?.minDistanceFromHomeKm ?? null;
  if (limitKm === null) return [];
  const distanceTo = (code: string): number => (code === destination ? 0 : context.geography.distanceKm(code, destination));
  const causes: Cause[] = [];
  const homeKm = distanceTo(context.household.homeMunicipalityCode);
  if (homeKm < limitKm)
    causes.push({ ...householdCause(context.household, destination, 'DISTANCE_FROM_HOME'), distanceKm: homeKm, limitKm });
  for (const area of homeAreasOf(context)) {
    const distanceKm = distanceTo(area.municipalityCode);
    if (distanceKm >= limitKm) continue;
    causes.push({
      ...householdCause(context.household, destination, 'DISTANCE_FROM_ACTUAL_AREA'),
      distanceKm,
      limitKm,
      memberId: area.memberId,
      confidence: area.confidence,
      actualAreaKind: area.kind,
    });
  }
  // Nearest first (the sentence names the first); at equal distance the home before an area.
  return causes
    .map((cause, order) => ({ cause, order }))
    .sort((a, b) => a.cause.distanceKm! - b.cause.distanceKm! || a.order - b.order)
    .map(({ cause }) => cause);
}

/** Unconfirmed areas alone only warn (actual-areas.ts); the home or a confirmed or probable area blocks. */
function blockingCause(cause: CauseView): boolean {
  return cause.kind !== 'DISTANCE_FROM_ACTUAL_AREA' || blocksAsHome(cause.confidence);
}

function severityOf(causes: readonly CauseView[]): Severity {
  return causes.some(blockingCause) ? 'BLOCK' : 'WARN';
}

// Rounded down so the message never shows a distance equal to the limit it falls short of.
function roundedDown(value: number): number {
  return Math.floor(value * 10) / 10;
}

export const tooCloseToHome: Rule = {
  code: 'TOO_CLOSE_TO_HOME',
  severity: 'BLOCK',
  severityOf,
  explain: inLanguages({
    en(causes) {
      const cause = causes[0];
      if (cause?.distanceKm === undefined || cause.limitKm === undefined) {
        return 'This municipality is nearer home than the placement assessment allows.';
      }
      if (cause.kind === 'DISTANCE_FROM_ACTUAL_AREA') {
        const unconfirmed = blocksAsHome(cause.confidence) ? '' : ' (unconfirmed)';
        return `This municipality is ${roundedDown(cause.distanceKm)} km from where a household member actually lives or spends time${unconfirmed}, nearer than the placement assessment's minimum of ${cause.limitKm} km.`;
      }
      return `This municipality is ${roundedDown(cause.distanceKm)} km from home, nearer than the placement assessment's minimum of ${cause.limitKm} km.`;
    },
    sv(causes) {
      const cause = causes[0];
      if (cause?.distanceKm === undefined || cause.limitKm === undefined) {
        return 'Den här kommunen ligger närmare hemkommunen än placeringsbedömningen tillåter.';
      }
      if (cause.kind === 'DISTANCE_FROM_ACTUAL_AREA') {
        const unconfirmed = blocksAsHome(cause.confidence) ? '' : ' (obekräftat)';
        return `Den här kommunen ligger ${sv.decimal(roundedDown(cause.distanceKm))} km från platsen där någon i hushållet faktiskt bor eller vistas${unconfirmed}, närmare än placeringsbedömningens minimiavstånd på ${sv.decimal(cause.limitKm)} km.`;
      }
      return `Den här kommunen ligger ${sv.decimal(roundedDown(cause.distanceKm))} km från hemkommunen, närmare än placeringsbedömningens minimiavstånd på ${sv.decimal(cause.limitKm)} km.`;
    },
  }),
  evaluate: findTooCloseToHome,
  flagsAt: (context, destination) => {
    const causes = findTooCloseToHome(context, destination);
    return causes.length === 0 ? undefined : severityOf(causes);
  },
};
