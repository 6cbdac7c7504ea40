import { type CheckContext, type CheckOptions, prepareHousehold } from './check-context.js';
import type { HouseholdFacts } from './facts.js';
import { type Geography, UnknownMunicipalityError, isKnownMunicipality } from './geography.js';
import type { NationalFacts } from './national-facts.js';
import type { Period } from './period.js';
import type { DestinationCheck, Flag } from './rule.js';
import { RULES } from './rules/index.js';

/** Checks one destination against a prepared household; each code appears at most once, BLOCK flags first. */
export function checkPrepared(context: CheckContext, destination: string): DestinationCheck {
  if (!isKnownMunicipality(context.geography, destination)) throw new UnknownMunicipalityError();
  const flags: Flag[] = [];
  for (const rule of RULES) {
    const causes = rule.evaluate(context, destination);
    if (causes.length === 0) continue;
    flags.push({
      code: rule.code,
      severity: rule.severityOf?.(causes) ?? rule.severity,
      message: rule.explain(causes),
      causes,
    });
  }
  // Array.prototype.sort is stable: within a severity the rulebook's order stays.
  flags.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'BLOCK' ? -1 : 1));
  return { municipalityCode: destination, cleared: !flags.some((flag) => flag.severity === 'BLOCK'), flags };
}

/** Checks one destination for a household over a period. */
export function checkDestination(
  household: HouseholdFacts,
  national: NationalFacts,
  geography: Geography,
  destination: string,
  period: Period,
  options: CheckOptions,
): DestinationCheck {
  return checkPrepared(prepareHousehold(household, national, geography, period, options), destination);
}
