/**
 * The languages a flag's message can be worded in. English is the default, so a caller that asks for no
 * language reads the sentences it always read; Swedish is for the officers who work in it.
 */
import type { CauseView } from './cause.js';

export const LANGUAGES = ['en', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** A rule's sentence in every language: a Record, so a rule without its Swedish does not compile. */
export type Sentences = Readonly<Record<Language, (causes: readonly CauseView[]) => string>>;

/** A rule's `explain` from its sentences. */
export function inLanguages(sentences: Sentences): (causes: readonly CauseView[], language?: Language) => string {
  return (causes, language = DEFAULT_LANGUAGE) => sentences[language](causes);
}
