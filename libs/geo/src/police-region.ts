/** polisregion: the seven police regions, as the contract spells them. */
export const POLICE_REGIONS = ['NORD', 'MITT', 'STOCKHOLM', 'OST', 'VAST', 'SYD', 'BERGSLAGEN'] as const;

export type PoliceRegion = (typeof POLICE_REGIONS)[number];

export function isPoliceRegion(value: unknown): value is PoliceRegion {
  return typeof value === 'string' && (POLICE_REGIONS as readonly string[]).includes(value);
}
