import type { Cause, CauseView } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { withinScope } from '../keep-apart.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import { DEFAULT_KEEP_APART_SCOPE, type KeepApartScope } from '../vocabulary.js';
import { counted, isAre, personSentence, toldByArea } from '../wording.js';
import * as sv from '../wording-sv.js';
import { PLACED_OR_CLEARED, PLACED_OR_CLEARED_SV, occupantCause } from './occupant-cause.js';

/** The threat persons whose conflict's keep-apart scope reaches past the destination itself. */
interface WideThreat {
  readonly personId: string;
  readonly scope: KeepApartScope;
}

// Worked out once per prepared household: a ranking asks for all 290 destinations.
const wideThreats = new WeakMap<CheckContext, readonly WideThreat[]>();
function wideThreatsOf(context: CheckContext): readonly WideThreat[] {
  let found = wideThreats.get(context);
  if (!found) {
    found = [...context.threatPersons.values()].flatMap((person) =>
      person.scope !== undefined && person.scope !== DEFAULT_KEEP_APART_SCOPE ? [{ personId: person.personId, scope: person.scope }] : [],
    );
    wideThreats.set(context, found);
  }
  return found;
}

const within = (context: CheckContext, destination: string, place: string, scope: KeepApartScope): boolean =>
  withinScope(context.geography, context.nearbyRadiusKm, destination, place, scope);

/**
 * A person in personal conflict with a household member (either direction), or named as a threat actor, is
 * placed or reserved in the destination during the period; or, for a conflict with a keep-apart scope wider
 * than the municipality (keep-apart.ts), anywhere within that scope of the destination. One cause per
 * person: where they stand in the destination, else the first place within scope in the map's order.
 */
export function findPersonalConflicts(context: CheckContext, destination: string): Cause[] {
  const causes: Cause[] = [];
  const seen = new Set<string>();
  const add = (occupant: ReturnType<CheckContext['occupantsAt']>[number], elsewhere: boolean): void => {
    const threat = occupant.threat!;
    seen.add(occupant.personId);
    causes.push({
      ...occupantCause(occupant, elsewhere),
      namedThreat: threat.namedThreat,
      ...(threat.memberId !== undefined ? { memberId: threat.memberId } : {}),
      ...(threat.conflictKind !== undefined ? { conflictKind: threat.conflictKind } : {}),
    });
  };
  for (const occupant of context.occupantsAt(destination)) if (occupant.threat) add(occupant, false);
  const wide = wideThreatsOf(context);
  if (wide.length === 0) return causes;
  const widest = wide.some((threat) => threat.scope === 'NATIONWIDE') ? 'NATIONWIDE' : undefined;
  for (const place of context.geography.codes) {
    if (place === destination) continue;
    if (!widest && !wide.some((threat) => within(context, destination, place, threat.scope))) continue;
    for (const occupant of context.occupantsAt(place)) {
      const scope = occupant.threat?.scope;
      if (scope === undefined || seen.has(occupant.personId) || !within(context, destination, place, scope)) continue;
      add(occupant, true);
    }
  }
  return causes;
}

/** Whether a wide-scope threat person stands anywhere within their scope of the destination. */
function wideThreatAt(context: CheckContext, destination: string): boolean {
  const wide = wideThreatsOf(context);
  if (wide.length === 0) return false;
  const summary = context.occupancySummary();
  return wide.some(({ personId, scope }) => [...summary.placesOf(personId)].some((place) => within(context, destination, place, scope)));
}

const QUALIFIER = ' in personal conflict with a household member or named as a threat';
const QUALIFIER_SV = ' som är i personlig konflikt med någon i hushållet eller har pekats ut som hot';

/** The persons elsewhere within a conflict's keep-apart scope; told by area, neither counted nor placed. */
function elsewhereEn(causes: readonly CauseView[]): string {
  const shown = causes.filter((cause) => !toldByArea(cause)).length;
  const where = "elsewhere within the conflict's keep-apart scope";
  if (shown === 0)
    return `One or more persons of another region in personal conflict with a household member are ${PLACED_OR_CLEARED} ${where} during the period (the exact place is not shown).`;
  const more = causes.length > shown ? ', and more of another region (the exact place is not shown)' : '';
  return `${counted(shown, 'person', 'persons')} in personal conflict with a household member ${isAre(shown)} ${PLACED_OR_CLEARED} ${where} during the period${more}.`;
}

function elsewhereSv(causes: readonly CauseView[]): string {
  const shown = causes.filter((cause) => !toldByArea(cause)).length;
  const where = 'någon annanstans inom konfliktens område för åtskillnad';
  if (shown === 0)
    return `En eller flera personer från en annan region som är i personlig konflikt med någon i hushållet ${PLACED_OR_CLEARED_SV.plural} ${where} under perioden (den exakta platsen visas inte).`;
  const more = causes.length > shown ? ', och fler från en annan region (den exakta platsen visas inte)' : '';
  const verb = shown === 1 ? PLACED_OR_CLEARED_SV.singular : PLACED_OR_CLEARED_SV.plural;
  return `${counted(shown, 'person', 'personer')} som är i personlig konflikt med någon i hushållet ${verb} ${where} under perioden${more}.`;
}

/** The sentence for the destination's own causes, then one for those elsewhere within scope. */
function sentences(
  causes: readonly CauseView[],
  here: (c: readonly CauseView[]) => string,
  away: (c: readonly CauseView[]) => string,
): string {
  const inPlace = causes.filter((cause) => !cause.nearby);
  const elsewhere = causes.filter((cause) => cause.nearby);
  return [
    ...(inPlace.length > 0 || elsewhere.length === 0 ? [here(inPlace)] : []),
    ...(elsewhere.length > 0 ? [away(elsewhere)] : []),
  ].join(' ');
}

export const personalConflict: Rule = {
  code: 'PERSONAL_CONFLICT',
  severity: 'BLOCK',
  explain: inLanguages({
    en: (causes) =>
      sentences(
        causes,
        (here) =>
          personSentence(here, { singular: 'person', plural: 'persons', qualifier: QUALIFIER, verb: PLACED_OR_CLEARED, nearby: false }),
        elsewhereEn,
      ),
    sv: (causes) =>
      sentences(
        causes,
        (here) =>
          sv.personSentence(here, {
            singular: 'person',
            plural: 'personer',
            qualifier: QUALIFIER_SV,
            verb: PLACED_OR_CLEARED_SV,
            motion: true,
            nearby: false,
          }),
        elsewhereSv,
      ),
  }),
  evaluate: findPersonalConflicts,
  flagsAt: (context, destination) =>
    context.occupancySummary().threatened(destination) || wideThreatAt(context, destination) ? 'BLOCK' : undefined,
};
