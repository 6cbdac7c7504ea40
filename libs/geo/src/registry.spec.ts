import { describe, expect, it } from '@jest/globals';
import {
  POLICE_REGIONS,
  areNeighbours,
  counties,
  findCounty,
  findMunicipality,
  isMunicipalityCode,
  maxNeighbourCount,
  municipalities,
} from './index.js';

const STOCKHOLM = '0180';
const SOLNA = '0184';
const HUDDINGE = '0126';
const MALMO = '1280';
const BURLOV = '1231';
const VAXJO = '0780';
const ALVESTA = '0764';
const HELSINGBORG = '1283';
const HOGANAS = '1284';
const GOTLAND = '0980';

describe('municipalities and counties', () => {
  it('holds the 290 municipalities, sorted by unique four-digit code', () => {
    expect(municipalities).toHaveLength(290);
    const codes = municipalities.map((m) => m.code);
    expect(codes.every((code) => /^\d{4}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(290);
    expect(codes).toEqual([...codes].sort());
  });

  it('holds the 21 counties, each with at least one municipality whose code begins with it', () => {
    expect(counties).toHaveLength(21);
    for (const county of counties) {
      const members = municipalities.filter((m) => m.countyCode === county.code);
      expect(members.length).toBeGreaterThan(0);
      expect(members.every((m) => m.code.startsWith(county.code) && m.countyName === county.name)).toBe(true);
    }
  });

  it('gives every one of the 7 police regions at least one municipality, and no other region', () => {
    const used = new Set(municipalities.map((m) => m.policeRegion));
    expect([...used].sort()).toEqual([...POLICE_REGIONS].sort());
  });

  it('maps counties to the police regions the source table names', () => {
    expect(findMunicipality(STOCKHOLM)?.policeRegion).toBe('STOCKHOLM');
    expect(findMunicipality(GOTLAND)?.policeRegion).toBe('STOCKHOLM');
    expect(findMunicipality('0580')?.policeRegion).toBe('OST'); // Linköping
    expect(findMunicipality('1480')?.policeRegion).toBe('VAST'); // Göteborg
    expect(findMunicipality(MALMO)?.policeRegion).toBe('SYD');
    expect(findMunicipality('1880')?.policeRegion).toBe('BERGSLAGEN'); // Örebro
    expect(findMunicipality('0380')?.policeRegion).toBe('MITT'); // Uppsala
    expect(findMunicipality('2480')?.policeRegion).toBe('NORD'); // Umeå
  });

  it('finds a municipality by code with its short name and county', () => {
    expect(findMunicipality(MALMO)).toMatchObject({
      code: MALMO,
      name: 'Malmö',
      countyCode: '12',
      countyName: 'Skåne län',
    });
    expect(findMunicipality(STOCKHOLM)?.name).toBe('Stockholm');
    expect(findMunicipality('9999')).toBeUndefined();
    expect(findCounty('07')?.name).toBe('Kronobergs län');
    expect(findCounty('02')).toBeUndefined();
  });

  it('places every centroid inside Sweden', () => {
    for (const m of municipalities) {
      expect(m.latitude).toBeGreaterThan(55.3);
      expect(m.latitude).toBeLessThan(69.1);
      expect(m.longitude).toBeGreaterThan(10.9);
      expect(m.longitude).toBeLessThan(24.2);
    }
  });

  it('cannot be changed by a caller', () => {
    const malmo = findMunicipality(MALMO)!;
    expect(Object.isFrozen(municipalities)).toBe(true);
    expect(Object.isFrozen(malmo)).toBe(true);
    expect(Object.isFrozen(malmo.neighbours)).toBe(true);
    expect(Object.isFrozen(counties[0])).toBe(true);
  });
});

describe('isMunicipalityCode', () => {
  it('accepts known four-digit codes', () => {
    expect(isMunicipalityCode(STOCKHOLM)).toBe(true);
    expect(isMunicipalityCode(MALMO)).toBe(true);
    expect(isMunicipalityCode('2584')).toBe(true); // Kiruna
  });

  it.each(['180', '12800', 'abcd', '9999', '', ' 1280', '1280 ', '01'])('rejects %p', (code) => {
    expect(isMunicipalityCode(code)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isMunicipalityCode(1280)).toBe(false);
    expect(isMunicipalityCode(undefined)).toBe(false);
    expect(isMunicipalityCode(null)).toBe(false);
  });
});

describe('neighbours', () => {
  it.each([
    ['Stockholm', STOCKHOLM, 'Solna', SOLNA],
    ['Stockholm', STOCKHOLM, 'Huddinge', HUDDINGE],
    ['Malmö', MALMO, 'Burlöv', BURLOV],
    ['Växjö', VAXJO, 'Alvesta', ALVESTA],
    ['Helsingborg', HELSINGBORG, 'Höganäs', HOGANAS],
    ['Nynäshamn', '0192', 'Trosa', '0488'], // outlines 1 m apart at the county line
    ['Kristinehamn', '1781', 'Karlskoga', '1883'], // outlines 63 m apart at the county line
  ])('%s and %s share a border', (_a, a, _b, b) => {
    expect(areNeighbours(a, b)).toBe(true);
    expect(areNeighbours(b, a)).toBe(true);
    expect(findMunicipality(a)?.neighbours).toContain(b);
  });

  it.each([
    ['Växjö', VAXJO, 'Malmö', MALMO],
    ['Danderyd', '0162', 'Sundbyberg', '0183'], // Solna lies between
    ['Burlöv', BURLOV, 'Svedala', '1263'],
    ['Kungsör', '1960', 'Västerås', '1980'], // nearest non-touching outlines, 493 m across Mälaren
    ['Stockholm', STOCKHOLM, 'unknown', '9999'],
  ])('%s and %s do not', (_a, a, _b, b) => {
    expect(areNeighbours(a, b)).toBe(false);
    expect(areNeighbours(b, a)).toBe(false);
  });

  it('knows the longest neighbour list', () => {
    expect(maxNeighbourCount).toBe(10);
    expect(municipalities.some((m) => m.neighbours.length === maxNeighbourCount)).toBe(true);
  });

  it('leaves Gotland without neighbours, and only Gotland', () => {
    expect(findMunicipality(GOTLAND)?.neighbours).toEqual([]);
    expect(municipalities.filter((m) => m.neighbours.length === 0).map((m) => m.code)).toEqual([GOTLAND]);
  });

  it('is symmetric, irreflexive, sorted and names only known municipalities', () => {
    for (const m of municipalities) {
      expect(areNeighbours(m.code, m.code)).toBe(false);
      expect(m.neighbours).not.toContain(m.code);
      expect(m.neighbours).toEqual([...m.neighbours].sort());
      expect(new Set(m.neighbours).size).toBe(m.neighbours.length);
      expect(m.neighbours.every((code) => isMunicipalityCode(code))).toBe(true);
    }
    // Collected rather than asserted pair by pair: 84,100 expect calls would take seconds.
    const asymmetric: string[] = [];
    for (const a of municipalities) {
      for (const b of municipalities) {
        const listed = a.neighbours.includes(b.code);
        if (areNeighbours(a.code, b.code) !== listed || areNeighbours(b.code, a.code) !== listed) {
          asymmetric.push(`${a.code}-${b.code}`);
        }
      }
    }
    expect(asymmetric).toEqual([]);
  });
});
