/**
 * Where other households stand during a period, per municipality, without causes: what a ranking reads of
 * every placement and reservation in the country.
 *
 * Standings share their lists of municipalities (all exact ones in a municipality share one list; a regional
 * view's copies of one area share the area's), and the persons a household must not meet are few next to the
 * country. So the standings are indexed once per version and view, by list and by person (StandingIndex),
 * and a household's summary reads its rivals' and threats' standings by person, and whether anyone at all
 * stands in a place from the first standings of the place's lists: at a hundred times national scale a
 * region's view holds some twenty thousand copies, each standing in a dozen or more municipalities.
 */
import type { ThreatPerson } from './check-context.js';
import type { OccupancyStanding, StandingOccupancy } from './national-facts.js';
import { type DayInterval, overlaps } from './period.js';

type CodeList = readonly string[];

interface StandingIndex {
  /** Positions in the standings, in the facts' order. */
  readonly byList: ReadonlyMap<CodeList, readonly number[]>;
  readonly byPerson: ReadonlyMap<string, readonly number[]>;
  readonly listsByCode: ReadonlyMap<string, readonly CodeList[]>;
}

// A version's standings (a regional view's are its own) are indexed once, when a ranking first reads them.
const indexes = new WeakMap<readonly OccupancyStanding[], StandingIndex>();

function indexOf(standings: readonly OccupancyStanding[]): StandingIndex {
  let index = indexes.get(standings);
  if (!index) {
    const byList = new Map<CodeList, number[]>();
    const byPerson = new Map<string, number[]>();
    // A person listed twice in one household is one standing.
    const push = <K>(map: Map<K, number[]>, key: K, position: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    standings.forEach(({ occupancy, codes }, position) => {
      push(byList, codes, position);
      for (const personId of occupancy.personIds) push(byPerson, personId, position);
    });
    const listsByCode = new Map<string, CodeList[]>();
    for (const codes of byList.keys()) {
      for (const code of codes) {
        const lists = listsByCode.get(code);
        if (lists) lists.push(codes);
        else listsByCode.set(code, [codes]);
      }
    }
    index = { byList, byPerson, listsByCode };
    indexes.set(standings, index);
  }
  return index;
}

interface Rival {
  readonly occupancy: StandingOccupancy;
  /** Where the occupancy is in the facts' order, and the person in its household: the order occupants come in. */
  readonly position: number;
  readonly member: number;
}

export class OccupancySummary {
  private readonly index: StandingIndex;
  private readonly occupiedLists = new Map<CodeList, boolean>();
  private readonly threatenedLists = new Set<CodeList>();
  private readonly rivalsByList = new Map<CodeList, Map<string, Rival>>();
  private readonly rivalsByCode = new Map<string, ReadonlyMap<string, StandingOccupancy> | undefined>();

  constructor(
    private readonly standings: readonly OccupancyStanding[],
    private readonly caseId: string,
    private readonly interval: DayInterval,
    private readonly memberIds: ReadonlySet<string>,
    rivalOf: ReadonlyMap<string, string>,
    threatPersons: ReadonlyMap<string, ThreatPerson>,
  ) {
    this.index = indexOf(standings);
    for (const personId of threatPersons.keys()) {
      if (memberIds.has(personId)) continue;
      for (const position of this.index.byPerson.get(personId) ?? []) {
        const { occupancy, codes } = standings[position]!;
        if (this.counts(occupancy)) this.threatenedLists.add(codes);
      }
    }
    for (const personId of rivalOf.keys()) {
      if (memberIds.has(personId)) continue;
      for (const position of this.index.byPerson.get(personId) ?? []) {
        const { occupancy, codes } = standings[position]!;
        if (!this.counts(occupancy)) continue;
        let rivals = this.rivalsByList.get(codes);
        if (!rivals) this.rivalsByList.set(codes, (rivals = new Map()));
        // Positions come in order: the first found is the person's first occupancy in the list's places.
        if (!rivals.has(personId)) rivals.set(personId, { occupancy, position, member: occupancy.personIds.indexOf(personId) });
      }
    }
  }

  /** Another household's occupancy that overlaps the period. */
  private counts(occupancy: StandingOccupancy): boolean {
    return occupancy.caseId !== this.caseId && overlaps(occupancy.interval, this.interval);
  }

  private listsOf(code: string): readonly CodeList[] {
    return this.index.listsByCode.get(code) ?? [];
  }

  /** Someone of another household stands here. */
  occupied(code: string): boolean {
    return this.listsOf(code).some((codes) => {
      let occupied = this.occupiedLists.get(codes);
      if (occupied === undefined) {
        // Usually the first standing answers.
        occupied = (this.index.byList.get(codes) ?? []).some((position) => {
          const { occupancy } = this.standings[position]!;
          return this.counts(occupancy) && occupancy.personIds.some((personId) => !this.memberIds.has(personId));
        });
        this.occupiedLists.set(codes, occupied);
      }
      return occupied;
    });
  }

  /** A threat person stands here. */
  threatened(code: string): boolean {
    return this.listsOf(code).some((codes) => this.threatenedLists.has(codes));
  }

  /**
   * The persons tied to a rival network who stand here, each with their first occupancy here, in the order
   * the place's occupants come in; undefined when there are none.
   */
  rivalsAt(code: string): ReadonlyMap<string, StandingOccupancy> | undefined {
    if (this.rivalsByCode.has(code)) return this.rivalsByCode.get(code);
    const entries = this.listsOf(code).flatMap((codes) => [...(this.rivalsByList.get(codes) ?? [])]);
    entries.sort(([, x], [, y]) => x.position - y.position || x.member - y.member);
    const rivals = new Map<string, StandingOccupancy>();
    // A person standing in two of the place's lists keeps the first.
    for (const [personId, { occupancy }] of entries) if (!rivals.has(personId)) rivals.set(personId, occupancy);
    const result = rivals.size > 0 ? rivals : undefined;
    this.rivalsByCode.set(code, result);
    return result;
  }

  /** Every municipality where this person of another household stands during the period. */
  placesOf(personId: string): Set<string> {
    const places = new Set<string>();
    if (this.memberIds.has(personId)) return places;
    for (const position of this.index.byPerson.get(personId) ?? []) {
      const { occupancy, codes } = this.standings[position]!;
      if (this.counts(occupancy)) for (const code of codes) places.add(code);
    }
    return places;
  }

  /** Every municipality where a rival or threat person of another household stands. */
  threatPlaces(): Set<string> {
    const places = new Set<string>();
    for (const codes of [...this.threatenedLists, ...this.rivalsByList.keys()]) for (const code of codes) places.add(code);
    return places;
  }
}
