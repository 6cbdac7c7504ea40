import { type Cause, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import * as sv from '../wording-sv.js';

/** Nearer home than the placement assessment's minimum distance; exactly at the minimum is far enough. */
export function findTooCloseToHome(context: CheckContext, destination: string): Cause[] {
  const limitKm = context.household.placementAssessment?.minDistanceFromHomeKm ?? null;
  if (limitKm === null) return [];
  const home = context.household.homeMunicipalityCode;
  const distanceKm = home === destination ? 0 : context.geography.distanceKm(home, destination);
  if (distanceKm >= limitKm) return [];
  return [{ ...householdCause(context.household, destination, 'DISTANCE_FROM_HOME'), distanceKm, limitKm }];
}

// Rounded down so the message never shows a distance equal to the limit it falls short of.
function roundedDown(value: number): number {
  return Math.floor(value * 10) / 10;
}

export const tooCloseToHome: Rule = {
  code: 'TOO_CLOSE_TO_HOME',
  severity: 'BLOCK',
  explain: inLanguages({
    en(causes) {
      const cause = causes[0];
      if (cause?.distanceKm === undefined || cause.limitKm === undefined) {
        return 'This municipality is nearer home than the placement assessment allows.';
      }
      return `This municipality is ${roundedDown(cause.distanceKm)} km from home, nearer than the placement assessment's minimum of ${cause.limitKm} km.`;
    },
    sv(causes) {
      const cause = causes[0];
      if (cause?.distanceKm === undefined || cause.limitKm === undefined) {
        return 'Den här kommunen ligger närmare hemkommunen än placeringsbedömningen tillåter.';
      }
      return `Den här kommunen ligger ${sv.decimal(roundedDown(cause.distanceKm))} km från hemkommunen, närmare än placeringsbedömningens minimiavstånd på ${sv.decimal(cause.limitKm)} km.`;
    },
  }),
  evaluate: findTooCloseToHome,
  flagsAt: (context, destination) => (findTooCloseToHome(context, destination).length > 0 ? 'BLOCK' : undefined),
};
