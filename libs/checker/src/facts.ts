/**
 * The snapshot the checker reads: plain data, loaded and decrypted by the caller. Household facts describe
 * one case; national facts describe the whole country and are indexed once by buildNationalFacts.
 */
import type { PoliceRegion } from '@registry/geo';
import type { ConsentFacts } from './consent.js';
import type { Validity } from './period.js';
import type {
  ActualAreaKind,
  AffiliationRole,
  Confidence,
  KeepApartScope,
  NetworkCategory,
  NetworkRelationKind,
  PersonKind,
  PersonalConflictKind,
  Reach,
  ThreatLevel,
  UnsuitableReason,
} from './vocabulary.js';

/** One of a household member's affiliations; every role counts, FORMER_MEMBER included. */
export interface MemberAffiliation extends Validity {
  networkId: string;
  role: AffiliationRole;
  confidence: Confidence;
}

/** A personal conflict seen from the household member's side, whichever side registered it. */
export interface MemberConflict {
  otherPersonId: string;
  kind: PersonalConflictKind;
  /** How far apart the two must be kept; absent: SAME_MUNICIPALITY, the contract's default. */
  scope?: KeepApartScope;
  /** The day the conflict is next to be reviewed (YYYY-MM-DD); past it, CONFLICT_REVIEW_DUE warns. */
  reviewDue?: string | null;
}

/**
 * Where a household member actually lives or spends time besides the registered home municipality
 * (police intelligence): the registered address is often not where a person is, and a destination near
 * where they really are is as exposed as one near home. POSSIBLE is intelligence nobody has confirmed.
 */
export interface ActualArea extends Validity {
  municipalityCode: string;
  kind: ActualAreaKind;
  confidence: Confidence;
}

/** A person who moves with the case: the defector (avhoppare) or a relative (närstående). */
export interface HouseholdMember {
  personId: string;
  kind: PersonKind;
  surveillanceHold: boolean;
  affiliations: readonly MemberAffiliation[];
  conflicts: readonly MemberConflict[];
  /** Who must sign the member's consent depends on the age on the day asked; null: read as an adult. */
  birthYear?: number | null;
  /** Where the member actually is besides the home municipality; absent or empty: nothing known. */
  actualAreas?: readonly ActualArea[];
}

/** The five criteria for opening a case; all must hold (and evidencePerson must be false). */
export interface Eligibility {
  meetsDefinition: boolean;
  motivated: boolean;
  consentToInformationExchange: boolean;
  signedConditions: boolean;
  /** bevisperson: the police open no defector case for a suspect, injured party or witness. */
  evidencePerson: boolean;
}

/** hotbilds- och riskbedömning */
export interface ThreatAssessmentFacts {
  level: ThreatLevel;
  reach: Reach;
  relocationRequired: boolean;
  threatActorIds: readonly string[];
  threatNetworkIds: readonly string[];
  assessedOn: string;
  reviewDue: string;
}

export interface UnsuitableListing {
  municipalityCode: string;
  reason: UnsuitableReason;
}

/** placeringsbedömning */
export interface PlacementAssessmentFacts {
  unsuitable: readonly UnsuitableListing[];
  suitableCodes: readonly string[];
  minDistanceFromHomeKm: number | null;
  assessedOn: string;
  reviewDue: string;
}

/** Everything about the case being placed. */
export interface HouseholdFacts {
  caseId: string;
  region: PoliceRegion;
  /** bosättningskommun */
  homeMunicipalityCode: string;
  members: readonly HouseholdMember[];
  eligibility: Eligibility;
  threatAssessment: ThreatAssessmentFacts | null;
  placementAssessment: PlacementAssessmentFacts | null;
  /**
   * Every consent recorded for the household's members (CONSENT_MISSING). Absent: the caller does not track
   * consent and the rule stays silent; the registry always passes it, an empty list included.
   */
  consents?: readonly ConsentFacts[];
}

export interface NetworkFact {
  id: string;
  category: NetworkCategory;
  reach: Reach;
}

/** Symmetric: a RIVAL relation from a to b makes b a rival of a and a a rival of b. */
export interface RelationFact extends Validity {
  a: string;
  b: string;
  kind: NetworkRelationKind;
}

export interface PresenceFact extends Validity {
  networkId: string;
  municipalityCode: string;
  confidence: Confidence;
}

/** Where a person (usually a threat actor) is known to stay. */
export interface KnownLocationFact extends Validity {
  personId: string;
  municipalityCode: string;
}

export interface AffiliationFact extends Validity {
  personId: string;
  networkId: string;
  role: AffiliationRole;
  confidence: Confidence;
}

/** An open personal conflict; a closed one is no fact at all (the caller leaves it out). */
export interface PersonalConflictFact {
  personId: string;
  otherPersonId: string;
  kind: PersonalConflictKind;
  scope?: KeepApartScope;
  reviewDue?: string | null;
}

/** PLACEMENT: a household living there. RESERVATION: a proposal CLEARED or OVERRIDDEN, not yet placed. */
export type OccupancyKind = 'PLACEMENT' | 'RESERVATION';

/**
 * A household occupying a municipality for a period. For a placement, endDate is the earlier of its planned
 * end and the day it ended.
 */
export interface OccupancyFact {
  /** The placement's or proposal's id, when the caller wants it back in causes. */
  id?: string;
  caseId: string;
  region: PoliceRegion;
  personIds: readonly string[];
  municipalityCode: string;
  startDate: string;
  endDate: string;
  kind: OccupancyKind;
}

/** The country as plain arrays, before indexing. */
export interface NationalFactsInput {
  networks: readonly NetworkFact[];
  relations: readonly RelationFact[];
  presences: readonly PresenceFact[];
  knownLocations: readonly KnownLocationFact[];
  /** Affiliations of every protected person, to find rival placements. */
  affiliations: readonly AffiliationFact[];
  /** Every placement and reserving proposal in the country, all regions. */
  occupancies: readonly OccupancyFact[];
  /**
   * Personal conflicts registered against anyone; optional because household members carry their own.
   * The checker reads both directions of each.
   */
  personalConflicts?: readonly PersonalConflictFact[];
  /**
   * Which police regions may see each person: the regions of the cases whose household they belong to,
   * else the region that registered them. A regional view (areaView) reports the known locations of
   * anyone its region may not see by privacy area only; a person not listed is seen by no region.
   */
  personRegions?: readonly PersonScope[];
}

export interface PersonScope {
  personId: string;
  regions: readonly PoliceRegion[];
}
