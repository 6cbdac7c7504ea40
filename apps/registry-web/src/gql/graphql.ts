/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with a zone */
  DateTime: { input: string; output: string; }
};

/** Where a person actually lives or spends time besides the registered home municipality (police intelligence). The checker counts a household member's areas valid in a placement's period as home for HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME; a POSSIBLE one warns and never blocks. */
export type ActualArea = {
  __typename?: 'ActualArea';
  confidence: Confidence;
  /** ended with endActualArea (validTo then says when it stopped counting) */
  ended: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ActualAreaKind;
  /** the municipality (SCB code) */
  municipalityCode: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  sourceNote: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
};

/** Where a household member actually lives or spends time, besides the registered home municipality */
export type ActualAreaInput = {
  /** CONFIRMED and PROBABLE count as home in HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME; POSSIBLE (unconfirmed) warns only */
  confidence: Confidence;
  kind: ActualAreaKind;
  /** the municipality (4-digit SCB code); sealed, shown only to callers who may see the person */
  municipalityCode: Scalars['String']['input'];
  /** the person (usually a household member) the intelligence is about */
  personId: Scalars['ID']['input'];
  /** where the intelligence comes from; sealed, never in a flag or the audit log */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['Date']['input'];
  /** absent: open-ended */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** What a household member does in an actual area: lives there, stays there often, works or studies there, or other */
export const ActualAreaKind = {
  Lives: 'LIVES',
  Other: 'OTHER',
  StaysOften: 'STAYS_OFTEN',
  WorksOrStudies: 'WORKS_OR_STUDIES'
} as const;

export type ActualAreaKind = typeof ActualAreaKind[keyof typeof ActualAreaKind];
/** A condition the defector signed */
export type AddConditionInput = {
  /** STAY_AWAY_FROM_AREA: the municipality codes (at least one); not given for other kinds. Protected (sealed). */
  areaMunicipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** what counts as a breach (e.g. "a positive test or a missed test"). Protected (sealed). */
  breachRule: Scalars['String']['input'];
  /** the condition in words; required for OTHER. Protected (sealed). */
  description?: InputMaybe<Scalars['String']['input']>;
  kind: ConditionKind;
  /** the team roles told of a breach; the responsible officer always is (default: RESPONSIBLE_OFFICER, LOCAL_COORDINATOR) */
  notify?: InputMaybe<Array<TeamRole>>;
  /** the day the defector signed it; not after today */
  signedOn: Scalars['Date']['input'];
};

/** A person's tie to a network, with role, confidence and validity */
export type Affiliation = {
  __typename?: 'Affiliation';
  confidence: Confidence;
  id: Scalars['ID']['output'];
  network: Network;
  person: Person;
  role: AffiliationRole;
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
};

export const AffiliationRole = {
  Associate: 'ASSOCIATE',
  FormerMember: 'FORMER_MEMBER',
  Leader: 'LEADER',
  Member: 'MEMBER'
} as const;

export type AffiliationRole = typeof AffiliationRole[keyof typeof AffiliationRole];
/** Raised on a placement: an active placement that a change of facts has made blocked, or an overdue follow-up after it ended */
export type Alert = {
  __typename?: 'Alert';
  acknowledged: Scalars['Boolean']['output'];
  flags: Array<Flag>;
  id: Scalars['ID']['output'];
  /** RECHECK: a re-check of the active placement blocks (flags say why); FOLLOW_UP_OVERDUE: the follow-up due after the placement ended is not recorded (no flags) */
  kind: AlertKind;
  placement: Placement;
  raisedAt: Scalars['DateTime']['output'];
};

/** What an alert is about */
export const AlertKind = {
  FollowUpOverdue: 'FOLLOW_UP_OVERDUE',
  Recheck: 'RECHECK'
} as const;

export type AlertKind = typeof AlertKind[keyof typeof AlertKind];
/** THREAT (hot- och riskbedömning) or PLACEMENT (placeringsbedömning) */
export const AssessmentKind = {
  Placement: 'PLACEMENT',
  Threat: 'THREAT'
} as const;

export type AssessmentKind = typeof AssessmentKind[keyof typeof AssessmentKind];
/** A threat or placement assessment the case needs: the instrument, the assessor, when it was required and when (if yet) it was completed */
export type AssessmentStep = {
  __typename?: 'AssessmentStep';
  /** who assesses (name or unit) */
  assessor: Scalars['String']['output'];
  completed: Scalars['Boolean']['output'];
  /** null: required, not yet completed */
  completedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** the assessment instrument or method, e.g. "SARA:SV", "PATRIARK", "structured professional judgement" */
  instrument: Scalars['String']['output'];
  kind: AssessmentKind;
  recordedAt: Scalars['DateTime']['output'];
  requiredOn: Scalars['Date']['output'];
};

/** An assessment the case needs: record it when required (no completedOn) and again when completed */
export type AssessmentStepInput = {
  assessor: Scalars['String']['input'];
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  instrument: Scalars['String']['input'];
  kind: AssessmentKind;
  requiredOn: Scalars['Date']['input'];
};

/** An actor over one of the thresholds (see AuditAnomalyKind), reported for their busiest window */
export type AuditAnomaly = {
  __typename?: 'AuditAnomaly';
  actor: Scalars['String']['output'];
  /** MUNICIPAL_DESTINATIONS_PER_CASE: the distinct destinations this account asked about itself */
  actorCount: Maybe<Scalars['Int']['output']>;
  /** the case, for DESTINATIONS_PER_CASE (a case id, or a municipality's opaque case token) and MUNICIPAL_DESTINATIONS_PER_CASE (the token) */
  caseId: Maybe<Scalars['String']['output']>;
  /** refusals, distinct cases or distinct destinations (the municipality's, for MUNICIPAL_DESTINATIONS_PER_CASE) in the busiest window */
  count: Scalars['Int']['output'];
  firstSeq: Scalars['Int']['output'];
  kind: AuditAnomalyKind;
  lastSeq: Scalars['Int']['output'];
  /** MUNICIPAL_DESTINATIONS_PER_CASE: the limit, beyond which destinationCleared is RATE_LIMITED */
  limit: Maybe<Scalars['Int']['output']>;
  /** MUNICIPAL_DESTINATIONS_PER_CASE: the accounts' own municipality_code */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** more than this is an anomaly; for MUNICIPAL_DESTINATIONS_PER_CASE, this many or more */
  threshold: Scalars['Int']['output'];
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

/** Thresholds per actor within any 60 minutes: REFUSALS: more than 10 refused requests; DISTINCT_CASES: more than 50 distinct cases touched; DESTINATIONS_PER_CASE: more than 10 distinct destinations asked about for one case. MUNICIPAL_DESTINATIONS_PER_CASE: a municipality's accounts together asked destinationCleared about 8 or more distinct destinations for one case within 24 hours (the limit is 10); one entry per account that asked, the case named by an opaque token; LINK_REQUESTS: more than 5 links asked for to persons the requester may not see; RANKINGS_PER_CASE: more than 20 rankDestinations of one case (re-ranking with shifting periods is how one would time another region's flag); CHECKPOINT_REFUSED: an alarm, every one reported: the checkpoint signer refused to sign a tree that does not extend its last checkpoint (history was rewritten or cut off in the database), or a witness refused to cosign one; actor "system"; BREAK_GLASS: an officer took break-glass access to a case they are not on the team of; every grant, at once (caseId names the case). */
export const AuditAnomalyKind = {
  BreakGlass: 'BREAK_GLASS',
  CheckpointRefused: 'CHECKPOINT_REFUSED',
  DestinationsPerCase: 'DESTINATIONS_PER_CASE',
  DistinctCases: 'DISTINCT_CASES',
  LinkRequests: 'LINK_REQUESTS',
  MunicipalDestinationsPerCase: 'MUNICIPAL_DESTINATIONS_PER_CASE',
  RankingsPerCase: 'RANKINGS_PER_CASE',
  Refusals: 'REFUSALS'
} as const;

export type AuditAnomalyKind = typeof AuditAnomalyKind[keyof typeof AuditAnomalyKind];
/** A signed checkpoint: the chain head at `seq`, signed with the audit-signing key (a compact JWS) */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  at: Scalars['DateTime']['output'];
  /** hex hash of event `seq` */
  hash: Scalars['String']['output'];
  /** the C2SP checkpoint note (origin, tree size, root hash, timestamp, signature lines); null for a JWS checkpoint */
  note: Maybe<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
  /** the C2SP signed checkpoint note over the Merkle tree of events 1..seq (a compact JWS for checkpoints signed before the Merkle tree), verifiable with the published audit-signing public key */
  signature: Scalars['String']['output'];
};

/** One entry of the hash-chained audit log. Ids and claims only, never protected content. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** operation name, or auth.denied, forbidden, purpose.missing, rate.limited, keys.rotate, case.shred, proposal.override, … */
  action: Scalars['String']['output'];
  /** JWT sub, or "anonymous" when no valid token was presented */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  clientAddress: Maybe<Scalars['String']['output']>;
  /** hex SHA-256 over prevHash and the canonical encoding of this event */
  hash: Scalars['String']['output'];
  /** ok, denied or error */
  outcome: Scalars['String']['output'];
  /** true once the retention period is over and actor, purpose and clientAddress were erased (actor then reads "", the others null); the event still verifies by their commitments */
  personalErased: Scalars['Boolean']['output'];
  /** hex SHA-256 of the event before (64 zeros for seq 1) */
  prevHash: Scalars['String']['output'];
  /** the X-Access-Purpose the caller gave */
  purpose: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  /** an opaque id: a UUID; for a municipality's questions (resourceType "municipal.clearance", "municipal.destination") keyed tokens that name no case, proposal or place; for resourceType "operation" the operation refused */
  resourceId: Maybe<Scalars['String']['output']>;
  resourceType: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  /** the caller's police_region and/or municipality_code claim */
  scope: Maybe<Scalars['String']['output']>;
  /** position in the chain: 1, 2, 3, … with no gaps */
  seq: Scalars['Int']['output'];
};

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  events: Array<AuditEvent>;
  /** pass as `after` for the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
};

export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** events found sound before the first fault */
  checkedEvents: Scalars['Int']['output'];
  /** the first event (or checkpoint) that does not fit */
  firstInvalidSeq: Maybe<Scalars['Int']['output']>;
  /** the highest checkpoint whose signature held and matched the chain */
  lastSignedCheckpointSeq: Maybe<Scalars['Int']['output']>;
  /** what was wrong, in words that name seqs only */
  reason: Maybe<Scalars['String']['output']>;
  /** events checked that no valid signed checkpoint covers (after lastSignedCheckpointSeq) */
  uncoveredEvents: Scalars['Int']['output'];
  valid: Scalars['Boolean']['output'];
};

