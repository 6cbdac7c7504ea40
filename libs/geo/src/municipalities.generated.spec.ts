import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { GENERATED_MODULE_PATH, buildGeoModule, readGeoSources } from '../build/build-geo.mjs';

describe('municipalities.generated.ts', () => {
  it('is exactly what `npm run geo:build` makes of libs/geo/data', () => {
    const checkedIn = readFileSync(GENERATED_MODULE_PATH, 'utf8');
    expect(buildGeoModule(readGeoSources())).toBe(checkedIn);
  });

  it('refuses sources that disagree with each other', () => {
    const sources = readGeoSources();
    const withoutBurlov = sources.municipalitiesCsv.replace(/^1231,.*\n/m, '');
    expect(() => buildGeoModule({ ...sources, municipalitiesCsv: withoutBurlov })).toThrow(/290 municipalities/);
    const unknownRegion = sources.policeRegionsCsv.replace('12,Syd', '12,Söder');
    expect(() => buildGeoModule({ ...sources, policeRegionsCsv: unknownRegion })).toThrow(/unknown police region/);
  });
});
