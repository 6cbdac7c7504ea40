import { LRUCache } from 'lru-cache';
import type { HouseholdFacts } from '@registry/checker';

interface Entry {
  /** The facts version the household was read at (its rows are at least that new). */
  version: number;
  readonly facts: HouseholdFacts;
  readonly memberIds: ReadonlySet<string>;
}

/**
 * Households recently checked, by case. An entry read at version V is good for any request at V or later
 * until a change touches it: the facts loader, catching up from V to W, moves every entry no change in
 * (V, W] touched on to W and drops the rest. So a write about one case (an assessment, a member's new
 * affiliation) costs a re-read of that household only, not of every household the instance has cached.
 * Beyond the bound, the household least recently checked is dropped (lru-cache): a busy case stays cached.
 */
export class HouseholdCache {
  private readonly entries: LRUCache<string, Entry>;

  constructor(capacity: number) {
    this.entries = new LRUCache<string, Entry>({ max: capacity });
  }

  /** The household if it was read at `version` or later, or moved on since; a hit counts as a use. */
  get(caseId: string, version: number): HouseholdFacts | undefined {
    const entry = this.entries.peek(caseId);
    if (!entry || entry.version < version) return undefined;
    this.entries.get(caseId);
    return entry.facts;
  }

  set(caseId: string, version: number, facts: HouseholdFacts): void {
    this.entries.set(caseId, { version, facts, memberIds: new Set(facts.members.map((member) => member.personId)) });
  }

  /**
   * After the changes in (from, to]: an entry read in [from, to) that none of them touched is good at `to`;
   * one they touched is dropped. Entries older than `from` are left to be read again when asked for.
   */
  advance(from: number, to: number, cases: ReadonlySet<string>, persons: ReadonlySet<string>): void {
    const dropped: string[] = [];
    // entries() does not count as a use, so catching up leaves the recency order as it was.
    for (const [caseId, entry] of this.entries.entries()) {
      if (entry.version < from || entry.version >= to) continue;
      const touched = cases.has(caseId) || [...entry.memberIds].some((personId) => persons.has(personId));
      if (touched) dropped.push(caseId);
      else entry.version = to;
    }
    for (const caseId of dropped) this.entries.delete(caseId);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
