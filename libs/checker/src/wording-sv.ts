/**
 * Small pieces of Swedish the rule sentences are assembled from. Swedish has one verb form for one and for
 * many ("är", "finns"), but its adjectives and participles agree in number ("placerad", "placerade"), so
 * the person sentences take both forms. Counts are digits, as in English; decimals take a comma.
 */
import type { CauseView } from './cause.js';
import type { Confidence, UnsuitableReason } from './vocabulary.js';
import { counted, strongestConfidence, toldByArea } from './wording.js';

/** "a", "a och b", "a, b och c": no comma before "och". */
export function joined(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} och ${words[words.length - 1]}`;
}

/** "42,5". */
export function decimal(value: number): string {
  return String(value).replace('.', ',');
}

const CONFIDENCE_WORDS: Record<Confidence, string> = { CONFIRMED: 'bekräftad', PROBABLE: 'sannolik', POSSIBLE: 'möjlig' };

/** " (högsta tillförlitlighet: sannolik)", or nothing when no cause carries a confidence. */
export function highestConfidence(causes: readonly CauseView[]): string {
  const best = strongestConfidence(causes);
  return best === undefined ? '' : ` (högsta tillförlitlighet: ${CONFIDENCE_WORDS[best]})`;
}

/** Why a placement assessment lists a municipality as unsuitable, as a short phrase. */
export const REASONS: Record<UnsuitableReason, string> = {
  RIVAL_PRESENCE: 'rivaliserande nätverk',
  THREAT_ACTOR: 'hotaktör',
  OWN_NETWORK: 'eget nätverk',
  HOME_AREA: 'hemområde',
  RELATIVES: 'närstående',
  VICTIM: 'brottsoffer',
  WITNESS: 'vittne',
  OTHER: 'annat skäl',
};

/** What a sentence about persons says, in both numbers where Swedish inflects. */
export interface PersonWording {
  /** "skyddad person". */
  singular: string;
  /** "skyddade personer". */
  plural: string;
  /** Follows the noun, the same for one and many: " med koppling till ett rivaliserande nätverk", or "". */
  qualifier: string;
  /** "är placerad eller har klartecken att flytta", "har känd vistelseort". */
  verb: { singular: string; plural: string };
  /** The verb moves the person to the place ("flytta hit") rather than finds them there ("här"). */
  motion: boolean;
  nearby: boolean;
}

/** Where, for a verb of place and one of motion: "här" but "flytta hit". */
const PLACES = {
  at: { here: 'här', nearby: 'i närområdet', area: 'i området runt här', areaNearby: 'i ett närliggande område' },
  to: { here: 'hit', nearby: 'till närområdet', area: 'till området runt här', areaNearby: 'till ett närliggande område' },
} as const;

/**
 * "2 skyddade personer med koppling till ett rivaliserande nätverk är placerade eller har klartecken att
 * flytta hit under perioden." The Swedish of wording.ts's personSentence, with the same rule: causes told by
 * area are neither counted nor placed.
 */
export function personSentence(causes: readonly CauseView[], wording: PersonWording): string {
  const shown = causes.filter((cause) => !toldByArea(cause)).length;
  const inArea = causes.length > shown;
  const places = wording.motion ? PLACES.to : PLACES.at;
  const where = wording.nearby ? places.nearby : places.here;
  const areaWhere = wording.nearby ? places.areaNearby : places.area;
  if (shown === 0) {
    return `En eller flera ${wording.plural} från en annan region${wording.qualifier} ${wording.verb.plural} ${areaWhere} under perioden (den exakta platsen visas inte).`;
  }
  const who = counted(shown, wording.singular, wording.plural);
  const verb = shown === 1 ? wording.verb.singular : wording.verb.plural;
  // The tail has no verb of its own, so it says where the others are, not where they move.
  const more = inArea
    ? `, och fler från en annan region ${wording.nearby ? PLACES.at.areaNearby : PLACES.at.area} (den exakta platsen visas inte)`
    : '';
  return `${who}${wording.qualifier} ${verb} ${where} under perioden${more}.`;
}
