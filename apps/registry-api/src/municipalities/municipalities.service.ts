import { Injectable } from '@nestjs/common';
import { municipalities as allMunicipalities, type Municipality as GeoMunicipality } from '@registry/geo';
import type { Municipality } from './models/municipality.model.js';

function toModel(m: GeoMunicipality): Municipality {
  return {
    code: m.code,
    name: m.name,
    county: { code: m.countyCode, name: m.countyName },
    policeRegion: m.policeRegion,
    latitude: m.latitude,
    longitude: m.longitude,
    neighbourCodes: m.neighbours,
  };
}

/** Public reference data, served from the compiled-in geography: no database round trip for it. */
@Injectable()
export class MunicipalitiesService {
  private readonly all: readonly Municipality[] = allMunicipalities.map(toModel);
  private readonly byCode = new Map(this.all.map((m) => [m.code, m]));

  list(): readonly Municipality[] {
    return this.all;
  }

  find(code: string): Municipality | undefined {
    return this.byCode.get(code);
  }
}
