/**
 * The national facts as one regional unit may use them. The checker must still keep a household away from
 * another region's rival, conflicting or co-placed household, but no answer to the regional unit may
 * depend on which municipality that household is in, or on its exact dates.
 *
 * So, in a regional view, each of another region's placements and reservations stands in every
 * municipality of its privacy area (a fixed partition of at least ten municipalities, never drawn around
 * the household), for whole calendar months; and so does each known location of a person the region may
 * not see. Every rule then reads the copies as it reads real facts: the true municipality is still blocked
 * or warned, "nearby" is measured from the whole area, and the ranking's distances to threats are the
 * area's. Two worlds whose other-region households differ only within their areas and months give the
 * regional unit identical answers (area-view.spec.ts proves it on the real map). National coordination
 * uses the exact facts.
 */
import type { PoliceRegion } from '@registry/geo';
import type { IndexedLocation, IndexedOccupancy, NationalFacts } from './national-facts.js';
import { type DayInterval, fromDayNumber, toDayNumber } from './period.js';

export interface AreaViewOptions {
  /** The regional unit looking. */
  readonly region: PoliceRegion;
  /** The codes of the privacy area holding a municipality, the municipality included. */
  areaOf(code: string): readonly string[];
}

/** Widens an interval to whole calendar months, so a fact's exact first and last day never show. */
export function toWholeMonths(interval: DayInterval): DayInterval {
  const first = fromDayNumber(interval.from);
  const from = toDayNumber(`${first.slice(0, 8)}01`);
  if (!Number.isFinite(interval.to)) return { from, to: interval.to };
  const last = fromDayNumber(interval.to);
  const [year, month] = [Number(last.slice(0, 4)), Number(last.slice(5, 7))];
  // Day 0 of the next month is the last day of this one.
  const to = Date.UTC(year, month, 0) / 86_400_000;
  return { from, to };
}

function areaCopies<T extends { municipalityCode: string; interval: DayInterval }>(
  fact: T,
  options: AreaViewOptions,
): (T & { area: true })[] {
  const interval = toWholeMonths(fact.interval);
  return options.areaOf(fact.municipalityCode).map((code) => ({ ...fact, municipalityCode: code, interval, area: true as const }));
}

/** The facts a regional unit's checks and rankings run on. Build once per facts version and region. */
export function areaView(national: NationalFacts, options: AreaViewOptions): NationalFacts {
  const occupancies: IndexedOccupancy[] = [];
  for (const occupancy of national.occupancies) {
    if (occupancy.region === options.region) occupancies.push(occupancy);
    // A copy carries no placement or proposal id: nothing in it points at the real record.
    else for (const copy of areaCopies(occupancy, options)) occupancies.push({ ...copy, id: undefined });
  }

  const areaPersons = new Set<string>();
  const locationsByPerson = new Map<string, readonly IndexedLocation[]>();
  for (const [personId, locations] of national.locationsByPerson) {
    if (national.personRegions.get(personId)?.includes(options.region)) {
      locationsByPerson.set(personId, locations);
      continue;
    }
    areaPersons.add(personId);
    locationsByPerson.set(
      personId,
      locations.flatMap((location) => areaCopies(location, options)),
    );
  }

  return { ...national, occupancies, locationsByPerson, areaPersons };
}