/** Time-limited access to a case's details by an officer outside its team: reported at once to auditors (auditAnomalies: BREAK_GLASS) and to the case's responsible officer (notifications) */
export type BreakGlassGrant = {
  __typename?: 'BreakGlassGrant';
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  officer: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** avhopparärende: the police case of one defector and the household moving with them */
export type Case = {
  __typename?: 'Case';
  /** assessments required and completed, oldest first */
  assessmentSteps: Array<AssessmentStep>;
  /** why the case closed; null while it is open */
  closureReason: Maybe<ClosureReason>;
  /** the conditions the defector signed, oldest first, with compliance over time and breach reviews */
  conditions: Array<Condition>;
  /** every consent recorded for the household's members, with its status as of today */
  consents: Array<Consent>;
  defector: Person;
  eligible: Scalars['Boolean']['output'];
  /** the team has asked national coordination to act (escalateCase) and nothing has happened since */
  escalated: Scalars['Boolean']['output'];
  /** follow-ups due and recorded, by due day */
  followUps: Array<FollowUp>;
  /** every change of stage, region or escalation, oldest first, with who and why */
  history: Array<CaseTransition>;
  /** bosättningskommun: the responsible home municipality */
  homeMunicipality: Municipality;
  id: Scalars['ID']['output'];
  /** Link requests about this household, pending or decided */
  linkRequests: Array<LinkRequest>;
  /** the stages transitionCase accepts now (the table and its guards) */
  nextStages: Array<CaseStage>;
  placementAssessment: Maybe<PlacementAssessment>;
  placements: Array<Placement>;
  proposals: Array<Proposal>;
  /** non-identifying, e.g. AVH-2026-000042 */
  reference: Scalars['String']['output'];
  region: PoliceRegion;
  /** household members who move with the defector */
  relatives: Array<Person>;
  /** where the work on the case stands; Case.status keeps the contract’s meaning */
  stage: CaseStage;
  status: CaseStatus;
  team: Array<TeamMember>;
  threatAssessment: Maybe<ThreatAssessment>;
};

/** DETAILS: the caller reads the case's protected details (team member, unexpired break-glass, national coordination, or CASE_ACCESS=region). SUMMARY: existence, status and checker results only. */
export const CaseAccessLevel = {
  Details: 'DETAILS',
  Summary: 'SUMMARY'
} as const;

export type CaseAccessLevel = typeof CaseAccessLevel[keyof typeof CaseAccessLevel];
/** Where the work on a case stands (docs/case-lifecycle.md): REFERRED (anmäld/aktualiserad), ASSESSING (hot- och riskbedömning, placeringsbedömning), ELIGIBLE (assessed and every eligibility criterion met), PROPOSED (a cleared or overridden proposal), PLACED (a placement runs), FOLLOW_UP (every placement ended; a follow-up falls due six months on), CLOSED (with a closure reason). Case.status keeps the contract’s meaning: OPEN up to PROPOSED, ACTIVE in PLACED and FOLLOW_UP, COMPLETED or ABORTED when CLOSED. */
export const CaseStage = {
  Assessing: 'ASSESSING',
  Closed: 'CLOSED',
  Eligible: 'ELIGIBLE',
  FollowUp: 'FOLLOW_UP',
  Placed: 'PLACED',
  Proposed: 'PROPOSED',
  Referred: 'REFERRED'
} as const;

export type CaseStage = typeof CaseStage[keyof typeof CaseStage];
export const CaseStatus = {
  Aborted: 'ABORTED',
  Active: 'ACTIVE',
  Completed: 'COMPLETED',
  Open: 'OPEN'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** What every officer of the region may know of a case: that it exists, its status and its checker results */
export type CaseSummary = {
  __typename?: 'CaseSummary';
  /** what the caller may read of this case now */
  access: CaseAccessLevel;
  checks: Array<CheckSummary>;
  id: Scalars['ID']['output'];
  reference: Scalars['String']['output'];
  region: PoliceRegion;
  /** where the work on the case stands */
  stage: CaseStage;
  status: CaseStatus;
};

/** One entry of a case’s history: who moved it, when, from where to where, and why (the reason is sealed with the case) */
export type CaseTransition = {
  __typename?: 'CaseTransition';
  /** the officer (token subject) who made the change; "system" for none */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** set when the case was closed */
  closureReason: Maybe<ClosureReason>;
  /** set on a TRANSFER */
  fromRegion: Maybe<PoliceRegion>;
  fromStage: Maybe<CaseStage>;
  id: Scalars['ID']['output'];
  kind: TransitionKind;
  reason: Scalars['String']['output'];
  /** set on a TRANSFER */
  toRegion: Maybe<PoliceRegion>;
  toStage: CaseStage;
};

/** The checker's advice for one destination. Not flagged never means safe. */
export type CheckResult = {
  __typename?: 'CheckResult';
  checkedAt: Scalars['DateTime']['output'];
  /** true exactly when no flag has severity BLOCK */
  cleared: Scalars['Boolean']['output'];
  flags: Array<Flag>;
  municipality: Municipality;
};

/** One of the case's proposals as the checker left it, without its destination */
export type CheckSummary = {
  __typename?: 'CheckSummary';
  checkedAt: Scalars['DateTime']['output'];
  cleared: Scalars['Boolean']['output'];
  flags: Array<FlagSummary>;
  proposalStatus: ProposalStatus;
};

/** All a receiving municipality ever learns about a placement */
export type Clearance = {
  __typename?: 'Clearance';
  cleared: Scalars['Boolean']['output'];
  housingType: HousingType;
  /** the destination */
  municipality: Municipality;
  reference: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};

/** Why a case closed, as the reports give it: PLAN_COMPLETED (the plan was carried through), OTHER_SUPPORT (moved on to other support), PLACED_IN_CARE (placed in care, e.g. LVU/LVM), CONSENT_WITHDRAWN (the person withdrew their consent or left the programme), RELAPSED (relapsed into crime), THREAT_ENDED (the threat no longer stands), OTHER. Case.status reads COMPLETED for PLAN_COMPLETED, OTHER_SUPPORT, PLACED_IN_CARE and THREAT_ENDED, ABORTED for the others. */
export const ClosureReason = {
  ConsentWithdrawn: 'CONSENT_WITHDRAWN',
  Other: 'OTHER',
  OtherSupport: 'OTHER_SUPPORT',
  PlacedInCare: 'PLACED_IN_CARE',
  PlanCompleted: 'PLAN_COMPLETED',
  Relapsed: 'RELAPSED',
  ThreatEnded: 'THREAT_ENDED'
} as const;

export type ClosureReason = typeof ClosureReason[keyof typeof ClosureReason];
/** MET, PARTLY (kept in part; the note says how), BREACHED (raises a review for the case’s team) */
export const ComplianceGrade = {
  Breached: 'BREACHED',
  Met: 'MET',
  Partly: 'PARTLY'
} as const;

export type ComplianceGrade = typeof ComplianceGrade[keyof typeof ComplianceGrade];
/** villkor: a condition the defector signed, with the rule for what counts as a breach, its compliance over time and who is told. Terms, breach rule, notes and names are protected (sealed with the case’s key). */
export type Condition = {
  __typename?: 'Condition';
  addedBy: Scalars['String']['output'];
  /** STAY_AWAY_FROM_AREA: the municipalities to stay away from; empty for other kinds */
  areas: Array<Municipality>;
  /** what counts as a breach */
  breachRule: Scalars['String']['output'];
  /** the latest 60 observations (by the day observed), oldest first */
  compliance: Array<ConditionCompliance>;
  /** how many observations have been recorded in all */
  complianceCount: Scalars['Int']['output'];
  /** the latest observation’s grade; null before the first */
  currentCompliance: Maybe<ComplianceGrade>;
  /** what the condition says in words (required for OTHER) */
  description: Maybe<Scalars['String']['output']>;
  endReason: Maybe<Scalars['String']['output']>;
  /** null while the condition runs */
  endedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: ConditionKind;
  /** the team roles told of a breach (always the responsible officer) */
  notify: Array<TeamRole>;
  /** the latest 20 reviews its breaches raised, oldest first */
  reviews: Array<ConditionReview>;
  signedOn: Scalars['Date']['output'];
};

/** One observation of how a condition was kept, with the day observed and who recorded it */
export type ConditionCompliance = {
  __typename?: 'ConditionCompliance';
  compliance: ComplianceGrade;
  id: Scalars['ID']['output'];
  /** protected (sealed) */
  note: Maybe<Scalars['String']['output']>;
  /** the day (or the end of the period) the observation is about */
  observedOn: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** the officer who recorded it (JWT sub) */
  recordedBy: Scalars['String']['output'];
};

/** villkor: NO_NETWORK_CONTACT (no contact with the criminal network), DRUG_TESTS, STAY_AWAY_FROM_AREA (named municipalities, protected), REPORTING (reports to the contact officer or social services), CURFEW (home by a set time), NO_WEAPONS, OTHER (described in free text, protected) */
export const ConditionKind = {
  Curfew: 'CURFEW',
  DrugTests: 'DRUG_TESTS',
  NoNetworkContact: 'NO_NETWORK_CONTACT',
  NoWeapons: 'NO_WEAPONS',
  Other: 'OTHER',
  Reporting: 'REPORTING',
  StayAwayFromArea: 'STAY_AWAY_FROM_AREA'
} as const;

export type ConditionKind = typeof ConditionKind[keyof typeof ConditionKind];
/** A review raised by a recorded breach (or an observation the recorder asked to have reviewed): open until the case’s team closes it with a decision. Listed to those who read the case’s details (conditionReviews), addressed to the team roles the condition names. */
export type ConditionReview = {
  __typename?: 'ConditionReview';
  /** the observation that raised it (a breach, or one marked for review) */
  breach: ConditionCompliance;
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closedBy: Maybe<Scalars['String']['output']>;
  conditionId: Scalars['ID']['output'];
  conditionKind: ConditionKind;
  /** what the team decided; protected (sealed) */
  decision: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** the team roles the condition says are told */
  notify: Array<TeamRole>;
  raisedAt: Scalars['DateTime']['output'];
};

export const Confidence = {
  Confirmed: 'CONFIRMED',
  Possible: 'POSSIBLE',
  Probable: 'PROBABLE'
} as const;

export type Confidence = typeof Confidence[keyof typeof Confidence];
/** Each side’s part in a personal conflict: VICTIM, PERPETRATOR, BOTH, UNKNOWN (the default) */
export const ConflictRole = {
  Both: 'BOTH',
  Perpetrator: 'PERPETRATOR',
  Unknown: 'UNKNOWN',
  Victim: 'VICTIM'
} as const;

export type ConflictRole = typeof ConflictRole[keyof typeof ConflictRole];
/** What a personal conflict says beyond its kind. Omitted fields keep their value (reviewPersonalConflict) or take the default (a new conflict: UNKNOWN roles, SAME_MUNICIPALITY, no reason, no review date). */
export type ConflictTermsInput = {
  /** otherPersonId's part */
  otherRole?: InputMaybe<ConflictRole>;
  /** personId's part */
  personRole?: InputMaybe<ConflictRole>;
  /** Why the two must be kept apart; sealed; 3 to 1000 characters */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When the conflict is next to be reviewed */
  reviewDue?: InputMaybe<Scalars['Date']['input']>;
  scope?: InputMaybe<KeepApartScope>;
};

/** samtycke: a household member’s consent to share data with named recipients, the legal basis for the sharing a placement needs. Lasts to its review date (default six months) unless renewed; a withdrawal takes effect at once. */
export type Consent = {
  __typename?: 'Consent';
  id: Scalars['ID']['output'];
  /** the latest signing (the first or a renewal) */
  lastSignedOn: Scalars['Date']['output'];
  member: Person;
  renewals: Scalars['Int']['output'];
  /** the review date of the latest signing */
  reviewDue: Scalars['Date']['output'];
  scope: ConsentScope;
  /** the answers of the latest signing */
  signatories: Array<ConsentSignatory>;
  /** the first signing */
  signedOn: Scalars['Date']['output'];
  /** as of today */
  status: ConsentStatus;
  withdrawnOn: Maybe<Scalars['Date']['output']>;
};

export const ConsentAnswer = {
  No: 'NO',
  Yes: 'YES'
} as const;

export type ConsentAnswer = typeof ConsentAnswer[keyof typeof ConsentAnswer];
/** Which data a consent lets go to its recipients; PLACEMENT_NEEDS is what a placement discloses (identity, household, the need for protected housing) */
export const ConsentDataCategory = {
  CriminalRecord: 'CRIMINAL_RECORD',
  Health: 'HEALTH',
  PlacementNeeds: 'PLACEMENT_NEEDS',
  Schooling: 'SCHOOLING',
  SocialServicesRecords: 'SOCIAL_SERVICES_RECORDS',
  ThreatAssessment: 'THREAT_ASSESSMENT'
} as const;

export type ConsentDataCategory = typeof ConsentDataCategory[keyof typeof ConsentDataCategory];
/** Who receives data under a consent: the receiving municipality’s social services, the responsible (home) municipality, school, health care, prison and probation service (Kriminalvården), another authority */
export const ConsentRecipient = {
  HealthCare: 'HEALTH_CARE',
  OtherAuthority: 'OTHER_AUTHORITY',
  PrisonAndProbation: 'PRISON_AND_PROBATION',
  ReceivingMunicipalitySocialServices: 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES',
  ResponsibleMunicipality: 'RESPONSIBLE_MUNICIPALITY',
  School: 'SCHOOL'
} as const;

export type ConsentRecipient = typeof ConsentRecipient[keyof typeof ConsentRecipient];
export type ConsentScope = {
  __typename?: 'ConsentScope';
  categories: Array<ConsentDataCategory>;
  recipients: Array<ConsentRecipient>;
};

export type ConsentSignatory = {
  __typename?: 'ConsentSignatory';
  answer: ConsentAnswer;
  /** null: the member themselves, as recorded by openCase */
  name: Maybe<Scalars['String']['output']>;
  role: SignatoryRole;
};

export type ConsentSignatoryInput = {
  answer: ConsentAnswer;
  /** who signed; protected (sealed), shown only to those who may read the case */
  name: Scalars['String']['input'];
  role: SignatoryRole;
};

/** A signing: the first, or a renewal */
export type ConsentSigningInput = {
  /** default: six months after signedOn */
  reviewDue?: InputMaybe<Scalars['Date']['input']>;
  /** every answer given: the member alone from 18, the guardians and the member at 15–17, the guardians alone under 15 (judged on the day asked, so a member turning 15 or 18 needs a new signing) */
  signatories: Array<ConsentSignatoryInput>;
  /** the day signed; not after today */
  signedOn: Scalars['Date']['input'];
};

/** On the day asked: VALID; EXPIRED after its review date without renewal; WITHDRAWN from the day of withdrawal; INCOMPLETE when a signatory the member’s age requires has not answered, or any required signatory said no (a youth’s yes with a guardian’s no is no consent), or before it was signed */
export const ConsentStatus = {
  Expired: 'EXPIRED',
  Incomplete: 'INCOMPLETE',
  Valid: 'VALID',
  Withdrawn: 'WITHDRAWN'
} as const;

export type ConsentStatus = typeof ConsentStatus[keyof typeof ConsentStatus];
export type County = {
  __typename?: 'County';
  /** SCB county code, 2 digits */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type DestinationAnswer = {
  __typename?: 'DestinationAnswer';
  checkedAt: Scalars['DateTime']['output'];
  cleared: Scalars['Boolean']['output'];
};

export type EligibilityInput = {
  consentToInformationExchange: Scalars['Boolean']['input'];
  /** bevisperson: a suspect, defendant, injured party or witness; no defector case is opened for them */
  evidencePerson: Scalars['Boolean']['input'];
  meetsDefinition: Scalars['Boolean']['input'];
  motivated: Scalars['Boolean']['input'];
  /** the defector has signed the conditions form (an eligibility criterion, unchanged). The conditions themselves, with breach rules and compliance, are Case.conditions (addCondition); recording them does not change this answer. */
  signedConditions: Scalars['Boolean']['input'];
};

/** One rule that fired; its message sums up every cause, redacted for the caller */
export type Flag = {
  __typename?: 'Flag';
  code: FlagCode;
  /** One sentence summing up every cause the caller may see, never a name, an id or a place; worded in the request's Accept-Language: Swedish for sv (sv-SE, sv-FI, ...), otherwise English */
  message: Scalars['String']['output'];
  severity: Severity;
};

/** The rule that fired. For a regional unit, flags that point at another region’s household (RIVAL_PLACEMENT, RIVAL_PLACEMENT_NEARBY, CO_PLACEMENT, PERSONAL_CONFLICT, THREAT_ACTOR_PRESENCE for a person the region may not see) are set on every municipality of that household’s privacy area (at least ten) for whole calendar months, and never count or place it; the true municipality is always among them. National coordination sees the exact municipality. PERSONAL_CONFLICT applies each open conflict’s keep-apart scope (KeepApartScope; SAME_MUNICIPALITY unless recorded otherwise); a closed conflict, known location or surveillance hold no longer counts. CONFLICT_REVIEW_DUE (WARN): an open personal conflict of a household member is past its review date (due today is still current), as STALE_ASSESSMENT does for assessments. CONSENT_MISSING (BLOCK): the destination’s social services would receive what a placement needs (PLACEMENT_NEEDS to RECEIVING_MUNICIPALITY_SOCIAL_SERVICES) about a household member whom no valid consent covers today: the defector always, a relative once a consent has been recorded for them; a consent is valid from its signing through its review date unless withdrawn, with every signatory the member’s age requires saying yes. */
export const FlagCode = {
  AssessmentUnsuitable: 'ASSESSMENT_UNSUITABLE',
  ConflictReviewDue: 'CONFLICT_REVIEW_DUE',
  ConsentMissing: 'CONSENT_MISSING',
  CoPlacement: 'CO_PLACEMENT',
  EligibilityIncomplete: 'ELIGIBILITY_INCOMPLETE',
  HomeMunicipality: 'HOME_MUNICIPALITY',
  OutsideSuitableList: 'OUTSIDE_SUITABLE_LIST',
  OwnNetworkPresence: 'OWN_NETWORK_PRESENCE',
  PersonalConflict: 'PERSONAL_CONFLICT',
  RivalNetworkNearby: 'RIVAL_NETWORK_NEARBY',
  RivalNetworkPresence: 'RIVAL_NETWORK_PRESENCE',
  RivalPlacement: 'RIVAL_PLACEMENT',
  RivalPlacementNearby: 'RIVAL_PLACEMENT_NEARBY',
  StaleAssessment: 'STALE_ASSESSMENT',
  SurveillanceHold: 'SURVEILLANCE_HOLD',
  ThreatActorPresence: 'THREAT_ACTOR_PRESENCE',
  TooCloseToHome: 'TOO_CLOSE_TO_HOME'
} as const;

export type FlagCode = typeof FlagCode[keyof typeof FlagCode];
/** A flag by code and severity only: its message may name places */
export type FlagSummary = {
  __typename?: 'FlagSummary';
  code: FlagCode;
  severity: Severity;
};

/** The follow-up after a placement ends (uppföljning): due six months after the end, recorded with its answers */
export type FollowUp = {
  __typename?: 'FollowUp';
  dueOn: Scalars['Date']['output'];
  housing: Maybe<FollowUpHousing>;
  id: Scalars['ID']['output'];
  income: Maybe<FollowUpIncome>;
  notes: Maybe<Scalars['String']['output']>;
  outcome: Maybe<FollowUpOutcome>;
  /** not recorded and past its due day (raises a FOLLOW_UP_OVERDUE alert on the placement) */
  overdue: Scalars['Boolean']['output'];
  /** the officer who recorded it */
  recordedBy: Maybe<Scalars['String']['output']>;
  recordedOn: Maybe<Scalars['Date']['output']>;
  relapse: Maybe<RelapseAnswer>;
  threatStands: Maybe<ThreatStandsAnswer>;
};

/** Where the person lives at the follow-up */
export const FollowUpHousing = {
  CareOrInstitution: 'CARE_OR_INSTITUTION',
  Homeless: 'HOMELESS',
  Other: 'OTHER',
  OwnTenancy: 'OWN_TENANCY',
  SecondHandTenancy: 'SECOND_HAND_TENANCY',
  SupportedHousing: 'SUPPORTED_HOUSING',
  Unknown: 'UNKNOWN',
  WithRelatives: 'WITH_RELATIVES'
} as const;

export type FollowUpHousing = typeof FollowUpHousing[keyof typeof FollowUpHousing];
/** What the person lives on at the follow-up */
export const FollowUpIncome = {
  Benefits: 'BENEFITS',
  Employment: 'EMPLOYMENT',
  None: 'NONE',
  Other: 'OTHER',
  Studies: 'STUDIES',
  Unknown: 'UNKNOWN'
} as const;

export type FollowUpIncome = typeof FollowUpIncome[keyof typeof FollowUpIncome];
/** The answers of a follow-up (uppföljning); fills the case’s waiting follow-up, or records one more */
export type FollowUpInput = {
  housing: FollowUpHousing;
  income: FollowUpIncome;
  notes?: InputMaybe<Scalars['String']['input']>;
  outcome: FollowUpOutcome;
  /** the day the follow-up was made */
  recordedOn: Scalars['Date']['input'];
  relapse: RelapseAnswer;
  threatStands: ThreatStandsAnswer;
};

/** How the person fares at the follow-up: ESTABLISHED (settled: housing, occupation, no contact with the network), PARTLY_ESTABLISHED, NOT_ESTABLISHED, NOT_REACHED (the person could not be reached) */
export const FollowUpOutcome = {
  Established: 'ESTABLISHED',
  NotEstablished: 'NOT_ESTABLISHED',
  NotReached: 'NOT_REACHED',
  PartlyEstablished: 'PARTLY_ESTABLISHED'
} as const;

export type FollowUpOutcome = typeof FollowUpOutcome[keyof typeof FollowUpOutcome];
export const HousingType = {
  EmergencyFoster: 'EMERGENCY_FOSTER',
  FosterFamily: 'FOSTER_FAMILY',
  Hvb: 'HVB',
  Other: 'OTHER',
  OwnHousing: 'OWN_HOUSING',
  ProtectedHousing: 'PROTECTED_HOUSING',
  SupportedHousing: 'SUPPORTED_HOUSING'
} as const;

export type HousingType = typeof HousingType[keyof typeof HousingType];
/** How far apart a personal conflict’s two persons must be kept; PERSONAL_CONFLICT blocks a destination when the other person is placed or reserved within the scope of it. Narrowest first, and each includes every narrower one: SAME_MUNICIPALITY (the default, the contract’s original rule: the destination itself), NEARBY (also a municipality sharing a border or within NEARBY_RADIUS_KM), SAME_COUNTY (also the destination’s county), SAME_POLICE_REGION (also the destination’s police region), NATIONWIDE (anywhere). */
export const KeepApartScope = {
  Nationwide: 'NATIONWIDE',
  Nearby: 'NEARBY',
  SameCounty: 'SAME_COUNTY',
  SameMunicipality: 'SAME_MUNICIPALITY',
  SamePoliceRegion: 'SAME_POLICE_REGION'
} as const;

export type KeepApartScope = typeof KeepApartScope[keyof typeof KeepApartScope];
/** Where a person is known to stay, for a period; a closed one no longer counts */
export type KnownLocation = {
  __typename?: 'KnownLocation';
  closure: Maybe<RecordClosure>;
  id: Scalars['ID']['output'];
  municipalityCode: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
};

/** What a link request would add: a named threat actor, or a personal conflict */
export const LinkKind = {
  PersonalConflict: 'PERSONAL_CONFLICT',
  ThreatActor: 'THREAT_ACTOR'
} as const;

export type LinkKind = typeof LinkKind[keyof typeof LinkKind];
/** A link a regional unit asked for to a person it may not see. It counts only once national coordination approves it, and even then the region’s checks report it by area, never by municipality. */
export type LinkRequest = {
  __typename?: 'LinkRequest';
  /** The case whose threat assessment named the person (THREAT_ACTOR) */
  caseId: Maybe<Scalars['ID']['output']>;
  conflictKind: Maybe<PersonalConflictKind>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: LinkKind;
  /** National coordination only: the person named, or null when the id names nobody */
  otherPerson: Maybe<Person>;
  /** The id the requester named, as they named it */
  otherPersonId: Scalars['ID']['output'];
  /** The household member in conflict (PERSONAL_CONFLICT) */
  personId: Maybe<Scalars['ID']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  status: LinkStatus;
};

export const LinkStatus = {
  Approved: 'APPROVED',
  Pending: 'PENDING',
  Rejected: 'REJECTED'
} as const;

export type LinkStatus = typeof LinkStatus[keyof typeof LinkStatus];
/** One of the 290 municipalities (public reference data) */
export type Municipality = {
  __typename?: 'Municipality';
  /** SCB code, 4 digits */
  code: Scalars['String']['output'];
  county: County;
  /** centroid latitude (WGS 84) */
  latitude: Scalars['Float']['output'];
  /** centroid longitude (WGS 84) */
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  neighbours: Array<Municipality>;
  policeRegion: PoliceRegion;
};

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeAlert: Alert;
  /** Records where a person actually lives or spends time besides the registered home municipality. For a household member it counts in the case's checks at once (HOME_MUNICIPALITY, TOO_CLOSE_TO_HOME) and its placements are re-checked. */
  addActualArea: ActualArea;
  addAffiliation: Affiliation;
  /** Records a condition the defector signed (villkor), with its breach rule and the team roles told of a breach; the case must be open. Separate from eligibility.signedConditions, which says only that conditions were signed. */
  addCondition: Condition;
  addNetworkPresence: NetworkPresence;
  /** With a person the caller can see, the conflict counts at once. With anyone else (another region’s person, or an id that names nobody, which answer alike) it waits for national coordination as a link request (Case.linkRequests); until approved it does not count, and once approved the caller’s checks report it by area only. */
  addPersonalConflict: Scalars['Boolean']['output'];
  /** by the case's team or national coordination; the reason is kept with the membership */
  addTeamMember: TeamMember;
  /** A regional officer outside the case's team reads its details for BREAK_GLASS_HOURS (default 8): the reason is required; auditors see it at once (BREAK_GLASS anomaly), the responsible officer in notifications */
  breakGlass: BreakGlassGrant;
  closeCase: Case;
  /** Closes the case from any open stage with a closure reason (Case.status becomes COMPLETED or ABORTED as ClosureReason says). A follow-up still due stays due. */
  closeCaseWithReason: Case;
  /** The case’s team closes a breach review with its decision (kept, with who) */
  closeConditionReview: ConditionReview;
  /** Closes a known location, saying why: kept, no longer counted by the checker */
  closeKnownLocation: KnownLocation;
  /** Closes a conflict, saying why: kept as history, no longer counted by the checker */
  closePersonalConflict: PersonalConflict;
  /** National coordination lifts a surveillance hold, saying why; each closing is kept (a hold may be set again) */
  closeSurveillanceHold: RecordClosure;
  /** CLEARED/OVERRIDDEN -> PLACED, after checking again */
  confirmPlacement: Placement;
  createNetwork: Network;
  /** National coordination: approve or reject a pending link request */
  decideLinkRequest: LinkRequest;
  /** Ends an actual area on endDate (default today): it stays on record and counts only for periods up to that day */
  endActualArea: ActualArea;
  /** Ends a condition (kept as history, with who and why); endedOn defaults to today */
  endCondition: Condition;
  endNetworkRelation: NetworkRelation;
  endPlacement: Placement;
  /** Asks national coordination to act on the case (Case.escalated until the case's next change); stage unchanged */
  escalateCase: Case;
  openCase: Case;
  /** national coordination only: NOT_CLEARED -> OVERRIDDEN, with a recorded justification */
  overrideProposal: Proposal;
  /** Records that a threat or placement assessment is required, or was completed (instrument, assessor, dates) */
  recordAssessmentStep: Case;
  /** Records one observation of how a condition was kept; BREACHED (or raiseReview) raises a review for the case’s team (conditionReviews) */
  recordCompliance: Condition;
  /** Records a household member's consent; the case must be open and the person one of its household */
  recordConsent: Consent;
  /** Records the follow-up due after the placements ended (outcome, housing, income, relapse, whether the threat stands) */
  recordFollowUp: Case;
  recordPlacementAssessment: Case;
  recordThreatAssessment: Case;
  /** The person belongs to the caller's region (national coordination's: to none) until a case says otherwise. Refuses an identity number the caller can already see; another region's record of the same number is not revealed, and national coordination reconciles the two (duplicateRegistrations). */
  registerPerson: Person;
  relateNetworks: NetworkRelation;
  /** the membership ends (kept as history, with who and why); the only responsible officer stays until another is added */
  removeTeamMember: Scalars['Boolean']['output'];
  /** A new signing of the same scope: carries the consent on to a new review date (default six months) */
  renewConsent: Consent;
  /** Reopens a closed case in ASSESSING, or in PLACED while one of its placements is still running; refused while the defector has another open case */
  reopenCase: Case;
  /** Changes what an open conflict says; omitted fields keep their value. Roles are as the conflict is shown to the caller (from its personId’s side). The next checks apply the new scope and review date. */
  reviewPersonalConflict: PersonalConflict;
  /** Where a threat actor is known to stay */
  setKnownLocation: Scalars['Boolean']['output'];
  /** Sets or lifts a police surveillance hold. Lifting an active hold is recorded as closeSurveillanceHold does (who, when), with the reason "setSurveillanceHold(active: false)"; closeSurveillanceHold takes a reason of the caller's own */
  setSurveillanceHold: Scalars['Boolean']['output'];
  /** runs the checker: CLEARED or NOT_CLEARED */
  submitProposal: Proposal;
  /** National coordination only: moves an open case to another police region (stage unchanged). The receiving region's officers read it once national coordination adds one of them to its team (addTeamMember). */
  transferCase: Case;
  /** Moves the case to another stage by hand, as CaseStage's table allows (Case.nextStages): ASSESSING, ELIGIBLE (completed threat and placement assessments, every eligibility criterion met), PROPOSED (a CLEARED or OVERRIDDEN proposal), PLACED (a running placement), FOLLOW_UP (every placement ended). By those who read the case's details. An illegal move is BAD_USER_INPUT and changes nothing. */
  transitionCase: Case;
  /** Withdraws a consent today, at once: checks of the household block with CONSENT_MISSING, an active placement raises an alert, and a municipality it named gets no clearance answer */
  withdrawConsent: Consent;
  withdrawProposal: Proposal;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddActualAreaArgs = {
  input: ActualAreaInput;
};


export type MutationAddAffiliationArgs = {
  confidence: Confidence;
  networkId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role: AffiliationRole;
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationAddConditionArgs = {
  caseId: Scalars['ID']['input'];
  input: AddConditionInput;
};


export type MutationAddNetworkPresenceArgs = {
  confidence: Confidence;
  municipalityCode: Scalars['String']['input'];
  networkId: Scalars['ID']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationAddPersonalConflictArgs = {
  kind: PersonalConflictKind;
  otherPersonId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  terms?: InputMaybe<ConflictTermsInput>;
};


export type MutationAddTeamMemberArgs = {
  caseId: Scalars['ID']['input'];
  officer: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  role: TeamRole;
};


export type MutationBreakGlassArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  status: CaseStatus;
};


export type MutationCloseCaseWithReasonArgs = {
  caseId: Scalars['ID']['input'];
  closureReason: ClosureReason;
  reason: Scalars['String']['input'];
};


export type MutationCloseConditionReviewArgs = {
  decision: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationCloseKnownLocationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationClosePersonalConflictArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseSurveillanceHoldArgs = {
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationConfirmPlacementArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationCreateNetworkArgs = {
  input: NetworkInput;
};


export type MutationDecideLinkRequestArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEndActualAreaArgs = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationEndConditionArgs = {
  conditionId: Scalars['ID']['input'];
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationEndNetworkRelationArgs = {
  id: Scalars['ID']['input'];
  validTo: Scalars['Date']['input'];
};


export type MutationEndPlacementArgs = {
  endedOn: Scalars['Date']['input'];
  placementId: Scalars['ID']['input'];
  reason: PlacementEndReason;
};


export type MutationEscalateCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationOverrideProposalArgs = {
  justification: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};


export type MutationRecordAssessmentStepArgs = {
  caseId: Scalars['ID']['input'];
  input: AssessmentStepInput;
};


export type MutationRecordComplianceArgs = {
  conditionId: Scalars['ID']['input'];
  input: RecordComplianceInput;
};


export type MutationRecordConsentArgs = {
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
};


export type MutationRecordFollowUpArgs = {
  caseId: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRecordPlacementAssessmentArgs = {
  caseId: Scalars['ID']['input'];
  input: PlacementAssessmentInput;
};


export type MutationRecordThreatAssessmentArgs = {
  caseId: Scalars['ID']['input'];
  input: ThreatAssessmentInput;
};


export type MutationRegisterPersonArgs = {
  input: PersonInput;
};


export type MutationRelateNetworksArgs = {
  aId: Scalars['ID']['input'];
  bId: Scalars['ID']['input'];
  kind: NetworkRelationKind;
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRemoveTeamMemberArgs = {
  caseId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRenewConsentArgs = {
  consentId: Scalars['ID']['input'];
  signing: ConsentSigningInput;
};


export type MutationReopenCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewPersonalConflictArgs = {
  id: Scalars['ID']['input'];
  terms: ConflictTermsInput;
};


export type MutationSetKnownLocationArgs = {
  municipalityCode: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationSetSurveillanceHoldArgs = {
  active: Scalars['Boolean']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationSubmitProposalArgs = {
  input: ProposalInput;
};


export type MutationTransferCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toRegion: PoliceRegion;
};


export type MutationTransitionCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  to: CaseStage;
};


export type MutationWithdrawConsentArgs = {
  consentId: Scalars['ID']['input'];
};


export type MutationWithdrawProposalArgs = {
  proposalId: Scalars['ID']['input'];
};

/** A criminal network (police intelligence) */
export type Network = {
  __typename?: 'Network';
  category: NetworkCategory;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  reach: Reach;
};

export const NetworkCategory = {
  FamilyBased: 'FAMILY_BASED',
  LocalNetwork: 'LOCAL_NETWORK',
  Other: 'OTHER',
  ProjectBased: 'PROJECT_BASED',
  RiskSupporter: 'RISK_SUPPORTER',
  SelfMarkingGroup: 'SELF_MARKING_GROUP',
  ViolentExtremist: 'VIOLENT_EXTREMIST'
} as const;

export type NetworkCategory = typeof NetworkCategory[keyof typeof NetworkCategory];
export type NetworkInput = {
  category: NetworkCategory;
  name: Scalars['String']['input'];
  reach: Reach;
};

/** Where a network is present, with confidence and validity */
export type NetworkPresence = {
  __typename?: 'NetworkPresence';
  confidence: Confidence;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  network: Network;
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
};

/** A rivalry or alliance between two networks; symmetric */
export type NetworkRelation = {
  __typename?: 'NetworkRelation';
  a: Network;
  b: Network;
  id: Scalars['ID']['output'];
  kind: NetworkRelationKind;
  validFrom: Scalars['Date']['output'];
  validTo: Maybe<Scalars['Date']['output']>;
};

export const NetworkRelationKind = {
  Allied: 'ALLIED',
  Rival: 'RIVAL'
} as const;

export type NetworkRelationKind = typeof NetworkRelationKind[keyof typeof NetworkRelationKind];
export type OpenCaseInput = {
  defectorId: Scalars['ID']['input'];
  eligibility: EligibilityInput;
  homeMunicipalityCode: Scalars['String']['input'];
  region: PoliceRegion;
  relativeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A person known to the register: defector, relative, threat actor or other */
export type Person = {
  __typename?: 'Person';
  birthYear: Maybe<Scalars['Int']['output']>;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PersonKind;
  surveillanceHold: Scalars['Boolean']['output'];
};

export type PersonInput = {
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  kind: PersonKind;
  /** personnummer or samordningsnummer: YYMMDD-NNNN, YYMMDDNNNN or YYYYMMDDNNNN */
  personalIdentityNumber?: InputMaybe<Scalars['String']['input']>;
};

export const PersonKind = {
  Defector: 'DEFECTOR',
  Other: 'OTHER',
  Relative: 'RELATIVE',
  ThreatActor: 'THREAT_ACTOR'
} as const;

export type PersonKind = typeof PersonKind[keyof typeof PersonKind];
/** A personal conflict between two persons, whichever side registered it. Shown to a caller who may see either person; the other side’s id, and the reason (which may speak of both), only to a caller who may see both. */
export type PersonalConflict = {
  __typename?: 'PersonalConflict';
  /** Set once closed: the checker no longer counts the conflict */
  closure: Maybe<RecordClosure>;
  id: Scalars['ID']['output'];
  kind: PersonalConflictKind;
  /** Null when the caller may not see that person */
  otherPersonId: Maybe<Scalars['ID']['output']>;
  /** otherPersonId's part */
  otherRole: ConflictRole;
  personId: Scalars['ID']['output'];
  /** personId's part */
  personRole: ConflictRole;
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Past it, CONFLICT_REVIEW_DUE warns on the household’s checks */
  reviewDue: Maybe<Scalars['Date']['output']>;
  scope: KeepApartScope;
};

export const PersonalConflictKind = {
  Enmity: 'ENMITY',
  Threat: 'THREAT',
  Victim: 'VICTIM',
  Witness: 'WITNESS'
} as const;

export type PersonalConflictKind = typeof PersonalConflictKind[keyof typeof PersonalConflictKind];
/** A household placed in a municipality */
export type Placement = {
  __typename?: 'Placement';
  case: Case;
  endDate: Scalars['Date']['output'];
  endReason: Maybe<PlacementEndReason>;
  endedOn: Maybe<Scalars['Date']['output']>;
  housingType: HousingType;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  startDate: Scalars['Date']['output'];
};

/** placeringsbedömning: which municipalities suit the household as a destination */
export type PlacementAssessment = {
  __typename?: 'PlacementAssessment';
  assessedOn: Scalars['Date']['output'];
  minDistanceFromHomeKm: Maybe<Scalars['Float']['output']>;
  reviewDue: Scalars['Date']['output'];
  suitable: Array<Municipality>;
  unsuitable: Array<UnsuitableMunicipality>;
};

export type PlacementAssessmentInput = {
  assessedOn: Scalars['Date']['input'];
  minDistanceFromHomeKm?: InputMaybe<Scalars['Float']['input']>;
  reviewDue: Scalars['Date']['input'];
  suitableCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  unsuitable: Array<UnsuitableInput>;
};

export const PlacementEndReason = {
  Aborted: 'ABORTED',
  Completed: 'COMPLETED',
  Moved: 'MOVED',
  Other: 'OTHER'
} as const;

export type PlacementEndReason = typeof PlacementEndReason[keyof typeof PlacementEndReason];
/** polisregion: the seven police regions */
export const PoliceRegion = {
  Bergslagen: 'BERGSLAGEN',
  Mitt: 'MITT',
  Nord: 'NORD',
  Ost: 'OST',
  Stockholm: 'STOCKHOLM',
  Syd: 'SYD',
  Vast: 'VAST'
} as const;

export type PoliceRegion = typeof PoliceRegion[keyof typeof PoliceRegion];
/** A proposed destination for a case household, with the check made when it was submitted */
export type Proposal = {
  __typename?: 'Proposal';
  case: Case;
  check: CheckResult;
  /** Set when CLEARED or OVERRIDDEN, in the answer that made it so: only a hash is stored, so it is shown once */
  clearanceReference: Maybe<Scalars['String']['output']>;
  endDate: Scalars['Date']['output'];
  housingType: HousingType;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  startDate: Scalars['Date']['output'];
  status: ProposalStatus;
};

export type ProposalInput = {
  caseId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  housingType: HousingType;
  municipalityCode: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
};

export const ProposalStatus = {
  Cleared: 'CLEARED',
  NotCleared: 'NOT_CLEARED',
  Overridden: 'OVERRIDDEN',
  Placed: 'PLACED',
  Withdrawn: 'WITHDRAWN'
} as const;

export type ProposalStatus = typeof ProposalStatus[keyof typeof ProposalStatus];
export type Query = {
  __typename?: 'Query';
  /** A person's actual areas, ended ones included; a person the caller may not see answers NOT_FOUND */
  actualAreas: Array<ActualArea>;
  affiliations: Array<Affiliation>;
  alerts: Array<Alert>;
  /** Actors over a threshold (see AuditAnomalyKind) between from (default: to - 24 h) and to (default: now); at most 31 days */
  auditAnomalies: Array<AuditAnomaly>;
  /** The newest signed checkpoints, newest first; at most 100 */
  auditCheckpoints: Array<AuditCheckpoint>;
  /** Events in chain order, filtered (from and to inclusive); at most 500 per page */
  auditEvents: AuditEventPage;
  case: Maybe<Case>;
  caseByReference: Maybe<Case>;
  /** regional: every case of the own region, whatever the team; `cases` lists those whose details the caller reads */
  caseSummaries: Array<CaseSummary>;
  /** any case of the caller's region (national: any): existence, status, checker results */
  caseSummary: Maybe<CaseSummary>;
  /** regional: own region only */
  cases: Array<Case>;
  /** The checker for one destination. A regional unit sees another region’s households by privacy area only (see FlagCode); national coordination exactly. */
  checkDestination: CheckResult;
  /** only for the destination or the case’s home municipality */
  clearance: Maybe<Clearance>;
  /** Reviews raised by recorded breaches that the caller is told of: national coordination all; a regional officer those of their cases whose team they are on in a role the condition names. Newest first, at most 100; open ones only unless open is false (closed only) or null (both). */
  conditionReviews: Array<ConditionReview>;
  /** only the case’s home municipality */
  destinationCleared: DestinationAnswer;
  /** National coordination: identity numbers registered by more than one region, to reconcile */
  duplicateRegistrations: Array<Array<Person>>;
  /** Where a person is or was known to stay, open and closed */
  knownLocations: Array<KnownLocation>;
  /** Links asked for to persons the requester may not see; regional: own region's requests */
  linkRequests: Array<LinkRequest>;
  municipalities: Array<Municipality>;
  municipality: Maybe<Municipality>;
  networkPresences: Array<NetworkPresence>;
  networkRelations: Array<NetworkRelation>;
  networks: Array<Network>;
  /** break-glass grants on the cases the caller is responsible officer of, newest first (at most 100) */
  notifications: Array<BreakGlassGrant>;
  person: Maybe<Person>;
  personByIdentityNumber: Maybe<Person>;
  /** A person's personal conflicts, open and closed, oldest first, seen from that person's side */
  personalConflicts: Array<PersonalConflict>;
  /** all 290: cleared first, then fewest warnings, then farthest from the household’s threats. A regional unit’s ranking reads other regions’ households by privacy area, so it is the same wherever in its area such a household is. */
  rankDestinations: Array<CheckResult>;
  /** What the retention schedule would erase now, per kind of record (a count, never which): a dry run that changes nothing. docs/retention.md gives the schedule and the rules it follows. */
  retentionPreview: RetentionPreview;
  /** Tables of every region (regional units included: the suppression holds against a region that knows its own cases). Completed months only; figures from 1 to threshold − 1 suppressed, with complementary suppression so that no total recovers one; region and grand totals for one whole completed year only. */
  statistics: Array<StatisticsTable>;
  /** National coordination: every closing of a person's surveillance hold */
  surveillanceHoldClosures: Array<RecordClosure>;
  /** Walks the chain over [fromSeq, toSeq] (default: all) and checks every stored checkpoint in it */
  verifyAuditLog: AuditVerification;
};


export type QueryActualAreasArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryAffiliationsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditAnomaliesArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAuditCheckpointsArgs = {
  last?: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  refusedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  resourceId?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryCaseSummariesArgs = {
  status?: InputMaybe<CaseStatus>;
};


export type QueryCaseSummaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  status?: InputMaybe<CaseStatus>;
};


export type QueryCheckDestinationArgs = {
  caseId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  municipalityCode: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryClearanceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryConditionReviewsArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDestinationClearedArgs = {
  caseReference: Scalars['String']['input'];
  municipalityCode: Scalars['String']['input'];
};


export type QueryKnownLocationsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryLinkRequestsArgs = {
  status?: InputMaybe<LinkStatus>;
};


export type QueryMunicipalityArgs = {
  code: Scalars['String']['input'];
};


export type QueryNetworkPresencesArgs = {
  networkId: Scalars['ID']['input'];
};


export type QueryNetworkRelationsArgs = {
  networkId: Scalars['ID']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonByIdentityNumberArgs = {
  personalIdentityNumber: Scalars['String']['input'];
};


export type QueryPersonalConflictsArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryRankDestinationsArgs = {
  caseId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  limit?: Scalars['Int']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryStatisticsArgs = {
  groupBy?: Array<StatisticsDimension>;
  measures?: InputMaybe<Array<StatisticsMeasure>>;
  period: StatisticsPeriodInput;
};


export type QuerySurveillanceHoldClosuresArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryVerifyAuditLogArgs = {
  fromSeq?: InputMaybe<Scalars['Int']['input']>;
  toSeq?: InputMaybe<Scalars['Int']['input']>;
};

export const Reach = {
  International: 'INTERNATIONAL',
  Local: 'LOCAL',
  National: 'NATIONAL',
  Regional: 'REGIONAL'
} as const;

export type Reach = typeof Reach[keyof typeof Reach];
/** A record closed: when, by whom (the token subject) and why. A closed record is kept and no longer counts. */
export type RecordClosure = {
  __typename?: 'RecordClosure';
  closedAt: Scalars['DateTime']['output'];
  closedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** One observation of how a condition was kept */
export type RecordComplianceInput = {
  compliance: ComplianceGrade;
  /** protected (sealed) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** not after today, not before the condition was signed */
  observedOn: Scalars['Date']['input'];
  /** raise a review for the team on this observation too (e.g. PARTLY: "seen with the wrong people"); BREACHED always raises one */
  raiseReview?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RecordConsentInput = {
  categories: Array<ConsentDataCategory>;
  /** the household member the consent is about */
  personId: Scalars['ID']['input'];
  recipients: Array<ConsentRecipient>;
  signing: ConsentSigningInput;
};

/** Relapse into crime since the placement ended */
export const RelapseAnswer = {
  Confirmed: 'CONFIRMED',
  No: 'NO',
  Suspected: 'SUSPECTED',
  Unknown: 'UNKNOWN'
} as const;

export type RelapseAnswer = typeof RelapseAnswer[keyof typeof RelapseAnswer];
/** gallring: CLOSED_CASE (a closed case, its household crypto-shredded), ENDED_PLACEMENT (an ended placement: destination, check and alerts erased), PRESENCE (a network presence whose validity ended), AFFILIATION (an ended affiliation no kept case needs), AUDIT_PERSONAL (the officer id, client address and purpose of an audit event) */
export const RetentionKind = {
  Affiliation: 'AFFILIATION',
  AuditPersonal: 'AUDIT_PERSONAL',
  ClosedCase: 'CLOSED_CASE',
  EndedPlacement: 'ENDED_PLACEMENT',
  Presence: 'PRESENCE'
} as const;

export type RetentionKind = typeof RetentionKind[keyof typeof RetentionKind];
/** What the retention schedule would erase of one kind of record now: a count, never which records */
export type RetentionKindPreview = {
  __typename?: 'RetentionKindPreview';
  /** records of this kind that a run now would erase */
  expired: Scalars['Int']['output'];
  /** for kinds dated by an instant (CLOSED_CASE, AUDIT_PERSONAL): a record closed or logged before this has expired */
  expiredBefore: Maybe<Scalars['DateTime']['output']>;
  kind: RetentionKind;
  /** for kinds dated by a day (ENDED_PLACEMENT, PRESENCE, AFFILIATION): a record ending on this day or earlier has expired */
  lastExpiredDay: Maybe<Scalars['Date']['output']>;
  /** days the kind is kept after its clock starts (closure, end, end of validity, logging) */
  retentionDays: Scalars['Int']['output'];
};

/** The retention schedule applied now as a dry run: changes nothing */
export type RetentionPreview = {
  __typename?: 'RetentionPreview';
  asOf: Scalars['DateTime']['output'];
  /** "daily" when the service erases what has expired once a day, "off" when an operator runs it (RETENTION_JOB) */
  job: Scalars['String']['output'];
  kinds: Array<RetentionKindPreview>;
};

export const Severity = {
  Block: 'BLOCK',
  Warn: 'WARN'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** PERSON: the member themselves; GUARDIAN: a guardian (vårdnadshavare) */
export const SignatoryRole = {
  Guardian: 'GUARDIAN',
  Person: 'PERSON'
} as const;

export type SignatoryRole = typeof SignatoryRole[keyof typeof SignatoryRole];
/** One figure: its value, or suppressed (shown as "–") because it could help identify a person */
export type StatisticsCell = {
  __typename?: 'StatisticsCell';
  suppressed: Scalars['Boolean']['output'];
  /** null when suppressed, or for a median of no events */
  value: Maybe<Scalars['Float']['output']>;
};

/** police region or calendar month; never anything finer */
export const StatisticsDimension = {
  Month: 'MONTH',
  Region: 'REGION'
} as const;

export type StatisticsDimension = typeof StatisticsDimension[keyof typeof StatisticsDimension];
/** CASES_OPENED, PLACEMENTS (confirmed), PROPOSAL_TO_PLACEMENT_DAYS (median), OVERRIDES, FLAGS_BY_CODE (one table per flag code), CLOSURES_BY_REASON (one table per ClosureReason), FOLLOW_UP_OUTCOMES (recorded follow-ups, one table per FollowUpOutcome), HOUSING_TYPES (placements, one table per HousingType, suppressed together with PLACEMENTS; month totals only, no region or year totals) */
export const StatisticsMeasure = {
  CasesOpened: 'CASES_OPENED',
  ClosuresByReason: 'CLOSURES_BY_REASON',
  FlagsByCode: 'FLAGS_BY_CODE',
  FollowUpOutcomes: 'FOLLOW_UP_OUTCOMES',
  HousingTypes: 'HOUSING_TYPES',
  Overrides: 'OVERRIDES',
  Placements: 'PLACEMENTS',
  ProposalToPlacementDays: 'PROPOSAL_TO_PLACEMENT_DAYS'
} as const;

export type StatisticsMeasure = typeof StatisticsMeasure[keyof typeof StatisticsMeasure];
/** Whole calendar months, YYYY-MM, at most 12, ending before the current month */
export type StatisticsPeriodInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type StatisticsRow = {
  __typename?: 'StatisticsRow';
  cells: Array<StatisticsCell>;
  label: Scalars['String']['output'];
  /** the row total; null where the table publishes none */
  total: Maybe<StatisticsCell>;
};

/** A table of one measure, small figures suppressed so that no published figure lets one be recovered */
export type StatisticsTable = {
  __typename?: 'StatisticsTable';
  /** when the figures were read from the register */
  asOf: Scalars['DateTime']['output'];
  /** the category of a split measure (the flag code of FLAGS_BY_CODE, the housing type of HOUSING_TYPES…) */
  category: Maybe<Scalars['String']['output']>;
  /** null for a one-dimensional table (one column of values) */
  columnDimension: Maybe<StatisticsDimension>;
  /** null where the table publishes none */
  columnTotals: Maybe<Array<StatisticsCell>>;
  columns: Array<Scalars['String']['output']>;
  grandTotal: Maybe<StatisticsCell>;
  measure: StatisticsMeasure;
  rowDimension: StatisticsDimension;
  rows: Array<StatisticsRow>;
  /** what the figures are counted from */
  source: Scalars['String']['output'];
  /** figures from 1 to threshold − 1 are never published */
  threshold: Scalars['Int']['output'];
  unit: StatisticsUnit;
};

export const StatisticsUnit = {
  Count: 'COUNT',
  MedianDays: 'MEDIAN_DAYS'
} as const;

export type StatisticsUnit = typeof StatisticsUnit[keyof typeof StatisticsUnit];
/** A member of a case's team; the officer is their token subject (JWT sub) */
export type TeamMember = {
  __typename?: 'TeamMember';
  addedAt: Scalars['DateTime']['output'];
  /** the officer who added them */
  addedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  officer: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  role: TeamRole;
};

/** RESPONSIBLE_OFFICER (ansvarig handläggare; the officer who opens a case), LOCAL_COORDINATOR (lokal avhopparsamordnare, LAS), CONTACT_OFFICER, SOCIAL_SECRETARY, OTHER */
export const TeamRole = {
  ContactOfficer: 'CONTACT_OFFICER',
  LocalCoordinator: 'LOCAL_COORDINATOR',
  Other: 'OTHER',
  ResponsibleOfficer: 'RESPONSIBLE_OFFICER',
  SocialSecretary: 'SOCIAL_SECRETARY'
} as const;

export type TeamRole = typeof TeamRole[keyof typeof TeamRole];
/** hotbilds- och riskbedömning: the police threat assessment */
export type ThreatAssessment = {
  __typename?: 'ThreatAssessment';
  assessedOn: Scalars['Date']['output'];
  level: ThreatLevel;
  reach: Reach;
  relocationRequired: Scalars['Boolean']['output'];
  reviewDue: Scalars['Date']['output'];
  summary: Maybe<Scalars['String']['output']>;
  threatActors: Array<Person>;
  threatNetworks: Array<Network>;
};

export type ThreatAssessmentInput = {
  assessedOn: Scalars['Date']['input'];
  level: ThreatLevel;
  reach: Reach;
  relocationRequired: Scalars['Boolean']['input'];
  reviewDue: Scalars['Date']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  threatActorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  threatNetworkIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export const ThreatLevel = {
  High: 'HIGH',
  Low: 'LOW',
  None: 'NONE'
} as const;

export type ThreatLevel = typeof ThreatLevel[keyof typeof ThreatLevel];
/** Whether the threat against the person still stands */
export const ThreatStandsAnswer = {
  No: 'NO',
  Unknown: 'UNKNOWN',
  Yes: 'YES'
} as const;

export type ThreatStandsAnswer = typeof ThreatStandsAnswer[keyof typeof ThreatStandsAnswer];
/** OPENED (the case was opened), TRANSITION (a stage change an officer decided), AUTOMATIC (a stage change that followed a recorded event: a proposal cleared, a placement confirmed, the last placement ended), CLOSE, REOPEN, TRANSFER (moved to another police region by national coordination; stage unchanged), ESCALATE (the team asked national coordination to act; stage unchanged) */
export const TransitionKind = {
  Automatic: 'AUTOMATIC',
  Close: 'CLOSE',
  Escalate: 'ESCALATE',
  Opened: 'OPENED',
  Reopen: 'REOPEN',
  Transfer: 'TRANSFER',
  Transition: 'TRANSITION'
} as const;

export type TransitionKind = typeof TransitionKind[keyof typeof TransitionKind];
export type UnsuitableInput = {
  municipalityCode: Scalars['String']['input'];
  reason: UnsuitableReason;
};

export type UnsuitableMunicipality = {
  __typename?: 'UnsuitableMunicipality';
  municipality: Municipality;
  reason: UnsuitableReason;
};

export const UnsuitableReason = {
  HomeArea: 'HOME_AREA',
  Other: 'OTHER',
  OwnNetwork: 'OWN_NETWORK',
  Relatives: 'RELATIVES',
  RivalPresence: 'RIVAL_PRESENCE',
  ThreatActor: 'THREAT_ACTOR',
  Victim: 'VICTIM',
  Witness: 'WITNESS'
} as const;

export type UnsuitableReason = typeof UnsuitableReason[keyof typeof UnsuitableReason];
export type ActualAreasQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type ActualAreasQuery = { __typename?: 'Query', actualAreas: Array<{ __typename?: 'ActualArea', id: string, personId: string, municipalityCode: string, kind: ActualAreaKind, confidence: Confidence, validFrom: string, validTo: string | null, sourceNote: string | null, ended: boolean }> };

export type AddActualAreaMutationVariables = Exact<{
  input: ActualAreaInput;
}>;


export type AddActualAreaMutation = { __typename?: 'Mutation', addActualArea: { __typename?: 'ActualArea', id: string, personId: string, municipalityCode: string, kind: ActualAreaKind, confidence: Confidence, validFrom: string, validTo: string | null, sourceNote: string | null, ended: boolean } };

export type EndActualAreaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndActualAreaMutation = { __typename?: 'Mutation', endActualArea: { __typename?: 'ActualArea', id: string, validTo: string | null, ended: boolean } };

export type MunicipalityNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalityNamesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }> };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'Alert', id: string, acknowledged: boolean } };

export type OpenAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenAlertsQuery = { __typename?: 'Query', alerts: Array<{ __typename?: 'Alert', id: string, raisedAt: string, acknowledged: boolean, flags: Array<{ __typename?: 'Flag', code: FlagCode, severity: Severity, message: string }>, placement: { __typename?: 'Placement', id: string, startDate: string, endDate: string, municipality: { __typename?: 'Municipality', code: string, name: string }, case: { __typename?: 'Case', id: string, reference: string } } }> };

export type AuditAnomaliesQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type AuditAnomaliesQuery = { __typename?: 'Query', auditAnomalies: Array<{ __typename?: 'AuditAnomaly', kind: AuditAnomalyKind, actor: string, count: number, threshold: number, windowStart: string, windowEnd: string, firstSeq: number, lastSeq: number, caseId: string | null, municipalityCode: string | null, actorCount: number | null, limit: number | null }> };

export type AuditCheckpointsQueryVariables = Exact<{
  last: Scalars['Int']['input'];
}>;


export type AuditCheckpointsQuery = { __typename?: 'Query', auditCheckpoints: Array<{ __typename?: 'AuditCheckpoint', seq: number, at: string, hash: string }> };

export type AuditEventsQueryVariables = Exact<{
  actor?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  resourceId?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  refusedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventPage', nextCursor: string | null, events: Array<{ __typename?: 'AuditEvent', seq: number, at: string, actor: string, roles: Array<string>, scope: string | null, action: string, outcome: string, resourceType: string | null, resourceId: string | null, purpose: string | null, requestId: string | null, clientAddress: string | null, hash: string, prevHash: string }> } };

export type VerifyAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditLogQuery = { __typename?: 'Query', verifyAuditLog: { __typename?: 'AuditVerification', valid: boolean, checkedEvents: number, firstInvalidSeq: number | null, lastSignedCheckpointSeq: number | null, reason: string | null } };

export type CaseSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseSummaryQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, reference: string, region: PoliceRegion, status: CaseStatus, eligible: boolean, homeMunicipality: { __typename?: 'Municipality', code: string, name: string, county: { __typename?: 'County', name: string } }, defector: { __typename?: 'Person', id: string, kind: PersonKind, givenName: string, familyName: string, birthYear: number | null, surveillanceHold: boolean }, relatives: Array<{ __typename?: 'Person', id: string, kind: PersonKind, givenName: string, familyName: string, birthYear: number | null, surveillanceHold: boolean }>, threatAssessment: { __typename?: 'ThreatAssessment', level: ThreatLevel, reach: Reach, relocationRequired: boolean, assessedOn: string, reviewDue: string, summary: string | null, threatActors: Array<{ __typename?: 'Person', id: string, givenName: string, familyName: string }>, threatNetworks: Array<{ __typename?: 'Network', id: string, name: string }> } | null, placementAssessment: { __typename?: 'PlacementAssessment', assessedOn: string, reviewDue: string, minDistanceFromHomeKm: number | null, suitable: Array<{ __typename?: 'Municipality', code: string, name: string }>, unsuitable: Array<{ __typename?: 'UnsuitableMunicipality', reason: UnsuitableReason, municipality: { __typename?: 'Municipality', code: string, name: string } }> } | null, linkRequests: Array<{ __typename?: 'LinkRequest', id: string, kind: LinkKind, status: LinkStatus, conflictKind: PersonalConflictKind | null, requestedAt: string, decidedAt: string | null }> } | null };

export type CasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesQuery = { __typename?: 'Query', cases: Array<{ __typename?: 'Case', id: string, reference: string, region: PoliceRegion, status: CaseStatus, eligible: boolean, homeMunicipality: { __typename?: 'Municipality', code: string, name: string } }> };

export type KnownLocationsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type KnownLocationsQuery = { __typename?: 'Query', person: { __typename?: 'Person', id: string, givenName: string, familyName: string } | null, knownLocations: Array<{ __typename?: 'KnownLocation', id: string, personId: string, municipalityCode: string, validFrom: string, validTo: string | null, closure: { __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string } | null }> };

export type KnownLocationMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type KnownLocationMunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }> };

export type CloseKnownLocationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CloseKnownLocationMutation = { __typename?: 'Mutation', closeKnownLocation: { __typename?: 'KnownLocation', id: string, closure: { __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string } | null } };

export type PersonalConflictsQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type PersonalConflictsQuery = { __typename?: 'Query', personalConflicts: Array<{ __typename?: 'PersonalConflict', id: string, personId: string, otherPersonId: string | null, kind: PersonalConflictKind, personRole: ConflictRole, otherRole: ConflictRole, scope: KeepApartScope, reason: string | null, reviewDue: string | null, recordedAt: string, closure: { __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string } | null }> };

export type ReviewPersonalConflictMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  terms: ConflictTermsInput;
}>;


export type ReviewPersonalConflictMutation = { __typename?: 'Mutation', reviewPersonalConflict: { __typename?: 'PersonalConflict', id: string, scope: KeepApartScope, reviewDue: string | null, reason: string | null } };

export type ClosePersonalConflictMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ClosePersonalConflictMutation = { __typename?: 'Mutation', closePersonalConflict: { __typename?: 'PersonalConflict', id: string, closure: { __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string } | null } };

export type SurveillanceHoldClosuresQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type SurveillanceHoldClosuresQuery = { __typename?: 'Query', surveillanceHoldClosures: Array<{ __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string }> };

export type CloseSurveillanceHoldMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CloseSurveillanceHoldMutation = { __typename?: 'Mutation', closeSurveillanceHold: { __typename?: 'RecordClosure', closedAt: string, closedBy: string, reason: string } };

export type ClearanceCheckQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type ClearanceCheckQuery = { __typename?: 'Query', clearance: { __typename?: 'Clearance', cleared: boolean } | null };

export type DestinationClearedQueryVariables = Exact<{
  caseReference: Scalars['String']['input'];
  municipalityCode: Scalars['String']['input'];
}>;


export type DestinationClearedQuery = { __typename?: 'Query', destinationCleared: { __typename?: 'DestinationAnswer', cleared: boolean } };

export type ConditionAreaMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConditionAreaMunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', code: string, name: string }> };

export type CaseConditionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseConditionsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, conditions: Array<{ __typename?: 'Condition', id: string, kind: ConditionKind, description: string | null, breachRule: string, notify: Array<TeamRole>, signedOn: string, addedBy: string, endedOn: string | null, endReason: string | null, currentCompliance: ComplianceGrade | null, complianceCount: number, areas: Array<{ __typename?: 'Municipality', code: string, name: string }>, compliance: Array<{ __typename?: 'ConditionCompliance', id: string, compliance: ComplianceGrade, observedOn: string, note: string | null, recordedBy: string, recordedAt: string }>, reviews: Array<{ __typename?: 'ConditionReview', id: string, raisedAt: string, closedAt: string | null, closedBy: string | null, decision: string | null, breach: { __typename?: 'ConditionCompliance', id: string, compliance: ComplianceGrade, observedOn: string } }> }> } | null };

export type AddConditionMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: AddConditionInput;
}>;


export type AddConditionMutation = { __typename?: 'Mutation', addCondition: { __typename?: 'Condition', id: string } };

export type RecordComplianceMutationVariables = Exact<{
  conditionId: Scalars['ID']['input'];
  input: RecordComplianceInput;
}>;


export type RecordComplianceMutation = { __typename?: 'Mutation', recordCompliance: { __typename?: 'Condition', id: string, currentCompliance: ComplianceGrade | null } };

export type EndConditionMutationVariables = Exact<{
  conditionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EndConditionMutation = { __typename?: 'Mutation', endCondition: { __typename?: 'Condition', id: string, endedOn: string | null } };

export type CloseConditionReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  decision: Scalars['String']['input'];
}>;


export type CloseConditionReviewMutation = { __typename?: 'Mutation', closeConditionReview: { __typename?: 'ConditionReview', id: string, closedAt: string | null } };

export type OpenConditionReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenConditionReviewsQuery = { __typename?: 'Query', conditionReviews: Array<{ __typename?: 'ConditionReview', id: string, caseId: string, caseReference: string, conditionId: string, conditionKind: ConditionKind, notify: Array<TeamRole>, raisedAt: string, closedAt: string | null, breach: { __typename?: 'ConditionCompliance', id: string, compliance: ComplianceGrade, observedOn: string, note: string | null, recordedBy: string } }> };

export type CaseConsentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseConsentsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, defector: { __typename?: 'Person', id: string, givenName: string, familyName: string, birthYear: number | null }, relatives: Array<{ __typename?: 'Person', id: string, givenName: string, familyName: string, birthYear: number | null }>, consents: Array<{ __typename?: 'Consent', id: string, status: ConsentStatus, signedOn: string, lastSignedOn: string, reviewDue: string, renewals: number, withdrawnOn: string | null, member: { __typename?: 'Person', id: string }, scope: { __typename?: 'ConsentScope', categories: Array<ConsentDataCategory>, recipients: Array<ConsentRecipient> }, signatories: Array<{ __typename?: 'ConsentSignatory', role: SignatoryRole, answer: ConsentAnswer, name: string | null }> }> } | null };

export type RecordConsentMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'Consent', id: string, status: ConsentStatus, reviewDue: string } };

export type RenewConsentMutationVariables = Exact<{
  consentId: Scalars['ID']['input'];
  signing: ConsentSigningInput;
}>;


export type RenewConsentMutation = { __typename?: 'Mutation', renewConsent: { __typename?: 'Consent', id: string, status: ConsentStatus, lastSignedOn: string, reviewDue: string, renewals: number } };

export type WithdrawConsentMutationVariables = Exact<{
  consentId: Scalars['ID']['input'];
}>;


export type WithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'Consent', id: string, status: ConsentStatus, withdrawnOn: string | null } };

export type RankDestinationsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
}>;


