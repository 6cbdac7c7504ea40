// Builds libs/geo/src/municipalities.generated.ts from the source files in libs/geo/data/.
// Plain JavaScript so that both `node scripts/geo-build.mjs` (Node 20 cannot run TypeScript) and the
// jest test that guards the checked-in file run the very same code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

export const GEO_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const GENERATED_MODULE_PATH = fileURLToPath(new URL('../src/municipalities.generated.ts', import.meta.url));

/**
 * Two outlines within this distance share a border. The outlines were simplified with shared vertices,
 * so real neighbours touch (758 pairs closer than 1 m) except where two counties' edges were simplified
 * apart (Nynäshamn–Trosa 1 m, Kristinehamn–Karlskoga 63 m). The nearest pairs that do not touch are
 * across water or a third municipality (Kungsör–Västerås 493 m, Sundsvall–Härnösand 807 m, then
 * Danderyd–Sundbyberg, Burlöv–Svedala beyond 1 km), so 300 m sits in the gap with room on both sides.
 */
export const NEIGHBOUR_TOLERANCE_M = 300;

const EXPECTED_MUNICIPALITIES = 290;
const EXPECTED_COUNTIES = 21;

/** The source files name police regions in Swedish; the contract spells them as these enum values. */
const POLICE_REGION_BY_SWEDISH_NAME = new Map([
  ['Nord', 'NORD'],
  ['Mitt', 'MITT'],
  ['Stockholm', 'STOCKHOLM'],
  ['Öst', 'OST'],
  ['Väst', 'VAST'],
  ['Syd', 'SYD'],
  ['Bergslagen', 'BERGSLAGEN'],
]);

export function readGeoSources(dataDir = GEO_DATA_DIR) {
  const read = (name) => readFileSync(join(dataDir, name), 'utf8');
  return {
    municipalitiesCsv: read('municipalities.csv'),
    countiesCsv: read('counties.csv'),
    policeRegionsCsv: read('police-regions.csv'),
    outlinesGeoJson: read('municipalities.geojson'),
  };
}

/** Returns the full text of the generated module; throws on any inconsistency in the sources. */
export function buildGeoModule(sources) {
  const counties = readCounties(sources.countiesCsv);
  const regionByCounty = readPoliceRegions(sources.policeRegionsCsv, counties);
  const municipalities = readMunicipalities(sources.municipalitiesCsv, counties);
  const outlines = readOutlines(sources.outlinesGeoJson, municipalities);
  const neighbours = findNeighbours(outlines);

  const rows = municipalities.map((m) => {
    const outline = outlines.get(m.code);
    const [latitude, longitude] = outline.properties.geo_point_2d;
    return {
      code: m.code,
      name: m.name,
      countyCode: m.countyCode,
      policeRegion: regionByCounty.get(m.countyCode),
      latitude,
      longitude,
      neighbours: [...neighbours.get(m.code)].sort(),
    };
  });
  return renderModule(counties, rows);
}

