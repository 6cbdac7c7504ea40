/**
 * What the checker needs to know about municipalities. The API implements it from @registry/geo; the checker
 * depends on this shape only, so the rules can be tested on small invented maps.
 */
import type { PoliceRegion } from '@registry/geo';

export interface Geography {
  /** Every municipality's SCB code. */
  readonly codes: readonly string[];
  regionOf(code: string): PoliceRegion;
  /** Shared border; symmetric. */
  areNeighbours(a: string, b: string): boolean;
  /** Great-circle distance between centroids; symmetric, 0 for a code and itself. */
  distanceKm(a: string, b: string): number;
}

/** NEARBY_RADIUS_KM's default. */
export const DEFAULT_NEARBY_RADIUS_KM = 30;

/** A destination code the geography does not know; maps to BAD_USER_INPUT. */
export class UnknownMunicipalityError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Unknown municipality code');
    this.name = 'UnknownMunicipalityError';
  }
}

/** "Nearby": a shared border or a centroid within the radius (inclusive), never the place itself. */
export function isNearby(geography: Geography, a: string, b: string, radiusKm: number): boolean {
  return a !== b && (geography.areNeighbours(a, b) || geography.distanceKm(a, b) <= radiusKm);
}

interface GeographyCache {
  readonly index: ReadonlyMap<string, number>;
  /** Row-major centroid distances, filled on first use; a long-lived Geography pays for it once. */
  distances?: Float64Array;
  readonly nearbyByRadius: Map<number, Map<string, readonly string[]>>;
}

// Keyed by the geography object, so the cache lives exactly as long as the geography does.
const caches = new WeakMap<Geography, GeographyCache>();

function cacheFor(geography: Geography): GeographyCache {
  let cache = caches.get(geography);
  if (!cache) {
    cache = { index: new Map(geography.codes.map((code, i) => [code, i])), nearbyByRadius: new Map() };
    caches.set(geography, cache);
  }
  return cache;
}

export function isKnownMunicipality(geography: Geography, code: string): boolean {
  return cacheFor(geography).index.has(code);
}

function distanceTable(geography: Geography, cache: GeographyCache): Float64Array {
  if (!cache.distances) {
    const { codes } = geography;
    const n = codes.length;
    const table = new Float64Array(n * n);
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const km = geography.distanceKm(codes[i]!, codes[j]!);
        table[i * n + j] = km;
        table[j * n + i] = km;
      }
    }
    cache.distances = table;
  }
  return cache.distances;
}

/**
 * For every municipality, the distance to the nearest of `places` (0 when it is one of them); +Infinity when
 * there are none. Unknown codes among the places are ignored.
 */
export function distancesToNearest(geography: Geography, places: Iterable<string>): Map<string, number> {
  const cache = cacheFor(geography);
  const table = distanceTable(geography, cache);
  const n = geography.codes.length;
  const targets: number[] = [];
  for (const place of places) {
    const i = cache.index.get(place);
    if (i !== undefined) targets.push(i);
  }
  const result = new Map<string, number>();
  geography.codes.forEach((code, i) => {
    let nearest = Number.POSITIVE_INFINITY;
    for (const j of targets) nearest = Math.min(nearest, table[i * n + j]!);
    result.set(code, nearest);
  });
  return result;
}

/** The municipalities near `code`, nearest first (then by code). */
export function nearbyMunicipalities(geography: Geography, code: string, radiusKm: number): readonly string[] {
  const cache = cacheFor(geography);
  let byCode = cache.nearbyByRadius.get(radiusKm);
  if (!byCode) {
    byCode = new Map();
    cache.nearbyByRadius.set(radiusKm, byCode);
  }
  let nearby = byCode.get(code);
  if (!nearby) {
    const i = cache.index.get(code);
    if (i === undefined) return [];
    const table = distanceTable(geography, cache);
    const n = geography.codes.length;
    const found: { other: string; km: number }[] = [];
    geography.codes.forEach((other, j) => {
      const km = table[i * n + j]!;
      if (j !== i && (km <= radiusKm || geography.areNeighbours(code, other))) found.push({ other, km });
    });
    found.sort((x, y) => x.km - y.km || (x.other < y.other ? -1 : 1));
    nearby = found.map(({ other }) => other);
    byCode.set(code, nearby);
  }
  return nearby;
}
