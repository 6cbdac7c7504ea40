import { describe, expect, it } from '@jest/globals';
import type { CauseKind, CauseView } from './cause.js';
import { explainFlag } from './explain.js';
import { LANGUAGES } from './language.js';
import { RULES } from './rules/index.js';
import type { Confidence, FlagCode } from './vocabulary.js';
import * as sv from './wording-sv.js';

// Causes as the rules and redaction make them, with ids a message must never show.
const DEST = '9002';
const NEXT = '9003';

function household(kind: CauseKind, extra: Partial<CauseView> = {}): CauseView {
  return { kind, municipalityCode: DEST, nearby: false, protectedPerson: true, subjectRegion: 'SYD', caseId: 'case-own', ...extra };
}

function network(networkId: string, confidence: Confidence, extra: Partial<CauseView> = {}): CauseView {
  return { kind: 'NETWORK_PRESENCE', municipalityCode: DEST, nearby: false, protectedPerson: false, networkId, confidence, ...extra };
}

function occupant(personId: string, extra: Partial<CauseView> = {}): CauseView {
  return {
    kind: 'OCCUPANCY',
    municipalityCode: DEST,
    nearby: false,
    protectedPerson: true,
    subjectRegion: 'SYD',
    caseId: 'case-other',
    personId,
    occupancyId: `placement-of-${personId}`,
    occupancyKind: 'PLACEMENT',
    ...extra,
  };
}

function located(personId: string, extra: Partial<CauseView> = {}): CauseView {
  return { kind: 'KNOWN_LOCATION', municipalityCode: DEST, nearby: false, protectedPerson: false, personId, namedThreat: true, ...extra };
}

/** What redaction leaves of another region's household: its kind, nothing else. */
function cutDown(kind: CauseKind, nearby = false): CauseView {
  return { kind, nearby, protectedPerson: true, otherRegion: true, area: true };
}

interface Row {
  code: FlagCode;
  name: string;
  causes: CauseView[];
  en: string;
  sv: string;
}

