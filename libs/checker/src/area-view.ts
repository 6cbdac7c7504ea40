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
 * The copies are not made per municipality: each other-region household has one copy (without its
 * municipality or id), listed in each municipality of its area when a check asks, and kept as long as the
 * household's facts are. So making a view after a change costs one pass over the occupancies.
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

/** Every occupancy located in one privacy area, in the facts' order, whichever region's. */
interface AreaOccupancies {
  readonly codes: readonly string[];
  readonly occupancies: readonly IndexedOccupancy[];
  /** Each occupancy's copy, side by side with it: a view of another region reads these. */
  readonly copies: readonly StandingOccupancy[];
}

/** The occupancies by area: the same for every region's view of one version, so made once per version. */
interface AreaIndex {
  readonly byArea: ReadonlyMap<string, AreaOccupancies>;
  readonly areaKeyOf: (code: string) => string;
}

// Keyed by the standings list, which a new version shares with the last when no placement or reservation
// changed; then by the partition (one in the service).
const areaIndexes = new WeakMap<readonly OccupancyStanding[], Map<AreaViewOptions['areaOf'], AreaIndex>>();

function areaIndexOf(national: NationalFacts, areaOf: AreaViewOptions['areaOf']): AreaIndex {
  let byPartition = areaIndexes.get(national.occupancyStandings);
  if (!byPartition) areaIndexes.set(national.occupancyStandings, (byPartition = new Map()));
  let index = byPartition.get(areaOf);
  if (!index) {
    // An area is known by its first code; a code no area holds stands alone.
    const areaKeyOf = (code: string) => areaOf(code)[0] ?? code;
    const byArea = new Map<string, { codes: readonly string[]; occupancies: IndexedOccupancy[]; copies: StandingOccupancy[] }>();
    for (const { exact } of national.occupancyStandings) {
      if (!exact) throw new Error('areaView needs national facts, not another view');
      const key = areaKeyOf(exact.municipalityCode);
      let area = byArea.get(key);
      if (!area) byArea.set(key, (area = { codes: areaOf(exact.municipalityCode), occupancies: [], copies: [] }));
      area.occupancies.push(exact);
      area.copies.push(copyOf(exact));
    }
    index = { byArea, areaKeyOf };
    byPartition.set(areaOf, index);
  }
  return index;
}

// Another region's household as every regional view reads it: no placement or proposal id and no
// municipality (nothing in it points at the real record), over whole months. One per occupancy, kept as long
// as the occupancy is.
const copies = new WeakMap<IndexedOccupancy, StandingOccupancy>();
const copyStandings = new WeakMap<IndexedOccupancy, OccupancyStanding>();

function copyOf(occupancy: IndexedOccupancy): StandingOccupancy {
  let copy = copies.get(occupancy);
  if (!copy) {
    const { municipalityCode: _hidden, ...rest } = occupancy;
    copy = { ...rest, interval: toWholeMonths(occupancy.interval), area: true, id: undefined };
    copies.set(occupancy, copy);
  }
  return copy;
}

function copyStandingOf(occupancy: IndexedOccupancy, codes: readonly string[]): OccupancyStanding {
  let standing = copyStandings.get(occupancy);
  if (!standing || standing.codes !== codes) {
    standing = { occupancy: copyOf(occupancy), codes };
    copyStandings.set(occupancy, standing);
  }
  return standing;
}

/** The occupancies standing in each municipality: the region's own there, and every other region's in its area. */
class OccupanciesByMunicipality extends DerivedMap<readonly StandingOccupancy[]> {
  constructor(
    private readonly index: AreaIndex,
    private readonly region: PoliceRegion,
  ) {
    super();
  }

  get(code: string): readonly StandingOccupancy[] | undefined {
    const area = this.index.byArea.get(this.index.areaKeyOf(code));
    if (!area) return undefined;
    const inArea = area.codes.includes(code);
    const standing: StandingOccupancy[] = [];
    area.occupancies.forEach((occupancy, i) => {
      if (occupancy.region === this.region) {
        if (occupancy.municipalityCode === code) standing.push(occupancy);
      } else if (inArea) {
        standing.push(area.copies[i]!);
      }
    });
    return standing.length > 0 ? standing : undefined;
  }

  protected *candidates(): Iterable<string> {
    const seen = new Set<string>();
    for (const area of this.index.byArea.values()) {
      for (const occupancy of area.occupancies) {
        for (const code of occupancy.region === this.region ? [occupancy.municipalityCode] : area.codes) {
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
 * The facts a regional unit's checks and rankings run on. Cheap to make (one pass over the occupancies,
 * whose copies are made once and kept): make one per facts version and region.
 */
export function areaView(national: NationalFacts, options: AreaViewOptions): NationalFacts {
  const index = areaIndexOf(national, options.areaOf);
  const standings: OccupancyStanding[] = [];
  for (const standing of national.occupancyStandings) {
    const exact = standing.exact!;
    if (exact.region === options.region) standings.push(standing);
    else {
      const codes = index.byArea.get(index.areaKeyOf(exact.municipalityCode))!.codes;
      if (codes.length > 0) standings.push(copyStandingOf(exact, codes));
    }
  }
  return {
    ...national,
    occupanciesByMunicipality: new OccupanciesByMunicipality(index, options.region),
    occupancyStandings: standings,
    locationsByPerson: new LocationsByPerson(national, options),
    areaPersons: new AreaPersons(national, options.region),
  };
}
