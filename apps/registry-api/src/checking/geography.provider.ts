import { areNeighbours, distanceKm, findMunicipality, municipalities } from '@registry/geo';
import type { Geography } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';

/** The checker's view of the 290 municipalities, from the compiled-in reference data. One instance per process. */
export const swedishGeography: Geography = {
  codes: municipalities.map((m) => m.code),
  regionOf(code: string): PoliceRegion {
    const found = findMunicipality(code);
    if (!found) throw new RangeError('Unknown municipality code');
    return found.policeRegion;
  },
  areNeighbours,
  distanceKm,
};
