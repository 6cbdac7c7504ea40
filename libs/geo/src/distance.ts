import { municipalities } from './registry.js';

/** Mean Earth radius (IUGG), in km: the radius the contract's great-circle distances use. */
export const EARTH_RADIUS_KM = 6371.0088;

const count = municipalities.length;
const indexByCode: ReadonlyMap<string, number> = new Map(municipalities.map((m, index) => [m.code, index]));

/** Filled on first use: the checker asks for distances to all 290 destinations on every ranking. */
let matrix: Float64Array | undefined;

/** Great-circle distance in km between two municipalities' centroids. */
export function distanceKm(a: string, b: string): number {
  const i = indexOf(a);
  const j = indexOf(b);
  matrix ??= buildMatrix();
  return matrix[i * count + j];
}

/** Haversine distance in km between two WGS 84 points given in degrees. */
export function haversineKm(latitudeA: number, longitudeA: number, latitudeB: number, longitudeB: number): number {
  const toRadians = Math.PI / 180;
  const halfDeltaLatitude = ((latitudeB - latitudeA) * toRadians) / 2;
  const halfDeltaLongitude = ((longitudeB - longitudeA) * toRadians) / 2;
  const h =
    Math.sin(halfDeltaLatitude) ** 2 +
    Math.cos(latitudeA * toRadians) * Math.cos(latitudeB * toRadians) * Math.sin(halfDeltaLongitude) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function indexOf(code: string): number {
  const index = indexByCode.get(code);
  // The code stays out of the message: it may be where a protected person is placed.
  if (index === undefined) throw new RangeError('Unknown municipality code');
  return index;
}

function buildMatrix(): Float64Array {
  const distances = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    const a = municipalities[i];
    for (let j = i + 1; j < count; j++) {
      const b = municipalities[j];
      // Computed once per pair and mirrored, so distanceKm(a, b) === distanceKm(b, a) exactly.
      const km = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
      distances[i * count + j] = km;
      distances[j * count + i] = km;
    }
  }
  return distances;
}