function parseCsv(text, header) {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines[0] !== header.join(',')) throw new Error(`expected CSV header ${header.join(',')}, got ${lines[0]}`);
  return lines.slice(1).map((line) => {
    // The sources hold no quoting; refuse it rather than mis-split a quoted comma.
    if (line.includes('"') || line.includes('\r')) throw new Error(`unsupported CSV line: ${line}`);
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`expected ${header.length} cells: ${line}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
  });
}

function readCounties(csv) {
  const counties = parseCsv(csv, ['county_code', 'county_name', 'county_name_short'])
    .map((row) => ({ code: row.county_code, name: row.county_name }))
    .sort((a, b) => compare(a.code, b.code));
  if (counties.length !== EXPECTED_COUNTIES) throw new Error(`expected ${EXPECTED_COUNTIES} counties, got ${counties.length}`);
  for (const county of counties) {
    if (!/^\d{2}$/.test(county.code)) throw new Error(`bad county code ${county.code}`);
  }
  if (new Set(counties.map((c) => c.code)).size !== counties.length) throw new Error('duplicate county code');
  return counties;
}

function readPoliceRegions(csv, counties) {
  const regionByCounty = new Map();
  for (const row of parseCsv(csv, ['county_code', 'police_region'])) {
    const region = POLICE_REGION_BY_SWEDISH_NAME.get(row.police_region);
    if (region === undefined) throw new Error(`unknown police region ${row.police_region}`);
    if (regionByCounty.has(row.county_code)) throw new Error(`county ${row.county_code} listed twice`);
    regionByCounty.set(row.county_code, region);
  }
  for (const county of counties) {
    if (!regionByCounty.has(county.code)) throw new Error(`county ${county.code} has no police region`);
  }
  if (regionByCounty.size !== counties.length) throw new Error('police regions name an unknown county');
  return regionByCounty;
}

function readMunicipalities(csv, counties) {
  const countyCodes = new Set(counties.map((c) => c.code));
  const header = ['municipality_code', 'municipality_name', 'municipality_name_short', 'county_code'];
  const municipalities = parseCsv(csv, header)
    .map((row) => ({ code: row.municipality_code, name: row.municipality_name_short, countyCode: row.county_code }))
    .sort((a, b) => compare(a.code, b.code));
  if (municipalities.length !== EXPECTED_MUNICIPALITIES) {
    throw new Error(`expected ${EXPECTED_MUNICIPALITIES} municipalities, got ${municipalities.length}`);
  }
  for (const m of municipalities) {
    if (!/^\d{4}$/.test(m.code)) throw new Error(`bad municipality code ${m.code}`);
    if (!countyCodes.has(m.countyCode)) throw new Error(`municipality ${m.code} names unknown county ${m.countyCode}`);
    // SCB codes begin with the county code; a mismatch means a mixed-up row.
    if (!m.code.startsWith(m.countyCode)) throw new Error(`municipality ${m.code} is not in county ${m.countyCode}`);
    if (m.name.trim() === '' || m.name !== m.name.trim()) throw new Error(`bad name for municipality ${m.code}`);
  }
  if (new Set(municipalities.map((m) => m.code)).size !== municipalities.length) throw new Error('duplicate municipality code');
  return municipalities;
}

function readOutlines(geoJson, municipalities) {
  const collection = JSON.parse(geoJson);
  const outlines = new Map();
  for (const feature of collection.features) {
    const code = feature.properties.id;
    if (outlines.has(code)) throw new Error(`two outlines for municipality ${code}`);
    outlines.set(code, feature);
  }
  for (const m of municipalities) {
    const outline = outlines.get(m.code);
    if (outline === undefined) throw new Error(`no outline for municipality ${m.code}`);
    if (outline.properties.lan_code !== m.countyCode) throw new Error(`outline of ${m.code} names another county`);
    // geo_point_2d is the source's area centroid, taken from finer borders than these outlines (an
    // area-weighted centroid of the outline lies within 0.5 km of it, median 45 m). turf.centerOfMass
    // is no substitute: it takes the convex hull of the 11 multi-part municipalities, which moves
    // Mora's by 8 km and drops Jönköping's into Vättern. Guard that the point lies inside.
    const [latitude, longitude] = outline.properties.geo_point_2d;
    if (!turf.booleanPointInPolygon(turf.point([longitude, latitude]), outline)) {
      throw new Error(`centroid of ${m.code} lies outside its outline`);
    }
  }
  if (outlines.size !== municipalities.length) throw new Error('an outline names an unknown municipality');
  return outlines;
}

/** Buffering each outline by half the tolerance turns "within the tolerance" into "buffers intersect". */
function findNeighbours(outlines) {
  const shapes = [...outlines.entries()].map(([code, outline]) => {
    const buffered = turf.buffer(outline, NEIGHBOUR_TOLERANCE_M / 2, { units: 'meters' });
    if (buffered === undefined) throw new Error(`could not buffer the outline of ${code}`);
    return { code, buffered, bbox: turf.bbox(buffered) };
  });
  const neighbours = new Map(shapes.map((s) => [s.code, new Set()]));
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i];
      const b = shapes[j];
      if (!boxesOverlap(a.bbox, b.bbox)) continue;
      if (turf.booleanIntersects(a.buffered, b.buffered)) {
        neighbours.get(a.code).add(b.code);
        neighbours.get(b.code).add(a.code);
      }
    }
  }
  return neighbours;
}

function boxesOverlap([aWest, aSouth, aEast, aNorth], [bWest, bSouth, bEast, bNorth]) {
  return aWest <= bEast && bWest <= aEast && aSouth <= bNorth && bSouth <= aNorth;
}

function renderModule(counties, rows) {
  const countyLines = counties.map((c) => `  { code: ${quote(c.code)}, name: ${quote(c.name)} },`);
  const municipalityLines = rows.map(
    (m) =>
      `  { code: ${quote(m.code)}, name: ${quote(m.name)}, countyCode: ${quote(m.countyCode)}, ` +
      `policeRegion: ${quote(m.policeRegion)}, latitude: ${number(m.latitude)}, longitude: ${number(m.longitude)}, ` +
      `neighbours: [${m.neighbours.map(quote).join(', ')}] },`,
  );
  return [
    '// Generated by `npm run geo:build` (scripts/geo-build.mjs) from libs/geo/data/. Do not edit.',
    "import type { County, Municipality } from './municipality.js';",
    '',
    '/** Sorted by code. */',
    'export const COUNTY_DATA: readonly County[] = [',
    ...countyLines,
    '];',
    '',
    '/**',
    ' * Sorted by code. Latitude and longitude (WGS 84) are the area centroid given by the source data;',
    ` * neighbours are the municipalities whose outlines come within ${NEIGHBOUR_TOLERANCE_M} m of this one.`,
    ' */',
    '// prettier-ignore',
    "export const MUNICIPALITY_DATA: readonly Omit<Municipality, 'countyName'>[] = [",
    ...municipalityLines,
    '];',
    '',
  ].join('\n');
}

function quote(text) {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function number(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a coordinate: ${value}`);
  return String(value);
}

/** Code order independent of the machine's locale. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
