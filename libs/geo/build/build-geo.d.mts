/** The four source files of libs/geo/data/, as text. */
export interface GeoSources {
  readonly municipalitiesCsv: string;
  readonly countiesCsv: string;
  readonly policeRegionsCsv: string;
  readonly outlinesGeoJson: string;
}

export declare const GEO_DATA_DIR: string;
export declare const GENERATED_MODULE_PATH: string;
export declare const NEIGHBOUR_TOLERANCE_M: number;

export declare function readGeoSources(dataDir?: string): GeoSources;
export declare function buildGeoModule(sources: GeoSources): string;