export type RankDestinationsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, homeMunicipality: { __typename?: 'Municipality', code: string } } | null, rankDestinations: Array<{ __typename?: 'CheckResult', cleared: boolean, checkedAt: string, municipality: { __typename?: 'Municipality', code: string, name: string, policeRegion: PoliceRegion, county: { __typename?: 'County', code: string, name: string } }, flags: Array<{ __typename?: 'Flag', code: FlagCode, severity: Severity, message: string }> }> };

export type CaseLifecycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseLifecycleQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, stage: CaseStage, closureReason: ClosureReason | null, escalated: boolean, nextStages: Array<CaseStage>, history: Array<{ __typename?: 'CaseTransition', id: string, kind: TransitionKind, fromStage: CaseStage | null, toStage: CaseStage, closureReason: ClosureReason | null, fromRegion: PoliceRegion | null, toRegion: PoliceRegion | null, actor: string, reason: string, at: string }>, followUps: Array<{ __typename?: 'FollowUp', id: string, dueOn: string, overdue: boolean, recordedOn: string | null, outcome: FollowUpOutcome | null, housing: FollowUpHousing | null, income: FollowUpIncome | null, relapse: RelapseAnswer | null, threatStands: ThreatStandsAnswer | null, notes: string | null, recordedBy: string | null }> } | null };

