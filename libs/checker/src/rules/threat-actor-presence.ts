import type { Cause } from '../cause.js';
import type { CheckContext, ThreatPerson } from '../check-context.js';
import type { Rule } from '../rule.js';
import { personSentence } from '../wording.js';

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
  explain(causes) {
    return personSentence(causes, {
      singular: 'person',
      plural: 'persons',
      qualifier: ' named as a threat or in personal conflict with a household member',
      verb: 'known to stay',
      nearby: false,
    });
  },
  evaluate: findThreatActorPresence,
};
