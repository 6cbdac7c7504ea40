import type { County, Municipality } from './municipality.js';
import { COUNTY_DATA, MUNICIPALITY_DATA } from './municipalities.generated.js';

const countyByCode: ReadonlyMap<string, County> = new Map(COUNTY_DATA.map((county) => [county.code, Object.freeze({ ...county })]));

/** The 21 counties, sorted by code. */
export const counties: readonly County[] = Object.freeze([...countyByCode.values()]);

/** The 290 municipalities, sorted by code; frozen, since every caller shares them. */
export const municipalities: readonly Municipality[] = Object.freeze(
  MUNICIPALITY_DATA.map((row) => {
    const county = countyByCode.get(row.countyCode);
    if (county === undefined) throw new Error('Generated geo data names an unknown county');
    return Object.freeze({ ...row, countyName: county.name, neighbours: Object.freeze([...row.neighbours]) });
  }),
);

/** The most neighbours any one municipality has: the longest `neighbours` list there is. */
export const maxNeighbourCount: number = Math.max(...municipalities.map((m) => m.neighbours.length));

const municipalityByCode: ReadonlyMap<string, Municipality> = new Map(municipalities.map((m) => [m.code, m]));

const neighbourSets: ReadonlyMap<string, ReadonlySet<string>> = new Map(municipalities.map((m) => [m.code, new Set(m.neighbours)]));

export function findMunicipality(code: string): Municipality | undefined {
  return municipalityByCode.get(code);
}

export function findCounty(code: string): County | undefined {
  return countyByCode.get(code);
}

/** True only for the exact four-digit SCB code of an existing municipality ("0180", never "180"). */
export function isMunicipalityCode(value: unknown): value is string {
  return typeof value === 'string' && municipalityByCode.has(value);
}

/** Whether two municipalities share a border; false for unknown codes and for a municipality and itself. */
export function areNeighbours(a: string, b: string): boolean {
  return neighbourSets.get(a)?.has(b) ?? false;
}
