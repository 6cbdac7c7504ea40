import map from './sweden-map.generated.json';

/** The map of Sweden, projected and simplified at build time by scripts/build-map.mjs. */
export interface SwedenMap {
  viewBox: [number, number, number, number];
  /** police region code -> [x, y, width, height] of its municipalities, for zooming */
  regions: Record<string, [number, number, number, number]>;
  /** SCB code -> the municipality's police region and SVG path */
  municipalities: Record<string, { region: string; d: string }>;
}

export const swedenMap = map as unknown as SwedenMap;

export const MAP_CODES: readonly string[] = Object.keys(swedenMap.municipalities);

export function viewBoxOf(region: string | null | undefined): string {
  const box = (region && swedenMap.regions[region]) || swedenMap.viewBox;
  return box.join(' ');
}
