#!/usr/bin/env node
/**
 * `npm run map`: turns libs/geo/data/municipalities.geojson into the console's map of Sweden,
 * src/features/destinations/map/sweden-map.generated.json (checked in; regenerate, never edit).
 *
 * Projected here, at build time, so the browser ships SVG path data only: no projection code, no tiles,
 * no geometry fetched from anywhere. Transverse Mercator on 15° E (the meridian of SWEREF 99 TM, the
 * national grid), so the country stands upright with little distortion. Each ring is simplified in
 * screen units with @turf/simplify; rings smaller than a few screen units (skerries) are dropped unless
 * they are all a municipality has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoTransverseMercator } from 'd3-geo';
import { simplify } from '@turf/simplify';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '..');
const geoData = resolve(webRoot, '../../libs/geo/data');
const out = join(webRoot, 'src/features/destinations/map/sweden-map.generated.json');

/** The fixed drawing area: every path is in these units; the page scales it. */
const WIDTH = 440;
const HEIGHT = 1000;
const PADDING = 6;
/** Simplification tolerance in drawing units (1 unit is about 1.6 km). */
const TOLERANCE = 0.35;
/** Rings with a smaller area (square drawing units) are dropped unless they are a municipality's largest. */
const MIN_RING_AREA = 0.6;

const REGION_CODES = {
  Nord: 'NORD',
  Mitt: 'MITT',
  Stockholm: 'STOCKHOLM',
  Öst: 'OST',
  Väst: 'VAST',
  Syd: 'SYD',
  Bergslagen: 'BERGSLAGEN',
};

function readCsv(file) {
  const [header, ...lines] = readFileSync(join(geoData, file), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i], value])));
}

const regionOfCounty = new Map(
  readCsv('police-regions.csv').map((row) => {
    const code = REGION_CODES[row.police_region];
    if (!code) throw new Error(`unknown police region ${row.police_region}`);
    return [row.county_code, code];
  }),
);
const countyOfMunicipality = new Map(readCsv('municipalities.csv').map((row) => [row.municipality_code, row.county_code]));

const geojson = JSON.parse(readFileSync(join(geoData, 'municipalities.geojson'), 'utf8'));
if (geojson.features.length !== 290) throw new Error(`expected 290 municipalities, found ${geojson.features.length}`);

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

// Fit to the points themselves: d3's spherical polygons depend on ring winding, points do not.
const allPoints = geojson.features.flatMap((f) => polygonsOf(f.geometry).flat(2));
const projection = geoTransverseMercator()
  .rotate([-15, 0])
  .fitExtent(
    [
      [PADDING, PADDING],
      [WIDTH - PADDING, HEIGHT - PADDING],
    ],
    { type: 'MultiPoint', coordinates: allPoints },
  );

const round = (value) => Math.round(value * 10) / 10;

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(sum / 2);
}

function pathOf(rings) {
  return rings
    .map((ring) => {
      const points = ring.slice(0, -1).map(([x, y]) => `${round(x)} ${round(y)}`);
      return `M${points.join('L')}Z`;
    })
    .join('');
}

const municipalities = {};
const regionBounds = {};
for (const feature of [...geojson.features].sort((a, b) => a.properties.id.localeCompare(b.properties.id))) {
  const code = feature.properties.id;
  const county = countyOfMunicipality.get(code);
  const region = regionOfCounty.get(county);
  if (!county || !region) throw new Error(`municipality ${code} has no county or police region`);

  const projected = {
    type: 'MultiPolygon',
    coordinates: polygonsOf(feature.geometry).map((polygon) => polygon.map((ring) => ring.map((point) => projection(point)))),
  };
  const simplified = simplify(projected, { tolerance: TOLERANCE, highQuality: true, mutate: true });
  const rings = simplified.coordinates.flat(1).filter((ring) => ring.length >= 4);
  const largest = Math.max(...rings.map(ringArea));
  const kept = rings.filter((ring) => ringArea(ring) >= MIN_RING_AREA || ringArea(ring) === largest);

  municipalities[code] = { region, d: pathOf(kept) };

  const bounds = (regionBounds[region] ??= [Infinity, Infinity, -Infinity, -Infinity]);
  for (const [x, y] of kept.flat(1)) {
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
  }
}

const regions = Object.fromEntries(
  Object.entries(regionBounds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, [x0, y0, x1, y1]]) => {
      const margin = 8;
      return [region, [x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin].map((v) => Math.round(v))];
    }),
);

const map = {
  generated: 'by scripts/build-map.mjs from libs/geo/data/municipalities.geojson; do not edit',
  viewBox: [0, 0, WIDTH, HEIGHT],
  regions,
  municipalities,
};
const json = JSON.stringify(map);
writeFileSync(out, `${json}\n`);
process.stdout.write(
  `wrote ${relative(process.cwd(), out)} (${Object.keys(municipalities).length} municipalities, ${Math.round(json.length / 1024)} KB)\n`,
);
