/**
 * Small pieces of English the rule sentences are assembled from, and the counting both languages share.
 * The Swedish pieces are in wording-sv.ts.
 */
import type { CauseView } from './cause.js';
import type { Confidence } from './vocabulary.js';
import { CONFIDENCES } from './vocabulary.js';

/** "1 network", "2 networks". */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function isAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

/** "RIVAL_PRESENCE" → "rival presence". */
export function lowerWords(name: string): string {
  return name.toLowerCase().replaceAll('_', ' ');
}

/** "a", "a and b", "a, b and c". */
export function joined(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The strongest confidence any cause carries; undefined when none carries one. */
export function strongestConfidence(causes: readonly CauseView[]): Confidence | undefined {
  const levels = causes.map((cause) => cause.confidence).filter((c): c is Confidence => c !== undefined);
  return CONFIDENCES.find((level) => levels.includes(level)) ?? levels[0];
}

/** " (highest confidence: probable)", or nothing when no cause carries a confidence. */
export function highestConfidence(causes: readonly CauseView[]): string {
  const best = strongestConfidence(causes);
  return best === undefined ? '' : ` (highest confidence: ${lowerWords(best)})`;
}

/** How many distinct values a field takes; a redacted cause counts as its own value. */
export function distinctCount(causes: readonly CauseView[], key: (cause: CauseView) => string | undefined): number {
  const seen = new Set<string>();
  let anonymous = 0;
  for (const cause of causes) {
    const value = key(cause);
    if (value === undefined) anonymous += 1;
    else seen.add(value);
  }
  return seen.size + anonymous;
}

/** What a sentence about persons says: who, with what tie, doing what, here or nearby. */
export interface PersonWording {
  singular: string;
  plural: string;
  /** Follows the noun: " affiliated with a rival network", or "". */
  qualifier: string;
  /** "placed or cleared to move", "known to stay". */
  verb: string;
  nearby: boolean;
}

/** Whether a cause is told only by area: another region's, or a person the viewer may not see. */
export function toldByArea(cause: CauseView): boolean {
  return cause.area === true || cause.otherRegion === true;
}

/**
 * "2 protected persons affiliated with a rival network are placed or cleared to move here during the
 * period." Causes told by area are neither counted nor placed: a count that differs between two
 * neighbouring answers, or "here" on one municipality of an area, would point at the household.
 */
export function personSentence(causes: readonly CauseView[], wording: PersonWording): string {
  const shown = causes.filter((cause) => !toldByArea(cause)).length;
  const inArea = causes.length > shown;
  const where = wording.nearby ? 'nearby' : 'here';
  const areaWhere = wording.nearby ? 'in an area nearby' : 'in the area around here';
  if (shown === 0) {
    return `One or more ${wording.plural} of another region${wording.qualifier} are ${wording.verb} ${areaWhere} during the period (the exact place is not shown).`;
  }
  const who = counted(shown, wording.singular, wording.plural);
  const more = inArea ? `, and more of another region ${areaWhere} (the exact place is not shown)` : '';
  return `${who}${wording.qualifier} ${isAre(shown)} ${wording.verb} ${where} during the period${more}.`;
}