const rows: Row[] = [
  {
    code: 'SURVEILLANCE_HOLD',
    name: 'a hold',
    causes: [household('SURVEILLANCE_HOLD')],
    en: 'A police hold applies to this household; no reason is given.',
    sv: 'En polisiär spärr gäller för hushållet; inget skäl anges.',
  },
  {
    code: 'ASSESSMENT_UNSUITABLE',
    name: 'two reasons',
    causes: [household('UNSUITABLE_LISTING', { reason: 'VICTIM' }), household('UNSUITABLE_LISTING', { reason: 'RIVAL_PRESENCE' })],
    en: 'The placement assessment lists this municipality as unsuitable (victim and rival presence).',
    sv: 'Placeringsbedömningen anger den här kommunen som olämplig (brottsoffer och rivaliserande nätverk).',
  },
  {
    code: 'ASSESSMENT_UNSUITABLE',
    name: 'three reasons, one twice',
    causes: [
      household('UNSUITABLE_LISTING', { reason: 'THREAT_ACTOR' }),
      household('UNSUITABLE_LISTING', { reason: 'HOME_AREA' }),
      household('UNSUITABLE_LISTING', { reason: 'THREAT_ACTOR' }),
      household('UNSUITABLE_LISTING', { reason: 'OTHER' }),
    ],
    en: 'The placement assessment lists this municipality as unsuitable (threat actor, home area and other).',
    sv: 'Placeringsbedömningen anger den här kommunen som olämplig (hotaktör, hemområde och annat skäl).',
  },
  {
    code: 'ASSESSMENT_UNSUITABLE',
    name: 'redacted: no reason left',
    causes: [cutDown('UNSUITABLE_LISTING')],
    en: 'The placement assessment lists this municipality as unsuitable.',
    sv: 'Placeringsbedömningen anger den här kommunen som olämplig.',
  },
  {
    code: 'OUTSIDE_SUITABLE_LIST',
    name: 'not on the list',
    causes: [household('NOT_ON_SUITABLE_LIST')],
    en: 'The placement assessment lists suitable municipalities and this is not one of them.',
    sv: 'Placeringsbedömningen anger lämpliga kommuner, och den här kommunen är inte en av dem.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'relocation required',
    causes: [household('HOME_MUNICIPALITY', { relocationRequired: true })],
    en: "This is the household's home municipality, and the threat assessment requires relocation.",
    sv: 'Det här är hushållets hemkommun, och enligt hotbedömningen måste hushållet flytta.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'relocation not required',
    causes: [household('HOME_MUNICIPALITY', { relocationRequired: false })],
    en: "This is the household's home municipality; the threat assessment does not require relocation.",
    sv: 'Det här är hushållets hemkommun; enligt hotbedömningen behöver hushållet inte flytta.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'no threat assessment',
    causes: [household('HOME_MUNICIPALITY')],
    en: "This is the household's home municipality, and no threat assessment says whether relocation is required.",
    sv: 'Det här är hushållets hemkommun, och det finns ingen hotbedömning som anger om hushållet måste flytta.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'a confirmed actual area, relocation required',
    causes: [
      household('ACTUAL_AREA', { relocationRequired: true, confidence: 'CONFIRMED', memberId: 'person-x', actualAreaKind: 'LIVES' }),
    ],
    en: 'A household member actually lives or spends time here, by police intelligence, and the threat assessment requires relocation.',
    sv: 'Enligt polisens underrättelser bor eller vistas någon i hushållet faktiskt här, och enligt hotbedömningen måste hushållet flytta.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'only an unconfirmed actual area, relocation required',
    causes: [household('ACTUAL_AREA', { relocationRequired: true, confidence: 'POSSIBLE', memberId: 'person-x', actualAreaKind: 'OTHER' })],
    en: 'By unconfirmed police intelligence, a household member may live or spend time here; the threat assessment requires relocation, so confirm or dismiss the intelligence.',
    sv: 'Enligt obekräftade underrättelser kan någon i hushållet bo eller vistas här; enligt hotbedömningen måste hushållet flytta, så bekräfta eller avfärda uppgiften.',
  },
  {
    code: 'HOME_MUNICIPALITY',
    name: 'home and an actual area: the home is named',
    causes: [
      household('HOME_MUNICIPALITY', { relocationRequired: false }),
      household('ACTUAL_AREA', { relocationRequired: false, confidence: 'PROBABLE' }),
    ],
    en: "This is the household's home municipality; the threat assessment does not require relocation.",
    sv: 'Det här är hushållets hemkommun; enligt hotbedömningen behöver hushållet inte flytta.',
  },
  {
    code: 'TOO_CLOSE_TO_HOME',
    name: 'nearest an actual area',
    causes: [household('DISTANCE_FROM_ACTUAL_AREA', { distanceKm: 17.25, limitKm: 50, confidence: 'PROBABLE', memberId: 'person-x' })],
    en: "This municipality is 17.2 km from where a household member actually lives or spends time, nearer than the placement assessment's minimum of 50 km.",
    sv: 'Den här kommunen ligger 17,2 km från platsen där någon i hushållet faktiskt bor eller vistas, närmare än placeringsbedömningens minimiavstånd på 50 km.',
  },
  {
    code: 'TOO_CLOSE_TO_HOME',
    name: 'nearest an unconfirmed actual area',
    causes: [household('DISTANCE_FROM_ACTUAL_AREA', { distanceKm: 20, limitKm: 50, confidence: 'POSSIBLE', memberId: 'person-x' })],
    en: "This municipality is 20 km from where a household member actually lives or spends time (unconfirmed), nearer than the placement assessment's minimum of 50 km.",
    sv: 'Den här kommunen ligger 20 km från platsen där någon i hushållet faktiskt bor eller vistas (obekräftat), närmare än placeringsbedömningens minimiavstånd på 50 km.',
  },
  {
    code: 'TOO_CLOSE_TO_HOME',
    name: 'a decimal distance, rounded down',
    causes: [household('DISTANCE_FROM_HOME', { distanceKm: 42.59, limitKm: 100 })],
    en: "This municipality is 42.5 km from home, nearer than the placement assessment's minimum of 100 km.",
    sv: 'Den här kommunen ligger 42,5 km från hemkommunen, närmare än placeringsbedömningens minimiavstånd på 100 km.',
  },
  {
    code: 'TOO_CLOSE_TO_HOME',
    name: 'a decimal minimum',
    causes: [household('DISTANCE_FROM_HOME', { distanceKm: 0, limitKm: 12.5 })],
    en: "This municipality is 0 km from home, nearer than the placement assessment's minimum of 12.5 km.",
    sv: 'Den här kommunen ligger 0 km från hemkommunen, närmare än placeringsbedömningens minimiavstånd på 12,5 km.',
  },
  {
    code: 'TOO_CLOSE_TO_HOME',
    name: 'redacted: no distances left',
    causes: [cutDown('DISTANCE_FROM_HOME')],
    en: 'This municipality is nearer home than the placement assessment allows.',
    sv: 'Den här kommunen ligger närmare hemkommunen än placeringsbedömningen tillåter.',
  },
  {
    code: 'RIVAL_NETWORK_PRESENCE',
    name: 'two networks, one named',
    causes: [network('net-a', 'PROBABLE', { namedThreat: true }), network('net-b', 'CONFIRMED', { namedThreat: false })],
    en: '2 networks in conflict with the household (1 named in the threat assessment) are present here (highest confidence: confirmed).',
    sv: '2 nätverk i konflikt med hushållet (1 utpekat i hotbedömningen) finns här (högsta tillförlitlighet: bekräftad).',
  },
  {
    code: 'RIVAL_NETWORK_PRESENCE',
    name: 'two networks, both named',
    causes: [network('net-a', 'POSSIBLE', { namedThreat: true }), network('net-b', 'PROBABLE', { namedThreat: true })],
    en: '2 networks in conflict with the household (2 named in the threat assessment) are present here (highest confidence: probable).',
    sv: '2 nätverk i konflikt med hushållet (2 utpekade i hotbedömningen) finns här (högsta tillförlitlighet: sannolik).',
  },
  {
    code: 'RIVAL_NETWORK_PRESENCE',
    name: 'one network, not named',
    causes: [network('net-a', 'POSSIBLE')],
    en: '1 network in conflict with the household is present here (highest confidence: possible).',
    sv: '1 nätverk i konflikt med hushållet finns här (högsta tillförlitlighet: möjlig).',
  },
  {
    code: 'RIVAL_NETWORK_NEARBY',
    name: 'one network in two nearby municipalities',
    causes: [network('net-a', 'PROBABLE', { nearby: true, municipalityCode: NEXT }), network('net-a', 'POSSIBLE', { nearby: true })],
    en: '1 network in conflict with the household, with regional or wider reach, is present in 2 nearby municipalities (highest confidence: probable).',
    sv: '1 nätverk i konflikt med hushållet, med regional eller större räckvidd, finns i 2 närliggande kommuner (högsta tillförlitlighet: sannolik).',
  },
  {
    code: 'RIVAL_NETWORK_NEARBY',
    name: 'two networks in one nearby municipality',
    causes: [network('net-a', 'CONFIRMED', { nearby: true }), network('net-b', 'POSSIBLE', { nearby: true })],
    en: '2 networks in conflict with the household, with regional or wider reach, are present in 1 nearby municipality (highest confidence: confirmed).',
    sv: '2 nätverk i konflikt med hushållet, med regional eller större räckvidd, finns i 1 närliggande kommun (högsta tillförlitlighet: bekräftad).',
  },
  {
    code: 'THREAT_ACTOR_PRESENCE',
    name: 'one person',
    causes: [located('person-a')],
    en: '1 person named as a threat or in personal conflict with a household member is known to stay here during the period.',
    sv: '1 person som pekats ut som hot eller är i personlig konflikt med någon i hushållet har känd vistelseort här under perioden.',
  },
  {
    code: 'THREAT_ACTOR_PRESENCE',
    name: 'two persons, one in conflict',
    causes: [located('person-a'), located('person-b', { namedThreat: false, memberId: 'person-member', conflictKind: 'VICTIM' })],
    en: '2 persons named as a threat or in personal conflict with a household member are known to stay here during the period.',
    sv: '2 personer som pekats ut som hot eller är i personlig konflikt med någon i hushållet har känd vistelseort här under perioden.',
  },
  {
    code: 'THREAT_ACTOR_PRESENCE',
    name: 'told by area only',
    causes: [located('person-a', { area: true, protectedPerson: true, subjectRegion: 'NORD' })],
    en: 'One or more persons of another region named as a threat or in personal conflict with a household member are known to stay in the area around here during the period (the exact place is not shown).',
    sv: 'En eller flera personer från en annan region som pekats ut som hot eller är i personlig konflikt med någon i hushållet har känd vistelseort i området runt här under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'THREAT_ACTOR_PRESENCE',
    name: 'one shown and more by area',
    causes: [located('person-a'), located('person-b', { area: true })],
    en: '1 person named as a threat or in personal conflict with a household member is known to stay here during the period, and more of another region in the area around here (the exact place is not shown).',
    sv: '1 person som pekats ut som hot eller är i personlig konflikt med någon i hushållet har känd vistelseort här under perioden, och fler från en annan region i området runt här (den exakta platsen visas inte).',
  },
  {
    code: 'OWN_NETWORK_PRESENCE',
    name: 'one network',
    causes: [network('net-own', 'POSSIBLE')],
    en: '1 network a household member is or was affiliated with is present here (highest confidence: possible).',
    sv: '1 nätverk som någon i hushållet har eller har haft koppling till finns här (högsta tillförlitlighet: möjlig).',
  },
  {
    code: 'OWN_NETWORK_PRESENCE',
    name: 'three networks',
    causes: [network('net-a', 'POSSIBLE'), network('net-b', 'POSSIBLE'), network('net-c', 'PROBABLE')],
    en: '3 networks a household member is or was affiliated with are present here (highest confidence: probable).',
    sv: '3 nätverk som någon i hushållet har eller har haft koppling till finns här (högsta tillförlitlighet: sannolik).',
  },
  {
    code: 'RIVAL_PLACEMENT',
    name: 'one person',
    causes: [occupant('person-a', { networkId: 'net-rival' })],
    en: '1 protected person affiliated with a rival network is placed or cleared to move here during the period.',
    sv: '1 skyddad person med koppling till ett rivaliserande nätverk är placerad eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'RIVAL_PLACEMENT',
    name: 'two persons',
    causes: [
      occupant('person-a', { networkId: 'net-rival' }),
      occupant('person-b', { networkId: 'net-rival', occupancyKind: 'RESERVATION' }),
    ],
    en: '2 protected persons affiliated with a rival network are placed or cleared to move here during the period.',
    sv: '2 skyddade personer med koppling till ett rivaliserande nätverk är placerade eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'RIVAL_PLACEMENT',
    name: "another region's, cut down",
    causes: [cutDown('OCCUPANCY')],
    en: 'One or more protected persons of another region affiliated with a rival network are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    sv: 'En eller flera skyddade personer från en annan region med koppling till ett rivaliserande nätverk är placerade eller har klartecken att flytta till området runt här under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'RIVAL_PLACEMENT',
    name: "two shown and another region's by area",
    causes: [occupant('person-a', { networkId: 'net-rival' }), occupant('person-b', { networkId: 'net-rival' }), cutDown('OCCUPANCY')],
    en: '2 protected persons affiliated with a rival network are placed or cleared to move here during the period, and more of another region in the area around here (the exact place is not shown).',
    sv: '2 skyddade personer med koppling till ett rivaliserande nätverk är placerade eller har klartecken att flytta hit under perioden, och fler från en annan region i området runt här (den exakta platsen visas inte).',
  },
  {
    code: 'RIVAL_PLACEMENT_NEARBY',
    name: 'one person nearby',
    causes: [occupant('person-a', { nearby: true, municipalityCode: NEXT, networkId: 'net-rival' })],
    en: '1 protected person affiliated with a rival network is placed or cleared to move nearby during the period.',
    sv: '1 skyddad person med koppling till ett rivaliserande nätverk är placerad eller har klartecken att flytta till närområdet under perioden.',
  },
  {
    code: 'RIVAL_PLACEMENT_NEARBY',
    name: "another region's nearby, cut down",
    causes: [cutDown('OCCUPANCY', true)],
    en: 'One or more protected persons of another region affiliated with a rival network are placed or cleared to move in an area nearby during the period (the exact place is not shown).',
    sv: 'En eller flera skyddade personer från en annan region med koppling till ett rivaliserande nätverk är placerade eller har klartecken att flytta till ett närliggande område under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'RIVAL_PLACEMENT_NEARBY',
    name: "one shown nearby and another region's by area",
    causes: [occupant('person-a', { nearby: true, municipalityCode: NEXT, networkId: 'net-rival' }), cutDown('OCCUPANCY', true)],
    en: '1 protected person affiliated with a rival network is placed or cleared to move nearby during the period, and more of another region in an area nearby (the exact place is not shown).',
    sv: '1 skyddad person med koppling till ett rivaliserande nätverk är placerad eller har klartecken att flytta till närområdet under perioden, och fler från en annan region i ett närliggande område (den exakta platsen visas inte).',
  },
  {
    code: 'PERSONAL_CONFLICT',
    name: 'one person',
    causes: [occupant('person-a', { namedThreat: false, memberId: 'person-member', conflictKind: 'THREAT' })],
    en: '1 person in personal conflict with a household member or named as a threat is placed or cleared to move here during the period.',
    sv: '1 person som är i personlig konflikt med någon i hushållet eller har pekats ut som hot är placerad eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'PERSONAL_CONFLICT',
    name: 'two persons',
    causes: [occupant('person-a', { namedThreat: true }), occupant('person-b', { namedThreat: true })],
    en: '2 persons in personal conflict with a household member or named as a threat are placed or cleared to move here during the period.',
    sv: '2 personer som är i personlig konflikt med någon i hushållet eller har pekats ut som hot är placerade eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'PERSONAL_CONFLICT',
    name: "another region's, by area",
    causes: [occupant('person-a', { area: true, subjectRegion: 'NORD', namedThreat: true })],
    en: 'One or more persons of another region in personal conflict with a household member or named as a threat are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    sv: 'En eller flera personer från en annan region som är i personlig konflikt med någon i hushållet eller har pekats ut som hot är placerade eller har klartecken att flytta till området runt här under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'PERSONAL_CONFLICT',
    name: 'one here, one elsewhere within the keep-apart scope',
    causes: [
      occupant('person-a', { namedThreat: false, memberId: 'person-member', conflictKind: 'THREAT' }),
      occupant('person-b', { nearby: true, namedThreat: false, memberId: 'person-member', conflictKind: 'ENMITY' }),
    ],
    en: "1 person in personal conflict with a household member or named as a threat is placed or cleared to move here during the period. 1 person in personal conflict with a household member is placed or cleared to move elsewhere within the conflict's keep-apart scope during the period.",
    sv: '1 person som är i personlig konflikt med någon i hushållet eller har pekats ut som hot är placerad eller har klartecken att flytta hit under perioden. 1 person som är i personlig konflikt med någon i hushållet är placerad eller har klartecken att flytta någon annanstans inom konfliktens område för åtskillnad under perioden.',
  },
  {
    code: 'PERSONAL_CONFLICT',
    name: "elsewhere within scope only, another region's cut down",
    causes: [cutDown('OCCUPANCY', true)],
    en: "One or more persons of another region in personal conflict with a household member are placed or cleared to move elsewhere within the conflict's keep-apart scope during the period (the exact place is not shown).",
    sv: 'En eller flera personer från en annan region som är i personlig konflikt med någon i hushållet är placerade eller har klartecken att flytta någon annanstans inom konfliktens område för åtskillnad under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'CO_PLACEMENT',
    name: 'one person',
    causes: [occupant('person-a')],
    en: '1 other protected person is placed or cleared to move here during the period.',
    sv: '1 annan skyddad person är placerad eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'CO_PLACEMENT',
    name: 'three persons',
    causes: [occupant('person-a'), occupant('person-b'), occupant('person-c', { occupancyKind: 'RESERVATION' })],
    en: '3 other protected persons are placed or cleared to move here during the period.',
    sv: '3 andra skyddade personer är placerade eller har klartecken att flytta hit under perioden.',
  },
  {
    code: 'CO_PLACEMENT',
    name: "another region's, cut down",
    causes: [cutDown('OCCUPANCY')],
    en: 'One or more other protected persons of another region are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    sv: 'En eller flera andra skyddade personer från en annan region är placerade eller har klartecken att flytta till området runt här under perioden (den exakta platsen visas inte).',
  },
  {
    code: 'STALE_ASSESSMENT',
    name: 'one missing, one past review',
    causes: [household('ASSESSMENT_MISSING', { assessment: 'THREAT' }), household('ASSESSMENT_PAST_REVIEW', { assessment: 'PLACEMENT' })],
    en: 'The threat assessment is missing and the placement assessment is past its review date.',
    sv: 'Hotbedömningen saknas och placeringsbedömningens omprövningsdatum har passerat.',
  },
  {
    code: 'STALE_ASSESSMENT',
    name: 'one past review',
    causes: [household('ASSESSMENT_PAST_REVIEW', { assessment: 'THREAT' })],
    en: 'The threat assessment is past its review date.',
    sv: 'Hotbedömningens omprövningsdatum har passerat.',
  },
  {
    code: 'STALE_ASSESSMENT',
    name: 'redacted: no assessment named',
    causes: [cutDown('ASSESSMENT_MISSING')],
    en: 'An assessment is missing or past its review date.',
    sv: 'En bedömning saknas eller har passerat sitt omprövningsdatum.',
  },
  {
    code: 'CONFLICT_REVIEW_DUE',
    name: 'one conflict',
    causes: [household('CONFLICT_PAST_REVIEW', { memberId: 'person-member' })],
    en: 'A personal conflict of a household member is past its review date.',
    sv: 'En personlig konflikt för någon i hushållet har passerat sitt omprövningsdatum.',
  },
  {
    code: 'CONFLICT_REVIEW_DUE',
    name: 'two conflicts',
    causes: [
      household('CONFLICT_PAST_REVIEW', { memberId: 'person-member' }),
      household('CONFLICT_PAST_REVIEW', { memberId: 'person-other' }),
    ],
    en: '2 personal conflicts of household members are past their review dates.',
    sv: '2 personliga konflikter för personer i hushållet har passerat sina omprövningsdatum.',
  },
  {
    code: 'ELIGIBILITY_INCOMPLETE',
    name: 'one criterion',
    causes: [household('UNMET_CRITERION', { criterion: 'motivated' })],
    en: '1 of 5 eligibility criteria is not met: motivated.',
    sv: '1 av 5 urvalskriterier är inte uppfyllt: motiverad.',
  },
  {
    code: 'ELIGIBILITY_INCOMPLETE',
    name: 'every criterion',
    causes: [
      household('UNMET_CRITERION', { criterion: 'meetsDefinition' }),
      household('UNMET_CRITERION', { criterion: 'motivated' }),
      household('UNMET_CRITERION', { criterion: 'consentToInformationExchange' }),
      household('UNMET_CRITERION', { criterion: 'signedConditions' }),
      household('UNMET_CRITERION', { criterion: 'notEvidencePerson' }),
    ],
    en: '5 of 5 eligibility criteria are not met: meets the definition, motivated, consent to information exchange, signed police conditions and not an evidence person.',
    sv: '5 av 5 urvalskriterier är inte uppfyllda: uppfyller definitionen, motiverad, samtycke till informationsutbyte, undertecknade polisiära villkor och inte bevisperson.',
  },
  {
    code: 'CONSENT_MISSING',
    name: 'one member, withdrawn',
    causes: [household('CONSENT_NOT_COVERED', { memberId: 'person-a', consentStanding: 'WITHDRAWN' })],
    en: "1 household member has no valid consent to share what a placement needs with the receiving municipality's social services (withdrawn).",
    sv: '1 hushållsmedlem saknar giltigt samtycke till att dela det en placering kräver med den mottagande kommunens socialtjänst (återkallat).',
  },
  {
    code: 'CONSENT_MISSING',
    name: 'three members, each their own way',
    causes: [
      household('CONSENT_NOT_COVERED', { memberId: 'person-a', consentStanding: 'EXPIRED' }),
      household('CONSENT_NOT_COVERED', { memberId: 'person-b', consentStanding: 'NONE' }),
      household('CONSENT_NOT_COVERED', { memberId: 'person-c', consentStanding: 'INCOMPLETE' }),
    ],
    en: "3 household members have no valid consent to share what a placement needs with the receiving municipality's social services (none recorded, expired and incomplete).",
    sv: '3 hushållsmedlemmar saknar giltigt samtycke till att dela det en placering kräver med den mottagande kommunens socialtjänst (inget registrerat, utgånget och ofullständigt).',
  },
];

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

