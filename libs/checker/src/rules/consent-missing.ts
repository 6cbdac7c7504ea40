import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { consentCovers, consentStatus, PLACEMENT_DATA, type ConsentSubject } from '../consent.js';
import type { HouseholdFacts, HouseholdMember } from '../facts.js';
import { inLanguages } from '../language.js';
import { fromDayNumber } from '../period.js';
import type { Rule } from '../rule.js';
import { counted, joined } from '../wording.js';
import * as sv from '../wording-sv.js';

/** A placement discloses what it needs to the receiving municipality's social services. */
const RECIPIENT = 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES' as const;

type Standing = NonNullable<Cause['consentStanding']>;

/**
 * Whose consent a placement needs: the defector's always (openCase records it from
 * consentToInformationExchange), and a relative's once a consent has been recorded for them, so that a
 * relative's withdrawn, lapsed or incomplete consent blocks while cases recorded before consents existed
 * clear as before.
 */
function membersNeedingConsent(household: HouseholdFacts): HouseholdMember[] {
  const consents = household.consents ?? [];
  return household.members.filter(
    (member) => member.kind === 'DEFECTOR' || consents.some((consent) => consent.personId === member.personId),
  );
}

function standingOf(household: HouseholdFacts, subject: ConsentSubject, at: string): Standing {
  const naming = (household.consents ?? []).filter(
    (consent) => consent.personId === subject.personId && consent.recipients.includes(RECIPIENT),
  );
  const latest = naming[naming.length - 1];
  if (!latest) return 'NONE';
  const status = consentStatus(latest, subject, at);
  return status === 'VALID' ? 'INCOMPLETE' : status; // valid but too narrow a scope: not the consent needed
}

/** One cause per member whose data the destination would receive without a valid consent today. */
export function findMissingConsent(context: CheckContext, destination: string): Cause[] {
  const { household } = context;
  if (household.consents === undefined) return [];
  const today = fromDayNumber(context.today);
  const causes: Cause[] = [];
  for (const member of membersNeedingConsent(household)) {
    const subject: ConsentSubject = { personId: member.personId, birthYear: member.birthYear ?? null };
    if (consentCovers(household.consents, subject, RECIPIENT, today, PLACEMENT_DATA)) continue;
    causes.push({
      ...householdCause(household, destination, 'CONSENT_NOT_COVERED'),
      memberId: member.personId,
      consentStanding: standingOf(household, subject, today),
    });
  }
  return causes;
}

const STANDINGS: readonly Standing[] = ['NONE', 'WITHDRAWN', 'EXPIRED', 'INCOMPLETE'];
const STANDING_EN: Record<Standing, string> = {
  NONE: 'none recorded',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
  INCOMPLETE: 'incomplete',
};
const STANDING_SV: Record<Standing, string> = {
  NONE: 'inget registrerat',
  WITHDRAWN: 'återkallat',
  EXPIRED: 'utgånget',
  INCOMPLETE: 'ofullständigt',
};

function standings(causes: readonly CauseView[]): Standing[] {
  const present = new Set(causes.map((cause) => cause.consentStanding));
  return STANDINGS.filter((standing) => present.has(standing));
}

export const consentMissing: Rule = {
  code: 'CONSENT_MISSING',
  severity: 'BLOCK',
  explain: inLanguages({
    en(causes) {
      const which = standings(causes).map((standing) => STANDING_EN[standing]);
      const detail = which.length > 0 ? ` (${joined(which)})` : '';
      const has = causes.length === 1 ? 'has' : 'have';
      return `${counted(causes.length, 'household member', 'household members')} ${has} no valid consent to share what a placement needs with the receiving municipality's social services${detail}.`;
    },
    sv(causes) {
      const which = standings(causes).map((standing) => STANDING_SV[standing]);
      const detail = which.length > 0 ? ` (${sv.joined(which)})` : '';
      const members = causes.length === 1 ? 'hushållsmedlem' : 'hushållsmedlemmar';
      return `${causes.length} ${members} saknar giltigt samtycke till att dela det en placering kräver med den mottagande kommunens socialtjänst${detail}.`;
    },
  }),
  evaluate: findMissingConsent,
  flagsAt: (context, destination) => (findMissingConsent(context, destination).length > 0 ? 'BLOCK' : undefined),
};
