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
 */
export class HouseholdCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  /** The household if it was read at `version` or later, or moved on since. */
  get(caseId: string, version: number): HouseholdFacts | undefined {
    const entry = this.entries.get(caseId);
    return entry && entry.version >= version ? entry.facts : undefined;
  }

  set(caseId: string, version: number, facts: HouseholdFacts): void {
    this.entries.delete(caseId);
    this.entries.set(caseId, { version, facts, memberIds: new Set(facts.members.map((member) => member.personId)) });
    // A Map keeps insertion order: drop the oldest beyond the bound.
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  /**
   * After the changes in (from, to]: an entry read in [from, to) that none of them touched is good at `to`;
   * one they touched is dropped. Entries older than `from` are left to be read again when asked for.
   */
  advance(from: number, to: number, cases: ReadonlySet<string>, persons: ReadonlySet<string>): void {
    for (const [caseId, entry] of this.entries) {
      if (entry.version < from || entry.version >= to) continue;
      const touched = cases.has(caseId) || [...entry.memberIds].some((personId) => persons.has(personId));
      if (touched) this.entries.delete(caseId);
      else entry.version = to;
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
