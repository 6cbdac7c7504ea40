import { blocksAsHome, homeAreasOf } from '../actual-areas.js';
import { type Cause, type CauseView, householdCause } from '../cause.js';
import type { CheckContext } from '../check-context.js';
import { inLanguages } from '../language.js';
import type { Rule } from '../rule.js';
import type { Severity } from '../vocabulary.js';

/**
 * The destination is the household's home municipality (bosättningskommun), or one of its members' actual
 * areas (where they really live or spend time, which counts as home: DOMAIN.md, "the registered address is
 * often not where a person lives"). It blocks when the threat assessment requires relocation; otherwise,
 * including when there is no threat assessment yet, it warns: staying home can be right at a low threat, but
 * someone should decide it knowingly. An unconfirmed (POSSIBLE) area only ever warns (actual-areas.ts).
 */
export function findHomeMunicipality(context: CheckContext, destination: string): Cause[] {
  const { household } = context;
  const threat = household.threatAssessment;
  const relocation = threat ? { relocationRequired: threat.relocationRequired } : {};
  const causes: Cause[] = [];
  if (destination === household.homeMunicipalityCode) {
    causes.push({ ...householdCause(household, destination, 'HOME_MUNICIPALITY'), ...relocation });
  }
  for (const area of homeAreasOf(context)) {
    if (area.municipalityCode !== destination) continue;
    causes.push({
      ...householdCause(household, destination, 'ACTUAL_AREA'),
      ...relocation,
      memberId: area.memberId,
      confidence: area.confidence,
      actualAreaKind: area.kind,
    });
  }
  return causes;
}

/** A cause that would block if relocation is required: the home itself, or a confirmed or probable area. */
function blockingCause(cause: CauseView): boolean {
  return cause.kind !== 'ACTUAL_AREA' || blocksAsHome(cause.confidence);
}

function severityOf(causes: readonly CauseView[]): Severity {
  return causes.some((cause) => cause.relocationRequired === true && blockingCause(cause)) ? 'BLOCK' : 'WARN';
}

/** The threat assessment's answer; a cause that requires relocation outweighs one that does not. */
function relocationOf(causes: readonly CauseView[]): boolean | undefined {
  const answers = causes.map((cause) => cause.relocationRequired);
  if (answers.includes(true)) return true;
  return answers.includes(false) ? false : undefined;
}

/** Which place the sentence is about: the registered home, a member's actual area, or only unconfirmed areas. */
function placeOf(causes: readonly CauseView[]): 'HOME' | 'AREA' | 'UNCONFIRMED' {
  if (causes.length === 0 || causes.some((cause) => cause.kind !== 'ACTUAL_AREA')) return 'HOME';
  return causes.some((cause) => blocksAsHome(cause.confidence)) ? 'AREA' : 'UNCONFIRMED';
}

export const homeMunicipality: Rule = {
  code: 'HOME_MUNICIPALITY',
  severity: 'BLOCK',
  severityOf,
  explain: inLanguages({
    en(causes) {
      const relocation = relocationOf(causes);
      const place = placeOf(causes);
      const opening =
        place === 'HOME'
          ? "This is the household's home municipality"
          : place === 'AREA'
            ? 'A household member actually lives or spends time here, by police intelligence'
            : 'By unconfirmed police intelligence, a household member may live or spend time here';
      if (relocation === true && place === 'UNCONFIRMED') {
        return `${opening}; the threat assessment requires relocation, so confirm or dismiss the intelligence.`;
      }
      if (relocation === true) return `${opening}, and the threat assessment requires relocation.`;
      if (relocation === false) return `${opening}; the threat assessment does not require relocation.`;
      return `${opening}, and no threat assessment says whether relocation is required.`;
    },
    sv(causes) {
      const relocation = relocationOf(causes);
      const place = placeOf(causes);
      const opening =
        place === 'HOME'
          ? 'Det här är hushållets hemkommun'
          : place === 'AREA'
            ? 'Enligt polisens underrättelser bor eller vistas någon i hushållet faktiskt här'
            : 'Enligt obekräftade underrättelser kan någon i hushållet bo eller vistas här';
      if (relocation === true && place === 'UNCONFIRMED') {
        return `${opening}; enligt hotbedömningen måste hushållet flytta, så bekräfta eller avfärda uppgiften.`;
      }
      if (relocation === true) return `${opening}, och enligt hotbedömningen måste hushållet flytta.`;
      if (relocation === false) return `${opening}; enligt hotbedömningen behöver hushållet inte flytta.`;
      return `${opening}, och det finns ingen hotbedömning som anger om hushållet måste flytta.`;
    },
  }),
  evaluate: findHomeMunicipality,
  flagsAt: (context, destination) => {
    const home = destination === context.household.homeMunicipalityCode;
    const areas = homeAreasOf(context).filter((area) => area.municipalityCode === destination);
    if (!home && areas.length === 0) return undefined;
    if (context.household.threatAssessment?.relocationRequired !== true) return 'WARN';
    return home || areas.some((area) => blocksAsHome(area.confidence)) ? 'BLOCK' : 'WARN';
  },
};