export type TransitionCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  to: CaseStage;
  reason: Scalars['String']['input'];
}>;


export type TransitionCaseMutation = { __typename?: 'Mutation', transitionCase: { __typename?: 'Case', id: string, stage: CaseStage, status: CaseStatus } };

export type CloseCaseWithReasonMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  closureReason: ClosureReason;
  reason: Scalars['String']['input'];
}>;


export type CloseCaseWithReasonMutation = { __typename?: 'Mutation', closeCaseWithReason: { __typename?: 'Case', id: string, stage: CaseStage, status: CaseStatus } };

export type ReopenCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenCaseMutation = { __typename?: 'Mutation', reopenCase: { __typename?: 'Case', id: string, stage: CaseStage, status: CaseStatus } };

export type EscalateCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EscalateCaseMutation = { __typename?: 'Mutation', escalateCase: { __typename?: 'Case', id: string, escalated: boolean } };

export type RecordFollowUpMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { __typename?: 'Mutation', recordFollowUp: { __typename?: 'Case', id: string, stage: CaseStage } };

export type NotClearedProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotClearedProposalsQuery = { __typename?: 'Query', cases: Array<{ __typename?: 'Case', id: string, reference: string, region: PoliceRegion, proposals: Array<{ __typename?: 'Proposal', id: string, status: ProposalStatus, housingType: HousingType, startDate: string, endDate: string, municipality: { __typename?: 'Municipality', code: string, name: string }, check: { __typename?: 'CheckResult', checkedAt: string, flags: Array<{ __typename?: 'Flag', code: FlagCode, severity: Severity, message: string }> } }> }> };

