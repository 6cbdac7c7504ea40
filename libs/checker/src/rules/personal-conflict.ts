import type { Cause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';
import * as sv from '../wording-sv.js';
import { PLACED_OR_CLEARED, PLACED_OR_CLEARED_SV, occupantCause } from './occupant-cause.js';

/**
 * A person in personal conflict with a household member (either direction), or named as a threat actor, is
 * placed or reserved in the destination during the period. One cause per person.
 */
export function findPersonalConflicts(context: CheckContext, destination: string): Cause[] {
  const causes: Cause[] = [];
  for (const occupant of context.occupantsAt(destination)) {
    const threat = occupant.threat;
    if (!threat) continue;
    causes.push({
      ...occupantCause(occupant, false),
      namedThreat: threat.namedThreat,
      ...(threat.memberId !== undefined ? { memberId: threat.memberId } : {}),
      ...(threat.conflictKind !== undefined ? { conflictKind: threat.conflictKind } : {}),
    });
  }
  return causes;
}

export const personalConflict: Rule = {
  code: 'PERSONAL_CONFLICT',
  severity: 'BLOCK',
  explain: inLanguages({
    en: (causes) =>
      personSentence(causes, {
        singular: 'person',
        plural: 'persons',
        qualifier: ' in personal conflict with a household member or named as a threat',
        verb: PLACED_OR_CLEARED,
        nearby: false,
      }),
    sv: (causes) =>
      sv.personSentence(causes, {
        singular: 'person',
        plural: 'personer',
        qualifier: ' som är i personlig konflikt med någon i hushållet eller har pekats ut som hot',
        verb: PLACED_OR_CLEARED_SV,
        motion: true,
        nearby: false,
      }),
  }),
  evaluate: findPersonalConflicts,
  flagsAt: (context, destination) => (context.occupancySummary().threatened(destination) ? 'BLOCK' : undefined),
};
