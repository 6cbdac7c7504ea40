/**
 * Privacy areas: a fixed partition of the 290 municipalities into areas of at least ten. When a regional
 * unit's check meets another region's household, the checker reports it for the household's whole area,
 * never its municipality (see docs/architecture.md, "Who may learn where").
 *
 * The partition is public and depends on the map alone, never on where anyone lives: an area drawn around a
 * household (its municipality and the nine nearest, say) would give the household away as its centre. Areas
 * start from the counties, merge the small ones with a bordering county (Gotland, which borders none, with
 * the nearest), and halve the large ones along their longer axis while both halves keep the minimum.
 */
import { distanceKm } from './distance.js';
import type { Municipality } from './municipality.js';
import { municipalities } from './registry.js';

/** The fewest municipalities an area may hold: LOCATION-PRIVACY's k. */
export const MIN_PRIVACY_AREA_SIZE = 10;

export interface PrivacyArea {
  /** Stable while the map is: the county codes it draws on and, for a halved county, its part. */
  readonly id: string;
  /** Sorted. */
  readonly codes: readonly string[];
}

interface Group {
  id: string;
  members: Municipality[];
}

function majorityRegion(group: Group): string {
  const counts = new Map<string, number>();
  for (const m of group.members) counts.set(m.policeRegion, (counts.get(m.policeRegion) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function borders(a: Group, b: Group): boolean {
  const codes = new Set(b.members.map((m) => m.code));
  return a.members.some((m) => m.neighbours.some((n) => codes.has(n)));
}

function gapKm(a: Group, b: Group): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const x of a.members) for (const y of b.members) nearest = Math.min(nearest, distanceKm(x.code, y.code));
  return nearest;
}

/** The group a too-small one joins: a bordering one (the nearest if none borders), same police region first, then the smallest. */
function partnerFor(small: Group, others: Group[]): Group {
  const bordering = others.filter((g) => borders(small, g));
  const pool = bordering.length > 0 ? bordering : [others.reduce((best, g) => (gapKm(small, g) < gapKm(small, best) ? g : best))];
  const region = majorityRegion(small);
  return [...pool].sort(
    (a, b) =>
      Number(majorityRegion(b) === region) - Number(majorityRegion(a) === region) ||
      a.members.length - b.members.length ||
      (a.id < b.id ? -1 : 1),
  )[0]!;
}

function halve(group: Group, minSize: number): Group[] {
  if (group.members.length < 2 * minSize) return [group];
  const lats = group.members.map((m) => m.latitude);
  const meanLat = lats.reduce((s, x) => s + x, 0) / lats.length;
  // East-west degrees shrink with latitude: compare the axes in kilometres' proportion.
  const xOf = (m: Municipality) => m.longitude * Math.cos((meanLat * Math.PI) / 180);
  const xs = group.members.map(xOf);
  const alongLongitude = Math.max(...xs) - Math.min(...xs) > Math.max(...lats) - Math.min(...lats);
  const key = alongLongitude ? xOf : (m: Municipality) => m.latitude;
  const sorted = [...group.members].sort((a, b) => key(a) - key(b) || (a.code < b.code ? -1 : 1));
  const middle = Math.floor(sorted.length / 2);
  return [
    ...halve({ id: `${group.id}.1`, members: sorted.slice(0, middle) }, minSize),
    ...halve({ id: `${group.id}.2`, members: sorted.slice(middle) }, minSize),
  ];
}

/** Builds the partition from a map; every area holds at least `minSize` municipalities. */
export function buildPrivacyAreas(map: readonly Municipality[], minSize = MIN_PRIVACY_AREA_SIZE): PrivacyArea[] {
  if (map.length < minSize) throw new Error('The map has fewer municipalities than one privacy area needs');
  const byCounty = new Map<string, Municipality[]>();
  for (const m of map) byCounty.set(m.countyCode, [...(byCounty.get(m.countyCode) ?? []), m]);
  let groups: Group[] = [...byCounty.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, members]) => ({ id, members }));
  for (;;) {
    const small = groups
      .filter((g) => g.members.length < minSize)
      .sort((a, b) => a.members.length - b.members.length || (a.id < b.id ? -1 : 1))[0];
    if (!small) break;
    const others = groups.filter((g) => g !== small);
    const partner = partnerFor(small, others);
    const merged: Group = { id: [partner.id, small.id].sort().join('+'), members: [...partner.members, ...small.members] };
    groups = [...others.filter((g) => g !== partner), merged];
  }
  return groups
    .flatMap((g) => halve(g, minSize))
    .map((g) => ({ id: g.id, codes: g.members.map((m) => m.code).sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Sweden's privacy areas. */
export const privacyAreas: readonly PrivacyArea[] = Object.freeze(buildPrivacyAreas(municipalities));

const areaByCode: ReadonlyMap<string, PrivacyArea> = new Map(privacyAreas.flatMap((area) => area.codes.map((code) => [code, area])));

/** The privacy area holding a municipality; undefined for an unknown code. */
export function privacyAreaOf(code: string): PrivacyArea | undefined {
  return areaByCode.get(code);
}
