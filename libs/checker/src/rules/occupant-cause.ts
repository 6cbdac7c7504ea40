import type { Cause } from '../cause.js';
import type { Occupant } from '../check-context.js';

/** The cause for another household's person placed or reserved somewhere: protected, in their case's region. */
export function occupantCause(occupant: Occupant, nearby: boolean): Cause {
  const { occupancy } = occupant;
  return {
    kind: 'OCCUPANCY',
    municipalityCode: occupant.municipalityCode,
    nearby,
    protectedPerson: true,
    subjectRegion: occupancy.region,
    caseId: occupancy.caseId,
    personId: occupant.personId,
    ...(occupancy.id !== undefined ? { occupancyId: occupancy.id } : {}),
    occupancyKind: occupancy.kind,
    ...(occupancy.area ? { area: true } : {}),
  };
}

/** "placed or cleared to move", the wording every placement rule shares. */
export const PLACED_OR_CLEARED = 'placed or cleared to move';

/** The same in Swedish, where the participle agrees in number; with `motion`, the place reads "hit". */
export const PLACED_OR_CLEARED_SV = {
  singular: 'är placerad eller har klartecken att flytta',
  plural: 'är placerade eller har klartecken att flytta',
} as const;