// Words the two languages spell alike; any other word of an English sentence in a Swedish one is a slip.
const SHARED = new Set(['person', 'region', 'regional', 'km']);
const ENGLISH_WORDS = new Set(rows.flatMap((row) => words(row.en)).filter((word) => word.length > 2 && !SHARED.has(word)));
// What a half-translated sentence would most likely keep.
const ENGLISH_FRAGMENTS = [
  'protected',
  'here during',
  'during the period',
  'household',
  'network',
  'assessment',
  'not shown',
  ' is ',
  ' are ',
];

/** Every value in a cause that names something: ids, places, regions. */
function namesIn(causes: readonly CauseView[]): string[] {
  const fields = ['caseId', 'personId', 'memberId', 'networkId', 'occupancyId', 'municipalityCode', 'subjectRegion'] as const;
  return causes.flatMap((cause) => fields.flatMap((field) => (typeof cause[field] === 'string' ? [cause[field] as string] : [])));
}

describe('flag sentences in English and Swedish', () => {
  it('has rows for every rule', () => {
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set(RULES.map((rule) => rule.code)));
  });

  it.each(rows)('$code, $name', ({ code, causes, en, sv: swedish }) => {
    expect(explainFlag({ code, causes }, 'en')).toBe(en);
    expect(explainFlag({ code, causes }, 'sv')).toBe(swedish);
    // English stays the default, as every caller that names no language expects.
    expect(explainFlag({ code, causes })).toBe(en);
  });

  it.each(rows)('$code, $name: the Swedish keeps no English', ({ code, causes }) => {
    const swedish = explainFlag({ code, causes }, 'sv');
    expect(words(swedish).filter((word) => ENGLISH_WORDS.has(word))).toEqual([]);
    for (const fragment of ENGLISH_FRAGMENTS) expect(swedish.toLowerCase()).not.toContain(fragment);
  });

  it.each(rows)('$code, $name: a sentence in each language, never an id, a place or a region', ({ code, causes }) => {
    for (const language of LANGUAGES) {
      const sentence = explainFlag({ code, causes }, language);
      expect(sentence).toMatch(/^[A-ZÅÄÖ0-9].*\.$/u);
      expect(sentence).not.toMatch(/person-|case-|net-|placement-|900\d|SYD|NORD/);
      for (const name of namesIn(causes)) expect(sentence).not.toContain(name);
    }
  });

  it('refuses a flag code no rule has', () => {
    expect(() => explainFlag({ code: 'NO_SUCH_RULE' as FlagCode, causes: [] }, 'sv')).toThrow('No rule for a flag code');
  });
});

describe('Swedish pieces', () => {
  it('joins lists with "och" and no comma before it', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map((list) => sv.joined(list))).toEqual(['', 'a', 'a och b', 'a, b och c']);
  });

  it('writes decimals with a comma', () => {
    expect([0, 100, 42.5, 100.0001].map(sv.decimal)).toEqual(['0', '100', '42,5', '100,0001']);
  });

  it('names the strongest confidence, or nothing', () => {
    expect(sv.highestConfidence([network('net-a', 'POSSIBLE'), network('net-b', 'PROBABLE')])).toBe(' (högsta tillförlitlighet: sannolik)');
    expect(sv.highestConfidence([household('UNMET_CRITERION')])).toBe('');
  });
});
