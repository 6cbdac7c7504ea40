/**
 * The language a request's flag messages are worded in, from its Accept-Language header (RFC 9110
 * §12.5.4). The checker speaks English and Swedish: any Swedish range (sv, sv-SE, sv-FI) asks for Swedish,
 * any English one for English, "*" for either. The acceptable language with the highest weight wins, the
 * earlier-listed on a tie; when neither is acceptable, or the header is absent, the answer is English: the
 * API never refuses a request for want of a language (no 406), and today's clients send nothing.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@registry/checker';

// A language range: "*", or subtags of one to eight letters and digits (RFC 4647 §2.1).
const RANGE = /^(\*|[a-z]{1,8}(-[a-z\d]{1,8})*)$/i;
// A weight: 0 to 1 with at most three decimals (RFC 9110 §12.4.2).
const WEIGHT = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;
// More than any browser sends; what lies beyond is not read, so a huge header costs no more than this.
const MAX_RANGES = 32;

interface Preference {
  q: number;
  /** Position in the header, for ties. */
  order: number;
}

/** The entry's weight: 1 unless a q parameter says otherwise; undefined when the q is malformed. */
function weightOf(parameters: readonly string[]): number | undefined {
  let q = 1;
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim());
    if (name.toLowerCase() !== 'q') continue;
    if (!WEIGHT.test(value)) return undefined;
    q = Number(value);
  }
  return q;
}

export function preferredLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const named = new Map<Language, Preference>();
  let wildcard: Preference | undefined;
  header
    .split(',')
    .slice(0, MAX_RANGES)
    .forEach((entry, order) => {
      const [range = '', ...parameters] = entry.split(';').map((part) => part.trim());
      const q = RANGE.test(range) ? weightOf(parameters) : undefined;
      // A malformed entry is skipped, as if not sent: the rest of the header still counts.
      if (q === undefined) return;
      if (range === '*') {
        wildcard ??= { q, order };
        return;
      }
      const primary = range.split('-')[0]!.toLowerCase();
      const language = LANGUAGES.find((candidate) => candidate === primary);
      // We have one Swedish and one English: the best weight any of their ranges gives is theirs.
      if (language && q > (named.get(language)?.q ?? -1)) named.set(language, { q, order });
    });
  // "*" stands for every language the header does not name (RFC 4647 §3.3.1).
  const acceptable = LANGUAGES.map((language) => ({ language, preference: named.get(language) ?? wildcard })).filter(
    (candidate): candidate is { language: Language; preference: Preference } => (candidate.preference?.q ?? 0) > 0,
  );
  // Stable sort: two languages both given by "*" keep LANGUAGES' order, English first.
  acceptable.sort((a, b) => b.preference.q - a.preference.q || a.preference.order - b.preference.order);
  return acceptable[0]?.language ?? DEFAULT_LANGUAGE;
}
