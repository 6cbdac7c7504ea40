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
 *
 * The copies are made when a check asks for a municipality, not all at once: the view itself holds each
 * other-region household once per area, without its municipality, so that making a view after a change
 * costs one pass over the occupancies rather than a copy per municipality of every area.
 */
import type { PoliceRegion } from '@registry/geo';
import type { IndexedLocation, IndexedOccupancy, NationalFacts, OccupancyStanding, StandingOccupancy } from './national-facts.js';
import type { DayInterval } from './period.js';

export interface AreaViewOptions {
  /** The regional unit looking. */
  readonly region: PoliceRegion;
  /**
   * The codes of the privacy area holding a municipality, the municipality included, sorted. The areas
   * partition the map (every municipality in exactly one), as `privacyAreaOf` does.
   */
  areaOf(code: string): readonly string[];
}

const MS_PER_DAY = 86_400_000;

/** Widens an interval to whole calendar months, so a fact's exact first and last day never show. */
export function toWholeMonths(interval: DayInterval): DayInterval {
  // Calendar arithmetic on the UTC day numbers, without a round trip through date strings: a view is made
  // after every change, from every other region's placement.
  const first = new Date(interval.from * MS_PER_DAY);
  const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) / MS_PER_DAY;
  if (!Number.isFinite(interval.to)) return { from, to: interval.to };
  const last = new Date(interval.to * MS_PER_DAY);
  // Day 0 of the next month is the last day of this one.
  const to = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0) / MS_PER_DAY;
  return { from, to };
}

/** A map whose entries are worked out when read; iterating it reads every candidate key. */
abstract class DerivedMap<V> implements ReadonlyMap<string, V> {
  abstract get(key: string): V | undefined;
  protected abstract candidates(): Iterable<string>;

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const _ of this.entries()) size += 1;
    return size;
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.candidates()) {
      const value = this.get(key);
      if (value !== undefined) yield [key, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** An occupancy the view holds: the region's own, exact; or another region's, without its municipality. */
type Located = { readonly exact: IndexedOccupancy } | { readonly copy: StandingOccupancy };

interface AreaOccupancies {
  readonly codes: readonly string[];
  /** In the facts' order. */
  readonly occupancies: Located[];
}

/** The occupancies standing in each municipality: the region's own there, and every other region's in its area. */
class OccupanciesByMunicipality extends DerivedMap<readonly StandingOccupancy[]> {
  constructor(
    private readonly byArea: ReadonlyMap<string, AreaOccupancies>,
    private readonly areaKeyOf: (code: string) => string,
  ) {
    super();
  }

  get(code: string): readonly StandingOccupancy[] | undefined {
    const area = this.byArea.get(this.areaKeyOf(code));
    if (!area) return undefined;
    const inArea = area.codes.includes(code);
    const standing: StandingOccupancy[] = [];
    for (const located of area.occupancies) {
      if ('exact' in located) {
        if (located.exact.municipalityCode === code) standing.push(located.exact);
      } else if (inArea) {
        standing.push(located.copy);
      }
    }
    return standing.length > 0 ? standing : undefined;
  }

  protected *candidates(): Iterable<string> {
    const seen = new Set<string>();
    for (const area of this.byArea.values()) {
      for (const located of area.occupancies) {
        for (const code of 'exact' in located ? [located.exact.municipalityCode] : area.codes) {
          if (!seen.has(code)) {
            seen.add(code);
            yield code;
          }
        }
      }
    }
  }
}

function visibleTo(national: NationalFacts, region: PoliceRegion, personId: string): boolean {
  return national.personRegions.get(personId)?.includes(region) === true;
}

/** Known locations: a person the region may see, exactly; anyone else in every municipality of the area, by month. */
class LocationsByPerson extends DerivedMap<readonly IndexedLocation[]> {
  constructor(
    private readonly national: NationalFacts,
    private readonly options: AreaViewOptions,
  ) {
    super();
  }

  get(personId: string): readonly IndexedLocation[] | undefined {
    const locations = this.national.locationsByPerson.get(personId);
    if (!locations || visibleTo(this.national, this.options.region, personId)) return locations;
    return locations.flatMap((location) => {
      const interval = toWholeMonths(location.interval);
      return this.options
        .areaOf(location.municipalityCode)
        .map((code) => ({ ...location, municipalityCode: code, interval, area: true as const }));
    });
  }

  protected candidates(): Iterable<string> {
    return this.national.locationsByPerson.keys();
  }
}

/** The persons whose known locations the view reports by area only. */
class AreaPersons implements ReadonlySet<string> {
  constructor(
    private readonly national: NationalFacts,
    private readonly region: PoliceRegion,
  ) {}

  has(personId: string): boolean {
    return this.national.locationsByPerson.has(personId) && !visibleTo(this.national, this.region, personId);
  }

  get size(): number {
    let size = 0;
    for (const _ of this.values()) size += 1;
    return size;
  }

  *values(): SetIterator<string> {
    for (const personId of this.national.locationsByPerson.keys()) if (this.has(personId)) yield personId;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const personId of this.values()) yield [personId, personId];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const personId of this.values()) callback(personId, personId, this);
  }
}

/**
 * The facts a regional unit's checks and rankings run on. Cheap to make (one pass over the occupancies):
 * make one per facts version and region.
 */
export function areaView(national: NationalFacts, options: AreaViewOptions): NationalFacts {
  // An area is known by its first code; a code no area holds stands alone.
  const areaKeyOf = (code: string) => options.areaOf(code)[0] ?? code;
  const byArea = new Map<string, AreaOccupancies>();
  const standings: OccupancyStanding[] = [];
  for (const standing of national.occupancyStandings) {
    const occupancy = standing.occupancy;
    if (!occupancy) throw new Error('areaView needs national facts, not another view');
    const key = areaKeyOf(occupancy.municipalityCode);
    let area = byArea.get(key);
    if (!area) {
      area = { codes: options.areaOf(occupancy.municipalityCode), occupancies: [] };
      byArea.set(key, area);
    }
    if (occupancy.region === options.region) {
      area.occupancies.push({ exact: occupancy });
      standings.push(standing);
      continue;
    }
    // A copy carries no placement or proposal id and no municipality: nothing in it points at the real record.
    const { municipalityCode: _hidden, ...rest } = occupancy;
    const copy: StandingOccupancy = { ...rest, interval: toWholeMonths(occupancy.interval), area: true, id: undefined };
    if (area.codes.length === 0) continue;
    area.occupancies.push({ copy });
    standings.push({ caseId: copy.caseId, personIds: copy.personIds, interval: copy.interval, codes: area.codes });
  }

  return {
    ...national,
    occupanciesByMunicipality: new OccupanciesByMunicipality(byArea, areaKeyOf),
    occupancyStandings: standings,
    locationsByPerson: new LocationsByPerson(national, options),
    areaPersons: new AreaPersons(national, options.region),
  };
}