export type OverrideProposalMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
}>;


export type OverrideProposalMutation = { __typename?: 'Mutation', overrideProposal: { __typename?: 'Proposal', id: string, status: ProposalStatus, clearanceReference: string | null, municipality: { __typename?: 'Municipality', code: string, name: string } } };

export type CaseProposalsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaseProposalsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, reference: string, proposals: Array<{ __typename?: 'Proposal', id: string, status: ProposalStatus, housingType: HousingType, startDate: string, endDate: string, municipality: { __typename?: 'Municipality', code: string, name: string }, check: { __typename?: 'CheckResult', cleared: boolean, checkedAt: string, flags: Array<{ __typename?: 'Flag', code: FlagCode, severity: Severity, message: string }> } }>, placements: Array<{ __typename?: 'Placement', id: string, housingType: HousingType, startDate: string, endDate: string, endedOn: string | null, endReason: PlacementEndReason | null, municipality: { __typename?: 'Municipality', code: string, name: string } }> } | null };

export type ConfirmPlacementMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;


export type ConfirmPlacementMutation = { __typename?: 'Mutation', confirmPlacement: { __typename?: 'Placement', id: string, startDate: string, endDate: string, municipality: { __typename?: 'Municipality', code: string, name: string } } };

export type EndPlacementMutationVariables = Exact<{
  placementId: Scalars['ID']['input'];
  endedOn: Scalars['Date']['input'];
  reason: PlacementEndReason;
}>;


