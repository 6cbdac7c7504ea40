/**
 * Lists of facts under a key (a network's presences, a person's affiliations), kept in the order of the
 * facts' own keys: a list read after any sequence of changes is the list a fresh build would make, so the
 * causes of a flag come in the same order whichever way the facts were loaded.
 */
import { CowMap } from './cow-map.js';

/** The key each indexed fact was listed under in its source, for ordering; set when the fact is indexed. */
const sourceKeys = new WeakMap<object, string>();

export function keyed<T extends object>(value: T, key: string): T {
  sourceKeys.set(value, key);
  return value;
}

export function sourceKeyOf(value: object): string {
  const key = sourceKeys.get(value);
  if (key === undefined) throw new Error('an indexed fact without its source key');
  return key;
}

function compareBySource(a: object, b: object): number {
  const x = sourceKeyOf(a);
  const y = sourceKeyOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Inserts each of `added` at its place in a list ordered by source key. */
export function insertSorted<T extends object>(list: readonly T[], added: readonly T[]): T[] {
  const result = [...list];
  for (const item of [...added].sort(compareBySource)) {
    let low = 0;
    let high = result.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareBySource(result[middle]!, item) < 0) low = middle + 1;
      else high = middle;
    }
    result.splice(low, 0, item);
  }
  return result;
}

/** Builds grouped lists from facts given in source-key order. */
export function groupAll<T extends object>(items: Iterable<T>, groupsOf: (item: T) => readonly string[]): CowMap<readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const group of new Set(groupsOf(item))) {
      const list = groups.get(group);
      if (list) list.push(item);
      else groups.set(group, [item]);
    }
  }
  return CowMap.from(groups);
}

/**
 * The grouped lists with `removed` taken out and `added` put in at their places; only the groups they
 * touch are copied. An emptied group disappears, as it would from a fresh build.
 */
export function regroup<T extends object>(
  groups: CowMap<readonly T[]>,
  removed: readonly T[],
  added: readonly T[],
  groupsOf: (item: T) => readonly string[],
): CowMap<readonly T[]> {
  if (removed.length === 0 && added.length === 0) return groups;
  const gone = new Set<T>(removed);
  const addedTo = new Map<string, T[]>();
  const touched = new Set<string>();
  for (const item of removed) for (const group of groupsOf(item)) touched.add(group);
  for (const item of added) {
    for (const group of new Set(groupsOf(item))) {
      touched.add(group);
      const list = addedTo.get(group);
      if (list) list.push(item);
      else addedTo.set(group, [item]);
    }
  }
  const changes: [string, readonly T[] | undefined][] = [];
  for (const group of touched) {
    const kept = (groups.get(group) ?? []).filter((item) => !gone.has(item));
    const next = insertSorted(kept, addedTo.get(group) ?? []);
    changes.push([group, next.length > 0 ? next : undefined]);
  }
  return groups.with(changes);
}
