import type { Cause } from '../cause.js';
import type { Occupant } from '../check-context.js';

/**
 * The cause for another household's person placed or reserved somewhere: protected, in their case's region.
 * A new object each time, which a rule may add its own fields to (a ranking's first destinations in a
 * regional view make tens of thousands: built field by field, without spreading).
 */
export function occupantCause(occupant: Occupant, nearby: boolean): Cause {
  const { occupancy } = occupant;
  const cause: Cause = {
    kind: 'OCCUPANCY',
    municipalityCode: occupant.municipalityCode,
    nearby,
    protectedPerson: true,
    subjectRegion: occupancy.region,
    caseId: occupancy.caseId,
    personId: occupant.personId,
  };
  if (occupancy.id !== undefined) cause.occupancyId = occupancy.id;
  cause.occupancyKind = occupancy.kind;
  if (occupancy.area) cause.area = true;
  return cause;
}

/** "placed or cleared to move", the wording every placement rule shares. */
export const PLACED_OR_CLEARED = 'placed or cleared to move';

/** The same in Swedish, where the participle agrees in number; with `motion`, the place reads "hit". */
export const PLACED_OR_CLEARED_SV = {
  singular: 'är placerad eller har klartecken att flytta',
  plural: 'är placerade eller har klartecken att flytta',
} as const;