export type EndPlacementMutation = { __typename?: 'Mutation', endPlacement: { __typename?: 'Placement', id: string, endedOn: string | null, endReason: PlacementEndReason | null } };

export type SubmitProposalMutationVariables = Exact<{
  input: ProposalInput;
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename?: 'Proposal', id: string, status: ProposalStatus, clearanceReference: string | null, housingType: HousingType, startDate: string, endDate: string, municipality: { __typename?: 'Municipality', code: string, name: string }, check: { __typename?: 'CheckResult', cleared: boolean, flags: Array<{ __typename?: 'Flag', code: FlagCode, severity: Severity, message: string }> } } };

export type WithdrawProposalMutationVariables = Exact<{
  proposalId: Scalars['ID']['input'];
}>;


export type WithdrawProposalMutation = { __typename?: 'Mutation', withdrawProposal: { __typename?: 'Proposal', id: string, status: ProposalStatus } };

export type RetentionPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionPreviewQuery = { __typename?: 'Query', retentionPreview: { __typename?: 'RetentionPreview', asOf: string, job: string, kinds: Array<{ __typename?: 'RetentionKindPreview', kind: RetentionKind, retentionDays: number, lastExpiredDay: string | null, expiredBefore: string | null, expired: number }> } };

export type StatisticsQueryVariables = Exact<{
  period: StatisticsPeriodInput;
}>;


