export { POLICE_REGIONS, isPoliceRegion } from './police-region.js';
export type { PoliceRegion } from './police-region.js';
export type { County, Municipality } from './municipality.js';
export {
  areNeighbours,
  counties,
  findCounty,
  findMunicipality,
  isMunicipalityCode,
  maxNeighbourCount,
  municipalities,
} from './registry.js';
export { distanceKm } from './distance.js';
export { MIN_PRIVACY_AREA_SIZE, buildPrivacyAreas, privacyAreaOf, privacyAreas } from './privacy-area.js';
export type { PrivacyArea } from './privacy-area.js';
