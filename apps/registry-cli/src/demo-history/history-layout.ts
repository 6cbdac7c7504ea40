import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';

/**
 * Where `demo-history` moves each recorded event of a demo case. Pure: the SQL around it reads the events and
 * writes the answer.
 *
 * Every case of a region follows one calendar: opened in the region's first month, proposed the month after,
 * placed the month after that, followed up or closed in the fourth. Keeping a region's cases together is what
 * lets its figures reach the threshold (five cases of one region in one month are published; five cases in
 * five months never are), and it keeps the flag tally exact: the tally counts a region's proposals by month
 * with no proposal id, so it can follow its proposals only if they all land in one month.
 *
 * The regions with most cases start in a month of their own and the rest share the last start month: a
 * published cell beside a small one in the same month is often hidden as well (else the month's total would
 * give the small one away), so a region that can reach the threshold is kept apart from the small ones.
 */

/** How an event moves: to its stage's month, or (FOLLOWS) beside the event before it. */
export type EventStage = 'OPENED' | 'PROPOSED' | 'PLACED' | 'LATER' | 'FOLLOWS';

const STAGE_OFFSET: Record<Exclude<EventStage, 'FOLLOWS'>, number> = { OPENED: 0, PROPOSED: 1, PLACED: 2, LATER: 3 };
/** Months a case's stages span: the window must hold at least this many. */
export const STAGE_MONTHS = 4;

export interface RecordedEvent {
  /** what to update: a table's timestamp column of one row */
  ref: string;
  at: Date;
  stage: EventStage;
}

export interface DemoCaseEvents {
  /** the window month its region's cases are opened in (regionStarts) */
  start: number;
  events: readonly RecordedEvent[];
}

export interface MovedEvent {
  ref: string;
  /** `YYYY-MM-DD HH:MM:SS`, Swedish local time */
  localTime: string;
  month: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The `count` calendar months that ended last before `currentMonth` (`YYYY-MM`), oldest first. */
export function previousMonths(currentMonth: string, count: number): string[] {
  const index = Number(currentMonth.slice(0, 4)) * 12 + Number(currentMonth.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = index - count + i;
    return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  });
}

/** The month (index into the window) each region's cases are opened in, from how many cases each has. */
export function regionStarts(casesByRegion: ReadonlyMap<PoliceRegion, number>, windowLength: number): Map<PoliceRegion, number> {
  const slots = windowLength - STAGE_MONTHS + 1;
  const largestFirst = [...casesByRegion.keys()].sort(
    (a, b) => casesByRegion.get(b)! - casesByRegion.get(a)! || POLICE_REGIONS.indexOf(a) - POLICE_REGIONS.indexOf(b),
  );
  return new Map(largestFirst.map((region, i) => [region, Math.min(i, slots - 1)]));
}

/**
 * New times for one case's events, in the case's own order: each event goes to its stage's month or later
 * (never before the event that came before it), and within a month three days after the one before it.
 */
export function layOutCase(c: DemoCaseEvents, window: readonly string[]): MovedEvent[] {
  if (window.length < STAGE_MONTHS) throw new Error(`the window needs at least ${STAGE_MONTHS} months`);
  const start = c.start;
  const ordered = [...c.events].sort((a, b) => a.at.getTime() - b.at.getTime() || stageRank(a.stage) - stageRank(b.stage));
  const moved: MovedEvent[] = [];
  let month = start;
  let inMonth = -1; // the first event is the first of its month
  for (const event of ordered) {
    const wanted = event.stage === 'FOLLOWS' ? month : Math.max(month, start + STAGE_OFFSET[event.stage]);
    const target = Math.min(wanted, window.length - 1);
    inMonth = target === month ? inMonth + 1 : 0;
    month = target;
    // Day 2, 5, 8, … up to the 26th; past that, a minute apart on the 26th (order still strict).
    const day = Math.min(2 + 3 * inMonth, 26);
    const minute = Math.max(0, inMonth - 8);
    moved.push({ ref: event.ref, month: window[month]!, localTime: `${window[month]!}-${pad(day)} 10:${pad(minute)}:00` });
  }
  return moved;
}

/** Among events recorded at the same instant, the earlier stage first (a case is opened before its OPENED transition). */
function stageRank(stage: EventStage): number {
  return stage === 'FOLLOWS' ? 9 : STAGE_OFFSET[stage];
}