export type StatisticsQuery = { __typename?: 'Query', statistics: Array<{ __typename?: 'StatisticsTable', measure: StatisticsMeasure, category: string | null, unit: StatisticsUnit, columns: Array<string>, threshold: number, asOf: string, source: string, rows: Array<{ __typename?: 'StatisticsRow', label: string, cells: Array<{ __typename?: 'StatisticsCell', value: number | null, suppressed: boolean }>, total: { __typename?: 'StatisticsCell', value: number | null, suppressed: boolean } | null }>, columnTotals: Array<{ __typename?: 'StatisticsCell', value: number | null, suppressed: boolean }> | null, grandTotal: { __typename?: 'StatisticsCell', value: number | null, suppressed: boolean } | null }> };

export type CaseAccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseAccessQuery = { __typename?: 'Query', caseSummary: { __typename?: 'CaseSummary', id: string, reference: string, region: PoliceRegion, status: CaseStatus, access: CaseAccessLevel, checks: Array<{ __typename?: 'CheckSummary', proposalStatus: ProposalStatus, cleared: boolean, checkedAt: string, flags: Array<{ __typename?: 'FlagSummary', code: FlagCode, severity: Severity }> }> } | null };

export type BreakGlassMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type BreakGlassMutation = { __typename?: 'Mutation', breakGlass: { __typename?: 'BreakGlassGrant', id: string, caseId: string, grantedAt: string, expiresAt: string } };

