/** Small pieces of English the rule sentences are assembled from. */
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

/** " (highest confidence: probable)", or nothing when no cause carries a confidence. */
export function highestConfidence(causes: readonly CauseView[]): string {
  const levels = causes.map((cause) => cause.confidence).filter((c): c is Confidence => c !== undefined);
  if (levels.length === 0) return '';
  const best = CONFIDENCES.find((level) => levels.includes(level));
  return ` (highest confidence: ${lowerWords(best ?? levels[0]!)})`;
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

/** " (another region)" or " (2 in another region)" for causes redaction has stripped. */
export function otherRegionNote(causes: readonly CauseView[]): string {
  const hidden = causes.filter((cause) => cause.otherRegion === true).length;
  if (hidden === 0) return '';
  return hidden === causes.length ? ' (another region)' : ` (${hidden} in another region)`;
}
