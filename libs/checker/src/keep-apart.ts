/**
 * A personal conflict's keep-apart scope: which places count as "together" for its two persons. Scopes
 * nest (vocabulary.ts): each includes every narrower one, so widening a conflict's scope never flags less.
 */
import { type Geography, isNearby } from './geography.js';
import { DEFAULT_KEEP_APART_SCOPE, KEEP_APART_SCOPES, type KeepApartScope } from './vocabulary.js';

/** An SCB municipality code's first two digits are its county's (län) code. */
export function countyOf(code: string): string {
  return code.slice(0, 2);
}

/** The wider of two scopes; absent is the default. */
export function widerScope(a: KeepApartScope | undefined, b: KeepApartScope | undefined): KeepApartScope {
  const x = a ?? DEFAULT_KEEP_APART_SCOPE;
  const y = b ?? DEFAULT_KEEP_APART_SCOPE;
  return KEEP_APART_SCOPES.indexOf(x) >= KEEP_APART_SCOPES.indexOf(y) ? x : y;
}

/** Whether a person standing in `place` is within `scope` of `destination`. */
export function withinScope(
  geography: Geography,
  nearbyRadiusKm: number,
  destination: string,
  place: string,
  scope: KeepApartScope,
): boolean {
  if (place === destination || scope === 'NATIONWIDE') return true;
  switch (scope) {
    case 'SAME_MUNICIPALITY':
      return false;
    case 'NEARBY':
      return isNearby(geography, destination, place, nearbyRadiusKm);
    case 'SAME_COUNTY':
      return countyOf(place) === countyOf(destination) || isNearby(geography, destination, place, nearbyRadiusKm);
    case 'SAME_POLICE_REGION':
      return (
        geography.regionOf(place) === geography.regionOf(destination) ||
        countyOf(place) === countyOf(destination) ||
        isNearby(geography, destination, place, nearbyRadiusKm)
      );
  }
}