export type CaseTeamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseTeamQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, team: Array<{ __typename?: 'TeamMember', id: string, officer: string, role: TeamRole, reason: string, addedAt: string, addedBy: string }> } | null };

export type AddTeamMemberMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  officer: Scalars['String']['input'];
  role: TeamRole;
  reason: Scalars['String']['input'];
}>;


export type AddTeamMemberMutation = { __typename?: 'Mutation', addTeamMember: { __typename?: 'TeamMember', id: string, officer: string, role: TeamRole } };

export type RemoveTeamMemberMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemoveTeamMemberMutation = { __typename?: 'Mutation', removeTeamMember: boolean };

export type BreakGlassNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BreakGlassNotificationsQuery = { __typename?: 'Query', notifications: Array<{ __typename?: 'BreakGlassGrant', id: string, caseId: string, caseReference: string, officer: string, reason: string, grantedAt: string, expiresAt: string }> };


export const ActualAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActualAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actualAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<ActualAreasQuery, ActualAreasQueryVariables>;
export const AddActualAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActualArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActualAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActualArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<AddActualAreaMutation, AddActualAreaMutationVariables>;
export const EndActualAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndActualArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endActualArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}}]}}]} as unknown as DocumentNode<EndActualAreaMutation, EndActualAreaMutationVariables>;
export const MunicipalityNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityNamesQuery, MunicipalityNamesQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const OpenAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenAlertsQuery, OpenAlertsQueryVariables>;
export const AuditAnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAnomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditAnomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]} as unknown as DocumentNode<AuditAnomaliesQuery, AuditAnomaliesQueryVariables>;
export const AuditCheckpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCheckpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<AuditCheckpointsQuery, AuditCheckpointsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refusedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"refusedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refusedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEvents"}},{"kind":"Field","name":{"kind":"Name","value":"firstInvalidSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedCheckpointSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditLogQuery, VerifyAuditLogQueryVariables>;
export const CaseSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"surveillanceHold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"surveillanceHold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threatAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"relocationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"threatActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threatNetworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"minDistanceFromHomeKm"}},{"kind":"Field","name":{"kind":"Name","value":"suitable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsuitable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conflictKind"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseSummaryQuery, CaseSummaryQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const KnownLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnownLocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knownLocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<KnownLocationsQuery, KnownLocationsQueryVariables>;
export const KnownLocationMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnownLocationMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KnownLocationMunicipalitiesQuery, KnownLocationMunicipalitiesQueryVariables>;
export const CloseKnownLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseKnownLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeKnownLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CloseKnownLocationMutation, CloseKnownLocationMutationVariables>;
export const PersonalConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"otherPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personRole"}},{"kind":"Field","name":{"kind":"Name","value":"otherRole"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalConflictsQuery, PersonalConflictsQueryVariables>;
export const ReviewPersonalConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewPersonalConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terms"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPersonalConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"terms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ReviewPersonalConflictMutation, ReviewPersonalConflictMutationVariables>;
export const ClosePersonalConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePersonalConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePersonalConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ClosePersonalConflictMutation, ClosePersonalConflictMutationVariables>;
export const SurveillanceHoldClosuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveillanceHoldClosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveillanceHoldClosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SurveillanceHoldClosuresQuery, SurveillanceHoldClosuresQueryVariables>;
export const CloseSurveillanceHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurveillanceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurveillanceHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CloseSurveillanceHoldMutation, CloseSurveillanceHoldMutationVariables>;
export const ClearanceCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClearanceCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cleared"}}]}}]}}]} as unknown as DocumentNode<ClearanceCheckQuery, ClearanceCheckQueryVariables>;
export const DestinationClearedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationCleared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinationCleared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cleared"}}]}}]}}]} as unknown as DocumentNode<DestinationClearedQuery, DestinationClearedQueryVariables>;
export const ConditionAreaMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConditionAreaMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConditionAreaMunicipalitiesQuery, ConditionAreaMunicipalitiesQueryVariables>;
export const CaseConditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"breachRule"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"complianceCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"breach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseConditionsQuery, CaseConditionsQueryVariables>;
export const AddConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConditionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddConditionMutation, AddConditionMutationVariables>;
export const RecordComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conditionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComplianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conditionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conditionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompliance"}}]}}]}}]} as unknown as DocumentNode<RecordComplianceMutation, RecordComplianceMutationVariables>;
export const EndConditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCondition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conditionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conditionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conditionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndConditionMutation, EndConditionMutationVariables>;
export const CloseConditionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConditionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConditionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseConditionReviewMutation, CloseConditionReviewMutationVariables>;
export const OpenConditionReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenConditionReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditionReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"conditionId"}},{"kind":"Field","name":{"kind":"Name","value":"conditionKind"}},{"kind":"Field","name":{"kind":"Name","value":"notify"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<OpenConditionReviewsQuery, OpenConditionReviewsQueryVariables>;
export const CaseConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"defector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseConsentsQuery, CaseConsentsQueryVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RenewConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentSigningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}}]}}]}}]} as unknown as DocumentNode<RenewConsentMutation, RenewConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const RankDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankDestinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"290"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policeRegion"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RankDestinationsQuery, RankDestinationsQueryVariables>;
export const CaseLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"nextStages"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"closureReason"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"income"}},{"kind":"Field","name":{"kind":"Name","value":"relapse"}},{"kind":"Field","name":{"kind":"Name","value":"threatStands"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<CaseLifecycleQuery, CaseLifecycleQueryVariables>;
export const TransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionCaseMutation, TransitionCaseMutationVariables>;
export const CloseCaseWithReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCaseWithReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closureReason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosureReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCaseWithReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closureReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closureReason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseCaseWithReasonMutation, CloseCaseWithReasonMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const EscalateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]} as unknown as DocumentNode<EscalateCaseMutation, EscalateCaseMutationVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const NotClearedProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotClearedProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"housingType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotClearedProposalsQuery, NotClearedProposalsQueryVariables>;
export const OverrideProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceReference"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OverrideProposalMutation, OverrideProposalMutationVariables>;
export const CaseProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"housingType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"housingType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseProposalsQuery, CaseProposalsQueryVariables>;
export const ConfirmPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPlacementMutation, ConfirmPlacementMutationVariables>;
export const EndPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementEndReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<EndPlacementMutation, EndPlacementMutationVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceReference"}},{"kind":"Field","name":{"kind":"Name","value":"housingType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const RetentionPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastExpiredDay"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBefore"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}}]} as unknown as DocumentNode<RetentionPreviewQuery, RetentionPreviewQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"MONTH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const CaseAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseAccessQuery, CaseAccessQueryVariables>;
export const BreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BreakGlassMutation, BreakGlassMutationVariables>;
export const CaseTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]}}]}}]} as unknown as DocumentNode<CaseTeamQuery, CaseTeamQueryVariables>;
export const AddTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officer"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const BreakGlassNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakGlassNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BreakGlassNotificationsQuery, BreakGlassNotificationsQueryVariables>;