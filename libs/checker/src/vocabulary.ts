/**
 * The contract's domain enums, in one place. The API registers its GraphQL enums from these arrays, so a
 * name changes here or nowhere. PoliceRegion lives in @registry/geo.
 */

export const NETWORK_CATEGORIES = [
  'LOCAL_NETWORK',
  'FAMILY_BASED',
  'VIOLENT_EXTREMIST',
  'PROJECT_BASED',
  'SELF_MARKING_GROUP',
  'RISK_SUPPORTER',
  'OTHER',
] as const;
export type NetworkCategory = (typeof NETWORK_CATEGORIES)[number];

/** How far a network's or a threat's influence extends. */
export const REACHES = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'] as const;
export type Reach = (typeof REACHES)[number];

/** Strongest first: the order is used to pick the highest confidence among several facts. */
export const CONFIDENCES = ['CONFIRMED', 'PROBABLE', 'POSSIBLE'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * What an actual area (a household member's whereabouts besides the registered home, from police
 * intelligence) is: where they live, stay often, work or study, or something else.
 */
export const ACTUAL_AREA_KINDS = ['LIVES', 'STAYS_OFTEN', 'WORKS_OR_STUDIES', 'OTHER'] as const;
export type ActualAreaKind = (typeof ACTUAL_AREA_KINDS)[number];

export const NETWORK_RELATION_KINDS = ['RIVAL', 'ALLIED'] as const;
export type NetworkRelationKind = (typeof NETWORK_RELATION_KINDS)[number];

export const AFFILIATION_ROLES = ['LEADER', 'MEMBER', 'ASSOCIATE', 'FORMER_MEMBER'] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/** DEFECTOR: avhoppare. RELATIVE: närstående. */
export const PERSON_KINDS = ['DEFECTOR', 'RELATIVE', 'THREAT_ACTOR', 'OTHER'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSONAL_CONFLICT_KINDS = ['THREAT', 'VICTIM', 'WITNESS', 'ENMITY'] as const;
export type PersonalConflictKind = (typeof PERSONAL_CONFLICT_KINDS)[number];

/** Each side's part in a personal conflict (the UK non-associations register's victim/perpetrator pairs). */
export const CONFLICT_ROLES = ['VICTIM', 'PERPETRATOR', 'BOTH', 'UNKNOWN'] as const;
export type ConflictRole = (typeof CONFLICT_ROLES)[number];

/**
 * How far apart a personal conflict's two persons must be kept, narrowest first. Each scope includes every
 * narrower one (a county-wide conflict also keeps the persons out of nearby municipalities across the
 * county border), so a wider scope never flags less. SAME_MUNICIPALITY is the default and today's rule.
 */
export const KEEP_APART_SCOPES = ['SAME_MUNICIPALITY', 'NEARBY', 'SAME_COUNTY', 'SAME_POLICE_REGION', 'NATIONWIDE'] as const;
export type KeepApartScope = (typeof KEEP_APART_SCOPES)[number];
export const DEFAULT_KEEP_APART_SCOPE: KeepApartScope = 'SAME_MUNICIPALITY';

export const THREAT_LEVELS = ['NONE', 'LOW', 'HIGH'] as const;
export type ThreatLevel = (typeof THREAT_LEVELS)[number];

export const UNSUITABLE_REASONS = [
  'RIVAL_PRESENCE',
  'THREAT_ACTOR',
  'OWN_NETWORK',
  'HOME_AREA',
  'RELATIVES',
  'VICTIM',
  'WITNESS',
  'OTHER',
] as const;
export type UnsuitableReason = (typeof UNSUITABLE_REASONS)[number];

/** PROTECTED_HOUSING: skyddat boende. HVB: hem för vård eller boende. FOSTER_FAMILY: familjehem.
 * SUPPORTED_HOUSING: stödboende. EMERGENCY_FOSTER: jourhem. */
export const HOUSING_TYPES = [
  'PROTECTED_HOUSING',
  'HVB',
  'FOSTER_FAMILY',
  'SUPPORTED_HOUSING',
  'EMERGENCY_FOSTER',
  'OWN_HOUSING',
  'OTHER',
] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];

export const CASE_STATUSES = ['OPEN', 'ACTIVE', 'ABORTED', 'COMPLETED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PROPOSAL_STATUSES = ['CLEARED', 'NOT_CLEARED', 'OVERRIDDEN', 'WITHDRAWN', 'PLACED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PLACEMENT_END_REASONS = ['COMPLETED', 'ABORTED', 'MOVED', 'OTHER'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

export const SEVERITIES = ['BLOCK', 'WARN'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** In the contract's order; the checker reports flags in this order within each severity. */
export const FLAG_CODES = [
  'SURVEILLANCE_HOLD',
  'ASSESSMENT_UNSUITABLE',
  'OUTSIDE_SUITABLE_LIST',
  'HOME_MUNICIPALITY',
  'TOO_CLOSE_TO_HOME',
  'RIVAL_NETWORK_PRESENCE',
  'RIVAL_NETWORK_NEARBY',
  'THREAT_ACTOR_PRESENCE',
  'OWN_NETWORK_PRESENCE',
  'RIVAL_PLACEMENT',
  'RIVAL_PLACEMENT_NEARBY',
  'PERSONAL_CONFLICT',
  'CO_PLACEMENT',
  'STALE_ASSESSMENT',
  'CONFLICT_REVIEW_DUE',
  'ELIGIBILITY_INCOMPLETE',
  'CONSENT_MISSING',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];
