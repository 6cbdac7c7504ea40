import type { PoliceRegion } from './police-region.js';

/** län: a county, by its two-digit SCB code. */
export interface County {
  readonly code: string;
  /** As written in full, e.g. "Skåne län". */
  readonly name: string;
}

/** kommun: a municipality, by its four-digit SCB code. */
export interface Municipality {
  readonly code: string;
  /** The short name people use, e.g. "Malmö" rather than "Malmö kommun". */
  readonly name: string;
  readonly countyCode: string;
  readonly countyName: string;
  readonly policeRegion: PoliceRegion;
  /** Latitude and longitude (WGS 84) of the centroid that distances are measured between. */
  readonly latitude: number;
  readonly longitude: number;
  /** Codes of the municipalities sharing a border with this one, sorted. */
  readonly neighbours: readonly string[];
}
