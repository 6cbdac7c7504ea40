import type { CauseView } from './cause.js';
import { DEFAULT_LANGUAGE, type Language } from './language.js';
import { RULES_BY_CODE } from './rules/index.js';
import type { FlagCode } from './vocabulary.js';

/**
 * A flag's message worded anew from its causes, by its rule. Stored checks and alerts keep their causes,
 * so they can be read in any language, and a redacted flag says no more than the causes left to it.
 */
export function explainFlag(flag: { code: FlagCode; causes: readonly CauseView[] }, language: Language = DEFAULT_LANGUAGE): string {
  const rule = RULES_BY_CODE.get(flag.code);
  if (!rule) throw new Error('No rule for a flag code');
  return rule.explain(flag.causes, language);
}
