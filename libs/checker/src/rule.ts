import type { Cause, CauseView } from './cause.js';
import type { CheckContext } from './check-context.js';
import type { Language } from './language.js';
import type { FlagCode, Severity } from './vocabulary.js';

/**
 * One rule of the police's rulebook. `evaluate` reads the prepared context for one destination; the period
 * is the context's, since the household's side was worked out for that period.
 */
export interface Rule {
  readonly code: FlagCode;
  /** The flag's severity; for a rule whose severity depends on the causes, the highest it can give. */
  readonly severity: Severity;
  severityOf?(causes: readonly CauseView[]): Severity;
  /**
   * One sentence summing up every cause, in English unless another language is asked for; never an id, a
   * name or a place. Rules build it with `inLanguages`, one sentence per language side by side.
   */
  explain(causes: readonly CauseView[], language?: Language): string;
  evaluate(context: CheckContext, destination: string): Cause[];
  /**
   * Whether the rule flags the destination, and how severely, without building causes or words: what a
   * ranking needs for every municipality. Must agree with `evaluate` (ranking.spec.ts checks it on random
   * worlds); a rule without it is evaluated instead.
   */
  flagsAt?(context: CheckContext, destination: string): Severity | undefined;
}

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** In English, as the check words it; a reader in another language gets it worded anew (`explainFlag`). */
  message: string;
  causes: Cause[];
}

export interface DestinationCheck {
  municipalityCode: string;
  /** True exactly when no flag has severity BLOCK. */
  cleared: boolean;
  flags: Flag[];
}
