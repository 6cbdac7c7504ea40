import type { Cause } from '../cause.js';
import type { CheckContext, ThreatPerson } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';
import * as sv from '../wording-sv.js';

/** The cause for a threat person; a protected one carries their case's region so redaction can hide them. */
function threatPersonCause(context: CheckContext, person: ThreatPerson, municipalityCode: string, nearby: boolean): Cause {
  const subjectRegion = context.national.protectedPersonRegion.get(person.personId);
  return {
    kind: 'KNOWN_LOCATION',
    municipalityCode,
    nearby,
    protectedPerson: subjectRegion !== undefined,
    ...(subjectRegion ? { subjectRegion } : {}),
    personId: person.personId,
    namedThreat: person.namedThreat,
    ...(person.memberId !== undefined ? { memberId: person.memberId } : {}),
    ...(person.conflictKind !== undefined ? { conflictKind: person.conflictKind } : {}),
    ...(context.national.areaPersons?.has(person.personId) ? { area: true } : {}),
  };
}

/**
 * A named threat actor, or a person in personal conflict (either direction) with a household member, has a
 * known location in the destination during the period. One cause per person.
 */
export function findThreatActorPresence(context: CheckContext, destination: string): Cause[] {
  return (context.threatLocations.get(destination) ?? []).map((person) => threatPersonCause(context, person, destination, false));
}

export const threatActorPresence: Rule = {
  code: 'THREAT_ACTOR_PRESENCE',
  severity: 'BLOCK',
  explain: inLanguages({
    en: (causes) =>
      personSentence(causes, {
        singular: 'person',
        plural: 'persons',
        qualifier: ' named as a threat or in personal conflict with a household member',
        verb: 'known to stay',
        nearby: false,
      }),
    sv: (causes) =>
      sv.personSentence(causes, {
        singular: 'person',
        plural: 'personer',
        qualifier: ' som pekats ut som hot eller är i personlig konflikt med någon i hushållet',
        verb: { singular: 'har känd vistelseort', plural: 'har känd vistelseort' },
        motion: false,
        nearby: false,
      }),
  }),
  evaluate: findThreatActorPresence,
  flagsAt: (context, destination) => (context.threatLocations.has(destination) ? 'BLOCK' : undefined),
};
