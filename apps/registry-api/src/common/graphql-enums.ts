import { registerEnumType } from '@nestjs/graphql';
import {
  ACTUAL_AREA_KINDS,
  AFFILIATION_ROLES,
  CASE_STATUSES,
  CONSENT_ANSWERS,
  CONSENT_DATA_CATEGORIES,
  CONSENT_RECIPIENTS,
  CONSENT_STATUSES,
  CONFIDENCES,
  CONFLICT_ROLES,
  FLAG_CODES,
  KEEP_APART_SCOPES,
  HOUSING_TYPES,
  NETWORK_CATEGORIES,
  NETWORK_RELATION_KINDS,
  PERSON_KINDS,
  PERSONAL_CONFLICT_KINDS,
  PLACEMENT_END_REASONS,
  PROPOSAL_STATUSES,
  REACHES,
  SEVERITIES,
  SIGNATORY_ROLES,
  THREAT_LEVELS,
  UNSUITABLE_REASONS,
} from '@registry/checker';
import { POLICE_REGIONS } from '@registry/geo';

/** GraphQL enums from the vocabulary's const arrays: the names have one home (libs/checker, libs/geo). */
function enumOf<T extends string>(values: readonly T[], name: string, description?: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const PoliceRegionEnum = enumOf(POLICE_REGIONS, 'PoliceRegion', 'polisregion: the seven police regions');
export const NetworkCategoryEnum = enumOf(NETWORK_CATEGORIES, 'NetworkCategory');
export const ReachEnum = enumOf(REACHES, 'Reach');
export const ConfidenceEnum = enumOf(CONFIDENCES, 'Confidence');
export const ActualAreaKindEnum = enumOf(
  ACTUAL_AREA_KINDS,
  'ActualAreaKind',
  'What a household member does in an actual area: lives there, stays there often, works or studies there, or other',
);
export const NetworkRelationKindEnum = enumOf(NETWORK_RELATION_KINDS, 'NetworkRelationKind');
export const AffiliationRoleEnum = enumOf(AFFILIATION_ROLES, 'AffiliationRole');
export const PersonKindEnum = enumOf(PERSON_KINDS, 'PersonKind');
export const PersonalConflictKindEnum = enumOf(PERSONAL_CONFLICT_KINDS, 'PersonalConflictKind');
export const ConflictRoleEnum = enumOf(
  CONFLICT_ROLES,
  'ConflictRole',
  'Each side’s part in a personal conflict: VICTIM, PERPETRATOR, BOTH, UNKNOWN (the default)',
);
export const KeepApartScopeEnum = enumOf(
  KEEP_APART_SCOPES,
  'KeepApartScope',
  'How far apart a personal conflict’s two persons must be kept; PERSONAL_CONFLICT blocks a destination when the other person is placed or reserved within the scope of it. Narrowest first, and each includes every narrower one: SAME_MUNICIPALITY (the default, the contract’s original rule: the destination itself), NEARBY (also a municipality sharing a border or within NEARBY_RADIUS_KM), SAME_COUNTY (also the destination’s county), SAME_POLICE_REGION (also the destination’s police region), NATIONWIDE (anywhere).',
);
export const ThreatLevelEnum = enumOf(THREAT_LEVELS, 'ThreatLevel');
export const UnsuitableReasonEnum = enumOf(UNSUITABLE_REASONS, 'UnsuitableReason');
export const HousingTypeEnum = enumOf(HOUSING_TYPES, 'HousingType');
export const CaseStatusEnum = enumOf(CASE_STATUSES, 'CaseStatus');
export const ProposalStatusEnum = enumOf(PROPOSAL_STATUSES, 'ProposalStatus');
export const PlacementEndReasonEnum = enumOf(PLACEMENT_END_REASONS, 'PlacementEndReason');
export const ConsentRecipientEnum = enumOf(
  CONSENT_RECIPIENTS,
  'ConsentRecipient',
  'Who receives data under a consent: the receiving municipality’s social services, the responsible (home) municipality, school, health care, prison and probation service (Kriminalvården), another authority',
);
export const ConsentDataCategoryEnum = enumOf(
  CONSENT_DATA_CATEGORIES,
  'ConsentDataCategory',
  'Which data a consent lets go to its recipients; PLACEMENT_NEEDS is what a placement discloses (identity, household, the need for protected housing)',
);
export const SignatoryRoleEnum = enumOf(
  SIGNATORY_ROLES,
  'SignatoryRole',
  'PERSON: the member themselves; GUARDIAN: a guardian (vårdnadshavare)',
);
export const ConsentAnswerEnum = enumOf(CONSENT_ANSWERS, 'ConsentAnswer');
export const ConsentStatusEnum = enumOf(
  CONSENT_STATUSES,
  'ConsentStatus',
  'On the day asked: VALID; EXPIRED after its review date without renewal; WITHDRAWN from the day of withdrawal; INCOMPLETE when a signatory the member’s age requires has not answered, or any required signatory said no (a youth’s yes with a guardian’s no is no consent), or before it was signed',
);
export const SeverityEnum = enumOf(SEVERITIES, 'Severity');
export const FlagCodeEnum = enumOf(
  FLAG_CODES,
  'FlagCode',
  'The rule that fired. For a regional unit, flags that point at another region’s household (RIVAL_PLACEMENT, RIVAL_PLACEMENT_NEARBY, CO_PLACEMENT, PERSONAL_CONFLICT, THREAT_ACTOR_PRESENCE for a person the region may not see) are set on every municipality of that household’s privacy area (at least ten) for whole calendar months, and never count or place it; the true municipality is always among them. National coordination sees the exact municipality. PERSONAL_CONFLICT applies each open conflict’s keep-apart scope (KeepApartScope; SAME_MUNICIPALITY unless recorded otherwise); a closed conflict, known location or surveillance hold no longer counts. CONFLICT_REVIEW_DUE (WARN): an open personal conflict of a household member is past its review date (due today is still current), as STALE_ASSESSMENT does for assessments. CONSENT_MISSING (BLOCK): the destination’s social services would receive what a placement needs (PLACEMENT_NEEDS to RECEIVING_MUNICIPALITY_SOCIAL_SERVICES) about a household member whom no valid consent covers today: the defector always, a relative once a consent has been recorded for them; a consent is valid from its signing through its review date unless withdrawn, with every signatory the member’s age requires saying yes.',
);
