/**
 * The authorization matrix: who may do what, for every Query and Mutation field of the GraphQL schema and
 * for every field of every object type that carries protected data. Reviewed like code; the spec
 * `test/e2e/authorization-matrix.e2e-spec.ts` fails when the schema has a field this table does not name
 * (or the table names one the schema lacks), and runs every row against the running service.
 *
 * Adding an operation or a field is one line here (and, for an operation, one representative call in
 * `authorization-probes.ts`). The table says what SHOULD happen; if the service does something else, the row
 * is not changed to match: the cell is marked `expected!observed` and the deviation listed at the end.
 *
 * Callers (columns), each aiming at the SYD region's records:
 *   own    POLICE_REGIONAL of SYD, the region that owns the seeded case, on its team (opened it; fresh cases too)
 *   mate   POLICE_REGIONAL of SYD on no team: CASE_ACCESS=team gives them existence, status and checker results
 *   glass  POLICE_REGIONAL of SYD on no team, with break-glass on the seeded SYD case (not on fresh ones)
 *   other  POLICE_REGIONAL of STOCKHOLM: the cross-region attempt, with SYD's ids
 *   nat    POLICE_NATIONAL (national coordination)
 *   home   MUNICIPALITY that is the SYD case's home municipality (Helsingborg, 1283)
 *   dest   MUNICIPALITY that is the destination of the SYD case's cleared proposal and placement (Umeå, 2480)
 *   muni   another MUNICIPALITY (Stockholm, 0180)
 *   aud    AUDITOR
 *   anon   no token at all
 *   nopurp (operations only) the first caller in column order that gets an answer, again without X-Access-Purpose
 *
 * Outcomes (cells):
 *   ok     answered with the data; for a list, the target record is in it; for a field, it carries a value
 *   ok?    (fields only) reachable; the value may be null or empty for reasons of data, not of access
 *   null   answered null (a search without a match, or a field withheld from this caller)
 *   empty  answered, but without the target record (a list filtered to the caller's own records)
 *   NF     NOT_FOUND, worded exactly as for an id that does not exist
 *   FB     FORBIDDEN: the caller's role may never do this
 *   UA     UNAUTHENTICATED
 *   PR     PURPOSE_REQUIRED
 *   BUI    BAD_USER_INPUT
 *   =      (fields only) as the type's line: the path that reaches the type decides
 *   =?     (fields only) as the type's line, with `ok?` in place of `ok`
 *   X!Y    should be X, is Y today: a known authorization bug, documented in KNOWN_DEVIATIONS below
 */

export const CALLERS = ['own', 'mate', 'glass', 'other', 'nat', 'home', 'dest', 'muni', 'aud', 'anon'] as const;
export type Caller = (typeof CALLERS)[number];

/** What the spec observes: an error code, or the shape of the answer. */
export type Outcome =
  | 'ok'
  | 'null'
  | 'empty'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'PURPOSE_REQUIRED'
  | 'BAD_USER_INPUT'
  | (string & { readonly unlisted?: never });

const CODES: Readonly<Record<string, Outcome>> = {
  ok: 'ok',
  null: 'null',
  empty: 'empty',
  NF: 'NOT_FOUND',
  FB: 'FORBIDDEN',
  UA: 'UNAUTHENTICATED',
  PR: 'PURPOSE_REQUIRED',
  BUI: 'BAD_USER_INPUT',
};

export interface Cell {
  /** what the caller should get */
  expected: Outcome;
  /** `ok?`: a field that may be null or empty in the seeded data */
  mayBeEmpty: boolean;
  /** what the caller gets today when that differs: a known bug */
  knownBug?: Outcome;
}

export interface OperationRow {
  /** `Query.case`, `Mutation.openCase` */
  key: string;
  cells: Record<Caller, Cell>;
  withoutPurpose: Cell;
  reason: string;
}

export interface FieldRow {
  /** `Case.linkRequests` */
  key: string;
  cells: Record<Caller, Cell>;
  reason: string;
}

export interface TypeRow {
  type: string;
  cells: Record<Caller, Cell>;
  reason: string;
  fields: Map<string, FieldRow>;
}

// ---------------------------------------------------------------------------------------------------------
// Operations: every field of Query and Mutation.
// ---------------------------------------------------------------------------------------------------------

const OPERATION_TABLE = `
# operation                         own    mate   glass  other  nat    home   dest   muni   aud    anon   nopurp reason
Query.actualAreas                   ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     where a person really is: police who may see the person in detail; anyone else as for an unknown id
Query.affiliations                  ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     a person's network ties: police who may see the person; anyone else as for an unknown id
Query.alerts                        ok     empty  ok     empty  ok     FB     FB     FB     FB     UA     PR     a placement's alerts go to its case's region and national coordination only
Query.auditAnomalies                FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     ok     auditors only; reading the log is their standing purpose, so no X-Access-Purpose is needed
Query.auditCheckpoints              FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     ok     auditors only: the signed chain heads
Query.auditEvents                   FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     ok     auditors only (ids and claims, never protected content)
Query.case                          ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     PR     a case: its region and national coordination; another region gets what a missing id gets
Query.caseByReference               ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     PR     as case(id); references are sequential, so another region's must answer as a missing one
Query.caseSummary                   ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     a case's existence, status and checker results for every officer of its region; another region as a missing id
Query.caseSummaries                 ok     ok     ok     empty  ok     FB     FB     FB     FB     UA     PR     every case of the region, team or not: existence, status, checker results; another region's are not listed
Query.cases                         ok     empty  ok     empty  ok     FB     FB     FB     FB     UA     PR     a regional unit lists its own region's cases only
Query.checkDestination              ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     PR     the checker runs on a case the caller may see; municipalities learn verdicts through clearances only
Query.conditionReviews              ok     empty  empty  empty  ok     FB     FB     FB     FB     UA     PR     breach reviews go to the case's team in the roles the condition names, and to national coordination; not to a break-glass reader
Query.clearance                     FB     FB     FB     FB     FB     ok     ok     NF     FB     UA     PR     the destination and the case's home municipality; another municipality as an unknown reference
Query.destinationCleared            FB     FB     FB     FB     FB     ok     NF     NF     FB     UA     PR     the case's home municipality only; any other municipality as an unknown case
Query.duplicateRegistrations        FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination reconciles identity numbers that more than one region registered
Query.knownLocations                ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     where a person is or was known to stay: police who may see the person; anyone else as for an unknown id
Query.linkRequests                  ok     ok     ok     empty  ok     FB     FB     FB     FB     UA     PR     a region sees the link requests it made; national coordination sees and decides all
Query.municipalities                ok     ok     ok     ok     ok     ok     ok     ok     ok     UA     ok     public reference data for any authenticated caller (the API itself is not public)
Query.municipality                  ok     ok     ok     ok     ok     ok     ok     ok     ok     UA     ok     as municipalities
Query.networkPresences              ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     network intelligence is shared by all police and by nobody else
Query.networkRelations              ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     as networkPresences
Query.networks                      ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     as networkPresences
Query.notifications                 ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     the caller's own notices (break-glass on cases they are responsible officer of); the list may be empty
Query.person                        ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     a person belongs to their cases' regions, else to the registering region; others as a missing id
Query.personByIdentityNumber        ok     null   ok     null   ok     FB     FB     FB     FB     UA     PR     a search: another region's person answers as no match at all
Query.personalConflicts             ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     a household member's conflicts: those who read the household (team, break-glass, national); others as for an unknown id
Query.rankDestinations              ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     PR     as checkDestination
Query.retentionPreview              FB     FB     FB     FB     ok     FB     FB     FB     ok     UA     ok     the retention dry run: counts per kind of record, never which; auditors and national coordination, no purpose needed
Query.statistics                    ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     every police unit reads the same suppressed tables of all regions (the suppression holds against a region knowing its own cases)
Query.surveillanceHoldClosures      FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination's alone, like the holds themselves
Query.verifyAuditLog                FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     ok     auditors only

Mutation.acknowledgeAlert           ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     the alert's case region and national coordination; another region as a missing alert
Mutation.addActualArea              ok     NF     NF     NF     ok     FB     FB     FB     FB     UA     PR     a write on a person needs sight of the person (a fresh case's defector: mate and glass are not on its team)
Mutation.addAffiliation             ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     PR     a write on a person needs sight of the person
Mutation.addCondition               ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     those who read the case's details (a fresh case: no break-glass on it); another region as a missing case
Mutation.addTeamMember              ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's team (and national coordination) decide its team; a break-glass reader does not
Mutation.addNetworkPresence         FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone writes network intelligence
Mutation.addPersonalConflict        ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     the household member must be one the caller may see (a foreign other side: see the attacks)
Mutation.breakGlass                 BUI    ok     ok     NF     FB     FB     FB     FB     FB     UA     PR     an officer of the region outside the case's team, with a reason; the team reads it already; national coordination needs none
Mutation.closeConditionReview       ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as addCondition; another region as a missing review
Mutation.closeCase                  ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's region and national coordination
Mutation.closeKnownLocation         ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     a write on a person's location needs sight of the person; another region as a missing location
Mutation.closePersonalConflict      ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     needs sight of one of the conflict's persons; another region as a missing conflict
Mutation.closeSurveillanceHold      FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     as setSurveillanceHold: national coordination's alone
Mutation.confirmPlacement           ok     NF     NF     NF     ok     FB     FB     FB     FB     UA     PR     the proposal's case region and national coordination; another region as a missing proposal
Mutation.createNetwork              FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone writes network intelligence
Mutation.decideLinkRequest          FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone decides links to persons a region may not see
Mutation.endActualArea              ok     NF     NF     NF     ok     FB     FB     FB     FB     UA     PR     as addActualArea; an area of a person the caller may not see as an unknown id
Mutation.endCondition               ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as addCondition; another region as a missing condition
Mutation.closeCaseWithReason        ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as closeCase: those who read the case's details (its team, national coordination)
Mutation.escalateCase               ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's team asks national coordination to act; the region's others see the case only
Mutation.endNetworkRelation         FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone writes network intelligence
Mutation.endPlacement               ok     NF     NF     NF     ok     FB     FB     FB     FB     UA     PR     the placement's case region and national coordination; another region as a missing placement
Mutation.openCase                   ok     ok     ok     FB     ok     FB     FB     FB     FB     UA     PR     a regional unit opens cases in its own region only (a refusal that depends on the input alone)
Mutation.overrideProposal           FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone overrides a blocking verdict
Mutation.recordCompliance           ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as addCondition; another region as a missing condition
Mutation.recordConsent              ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's region and national coordination, for a member of its household
Mutation.recordPlacementAssessment  ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's region and national coordination
Mutation.recordAssessmentStep       ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as recordThreatAssessment: those who read the case's details
Mutation.recordFollowUp             ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the follow-up after the placements ended: those who read the case's details
Mutation.recordThreatAssessment     ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's region and national coordination (naming foreign persons: see the attacks)
Mutation.registerPerson             ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     PR     any police unit registers a person, who then belongs to its region (foreign numbers: see the attacks)
Mutation.relateNetworks             FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone writes network intelligence
Mutation.removeTeamMember           ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as addTeamMember
Mutation.reopenCase                 ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     as closeCase
Mutation.renewConsent               ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the consent's case region and national coordination; another region as a missing consent
Mutation.reviewPersonalConflict     ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     as closePersonalConflict
Mutation.setKnownLocation           ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     PR     a write on a person needs sight of the person
Mutation.setSurveillanceHold        FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination's alone: a hold is never explained to a region
Mutation.submitProposal             ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the case's region and national coordination
Mutation.transferCase               FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     PR     national coordination alone moves a case between regions (it alone sees both)
Mutation.transitionCase             ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     only those who read the case's details move it; the rest of the region sees its stage in caseSummary
Mutation.withdrawConsent            ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     PR     the consent's case region and national coordination; another region as a missing consent
Mutation.withdrawProposal           ok     NF     NF     NF     ok     FB     FB     FB     FB     UA     PR     the proposal's case region and national coordination; another region as a missing proposal
`;

// ---------------------------------------------------------------------------------------------------------
// Protected object types and their fields.
//
// Every object type of the schema counts as protected except PUBLIC_TYPES below: a new type must be added
// to one or the other, so nothing new slips through unclassified. Protected are the household's records
// (Case, Person, Affiliation, ThreatAssessment, PlacementAssessment, UnsuitableMunicipality, Proposal,
// Placement, Alert, LinkRequest), what the checker says about a household (CheckResult, Flag), what a
// municipality learns (Clearance, DestinationAnswer), police network intelligence (Network,
// NetworkPresence, NetworkRelation: sealed under the network-intelligence key) and the audit log
// (AuditEvent, AuditEventPage, AuditVerification, AuditAnomaly).
//
// A type's line names what reaches it (its path, in authorization-probes.ts) and who gets through; a field
// line says `=` when the path alone decides, or its own cells when the field itself is withheld.
// ---------------------------------------------------------------------------------------------------------

/** Public reference data (SCB codes, names, centroids): any authenticated caller, no purpose needed. */
export const PUBLIC_TYPES: readonly string[] = ['Municipality', 'County'];

const FIELD_TABLE = `
# type / .field                     own    mate   glass  other  nat    home   dest   muni   aud    anon   reason
ActualArea                          ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     via actualAreas(personId): the person's visibility (with case access) decides
  .confidence                       =
  .ended                            =
  .id                               =
  .kind                             =
  .municipalityCode                 =
  .personId                         =
  .sourceNote                       =
  .validFrom                        =
  .validTo                          =?                                                     null while the area is open-ended

Affiliation                         ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     via affiliations(personId): the person's visibility decides
  .confidence                       =
  .id                               =
  .network                          =
  .person                           =
  .role                             =
  .validFrom                        =
  .validTo                          =

Alert                               ok     empty  ok     empty  ok     FB     FB     FB     FB     UA     via alerts: the case region's list only
  .acknowledged                     =
  .flags                            =
  .kind                             =
  .id                               =
  .placement                        =                                                      the placement (and its case) of an alert the caller may see
  .raisedAt                         =

AuditAnomaly                        FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     via auditAnomalies: auditors only
  .actor                            =
  .actorCount                       =?                                                     only for a municipality's questions
  .caseId                           =?                                                     null unless the anomaly is about one case
  .count                            =
  .firstSeq                         =
  .kind                             =
  .lastSeq                          =
  .limit                            =?                                                     only for a municipality's questions
  .municipalityCode                 =?                                                     only for a municipality's questions
  .threshold                        =
  .windowEnd                        =
  .windowStart                      =

AuditEvent                          FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     via auditEvents: auditors only
  .action                           =
  .actor                            =
  .at                               =
  .clientAddress                    =
  .hash                             =
  .outcome                          =
  .personalErased                   =
  .prevHash                         =
  .purpose                          =
  .requestId                        =
  .resourceId                       =
  .resourceType                     =
  .roles                            =
  .scope                            =
  .seq                              =

AuditEventPage                      FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     via auditEvents: auditors only
  .events                           =
  .nextCursor                       =

AuditCheckpoint                     FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     via auditCheckpoints: auditors only (none before the first checkpoint)
  .at                               =?                                                     the list may be empty before the first checkpoint
  .hash                             =?                                                     as above
  .note                             =?                                                     as above; null for a checkpoint signed before the Merkle tree
  .seq                              =?                                                     as above
  .signature                        =?                                                     as above

AuditVerification                   FB     FB     FB     FB     FB     FB     FB     FB     ok     UA     via verifyAuditLog: auditors only
  .checkedEvents                    =
  .firstInvalidSeq                  =?                                                     null while the chain is sound
  .lastSignedCheckpointSeq          =?                                                     null before the first checkpoint
  .reason                           =?                                                     null while the chain is sound
  .uncoveredEvents                  =
  .valid                            =

BreakGlassGrant                     ok     empty  empty  empty  empty  FB     FB     FB     FB     UA     via notifications: the responsible officer of the case (the glass column's grant on the SYD case); others' lists are empty
  .caseId                           =
  .caseReference                    =
  .expiresAt                        =
  .grantedAt                        =
  .id                               =
  .officer                          =
  .reason                           =

Case                                ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id): its region and national coordination
  .conditions                       =                                                      the conditions the defector signed, through the case
  .assessmentSteps                  =                                                      who assesses with which instrument: read by those who read the case's details
  .closureReason                    =?
  .consents                         =                                                      the household's consents, through the case
  .defector                         =
  .eligible                         =
  .escalated                        =
  .followUps                        =?                                                     the follow-ups (the seeded case has none due)
  .history                          =                                                      who moved the case and why (sealed reasons)
  .homeMunicipality                 =
  .id                               =
  .linkRequests                     =                                                      the household's link requests, as the case's reader may see them
  .nextStages                       =?
  .placementAssessment              =
  .placements                       =
  .proposals                        =
  .reference                        =
  .region                           =
  .relatives                        =
  .stage                            =
  .status                           =
  .team                             =                                                      who works the case: read by those who read its details
  .threatAssessment                 =

CheckSummary                        ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     via caseSummary(id).checks of a case the checker did not clear: every officer of its region; no destination in it
  .checkedAt                        =
  .cleared                          =
  .flags                            =
  .proposalStatus                   =

CheckResult                         ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via checkDestination: a case the caller may see
  .checkedAt                        =
  .cleared                          =
  .flags                            =
  .municipality                     =

CaseTransition                      ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).history: who moved the case and why, for those who read its details
  .actor                            =
  .at                               =
  .closureReason                    =?
  .fromRegion                       =?
  .fromStage                        =?
  .id                               =
  .kind                             =
  .reason                           =
  .toRegion                         =?
  .toStage                          =

AssessmentStep                      ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).assessmentSteps: instrument and assessor, for those who read the case's details
  .assessor                         =
  .completed                        =
  .completedOn                      =?
  .id                               =
  .instrument                       =
  .kind                             =
  .recordedAt                       =
  .requiredOn                       =

FollowUp                            ok     FB     FB     NF     ok     FB     FB     FB     FB     UA     via case(id).followUps of a case in FOLLOW_UP: those who read its details (the glass column has no break-glass on that case)
  .dueOn                            =
  .housing                          =?
  .id                               =
  .income                           =?
  .notes                            =?
  .outcome                          =?
  .overdue                          =
  .recordedBy                       =?
  .recordedOn                       =?
  .relapse                          =?
  .threatStands                     =?

CaseSummary                         ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     via caseSummary(id): every officer of the case's region, team or not
  .access                           =
  .checks                           =
  .id                               =
  .reference                        =
  .region                           =
  .stage                            =                                                      every officer of the region sees where the case stands
  .status                           =

Clearance                           FB     FB     FB     FB     FB     ok     ok     NF     FB     UA     via clearance(reference): the destination and the home municipality only
  .cleared                          =
  .housingType                      =
  .municipality                     =                                                      the destination: both municipalities named in the clearance know it
  .reference                        =
  .startDate                        =
  .validUntil                       =

Condition                           ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).conditions: those who read the case's details
  .addedBy                          =
  .areas                            =                                                      the seeded condition is STAY_AWAY_FROM_AREA: protected places
  .breachRule                       =
  .compliance                       =
  .complianceCount                  =
  .currentCompliance                =
  .description                      =?                                                     null unless given
  .endReason                        =?                                                     null while the condition runs
  .endedOn                          =?                                                     null while the condition runs
  .id                               =
  .kind                             =
  .notify                           =
  .reviews                          =
  .signedOn                         =

ConditionCompliance                 ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).conditions.compliance
  .compliance                       =
  .id                               =
  .note                             =?                                                     null unless given
  .observedOn                       =
  .recordedAt                       =
  .recordedBy                       =

ConditionReview                     ok     empty  empty  empty  ok     FB     FB     FB     FB     UA     via conditionReviews: the seeded case's responsible officer (own) and national coordination are told
  .breach                           =
  .caseId                           =
  .caseReference                    =
  .closedAt                         =?                                                     null while open
  .closedBy                         =?                                                     null while open
  .conditionId                      =
  .conditionKind                    =
  .decision                         =?                                                     null while open
  .id                               =
  .notify                           =
  .raisedAt                         =

Consent                             ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).consents: the case's region and national coordination
  .id                               =
  .lastSignedOn                     =
  .member                           =
  .renewals                         =
  .reviewDue                        =
  .scope                            =
  .signatories                      =
  .signedOn                         =
  .status                           =
  .withdrawnOn                      =?                                                     null unless withdrawn

ConsentScope                        ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).consents.scope
  .categories                       =
  .recipients                       =

ConsentSignatory                    ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).consents.signatories: signatory names are protected
  .answer                           =
  .name                             =?                                                     null for the defector's own consent recorded by openCase
  .role                             =

DestinationAnswer                   FB     FB     FB     FB     FB     ok     NF     NF     FB     UA     via destinationCleared: the home municipality only
  .checkedAt                        =
  .cleared                          =

Flag                                ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via checkDestination(...).flags; messages are redacted for the caller
  .code                             =
  .message                          =
  .severity                         =

FlagSummary                         ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     via caseSummary(id).checks.flags (the uncleared case): code and severity only, never a message that could name a place
  .code                             =
  .severity                         =

KnownLocation                       ok     ok     ok     NF     ok     FB     FB     FB     FB     UA     via knownLocations(personId) of the SYD threat actor: the person's visibility decides
  .closure                          =?
  .id                               =
  .municipalityCode                 =
  .personId                         =
  .validFrom                        =
  .validTo                          =?

LinkRequest                         ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).linkRequests (a threat actor named from another region)
  .caseId                           =
  .conflictKind                     =?                                                     null for a THREAT_ACTOR request
  .decidedAt                        =?                                                     null while pending
  .id                               =
  .kind                             =
  .otherPerson                      null   FB     null   NF     ok     FB     FB     FB     FB     UA     the person named is resolved for national coordination only, never for the region
  .otherPersonId                    =                                                      the id the requester named itself, nothing more
  .personId                         =?                                                     null for a THREAT_ACTOR request
  .requestedAt                      =
  .status                           =

Network                             ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via networks: all police, nobody else
  .category                         =
  .id                               =
  .name                             =
  .reach                            =

NetworkPresence                     ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via networkPresences: all police, nobody else
  .confidence                       =
  .id                               =
  .municipality                     =
  .network                          =
  .validFrom                        =
  .validTo                          =

NetworkRelation                     ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via networkRelations: all police, nobody else
  .a                                =
  .b                                =
  .id                               =
  .kind                             =
  .validFrom                        =
  .validTo                          =

Person                              ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     via person(id): the person's regions and national coordination
  .birthYear                        =
  .familyName                       =
  .givenName                        =
  .id                               =
  .kind                             =
  .surveillanceHold                 =                                                      a hold shows as a flag to police who may see the person, never its reason

PersonalConflict                    ok     NF     ok     NF     ok     FB     FB     FB     FB     UA     via personalConflicts(personId) of the SYD defector: those who read the household
  .closure                          =?
  .id                               =
  .kind                             =
  .otherPersonId                    =
  .otherRole                        =
  .personId                         =
  .personRole                       =
  .reason                           =?
  .recordedAt                       =
  .reviewDue                        =?
  .scope                            =

Placement                           ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).placements
  .case                             =
  .endDate                          =
  .endReason                        =?                                                     null while the placement runs
  .endedOn                          =?                                                     null while the placement runs
  .housingType                      =
  .id                               =
  .municipality                     =
  .startDate                        =

PlacementAssessment                 ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).placementAssessment
  .assessedOn                       =
  .minDistanceFromHomeKm            =
  .reviewDue                        =
  .suitable                         =
  .unsuitable                       =

Proposal                            ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).proposals
  .case                             =
  .check                            =                                                      the stored check, redacted for a region, exact for national coordination
  .clearanceReference               null   FB     null   NF     null   FB     FB     FB     FB     UA     shown once, in the answer that cleared it: only its hash is stored
  .endDate                          =
  .housingType                      =
  .id                               =
  .municipality                     =
  .startDate                        =
  .status                           =

RetentionKindPreview                FB     FB     FB     FB     ok     FB     FB     FB     ok     UA     via retentionPreview.kinds: a count per kind of record, never which records
  .expired                          =
  .expiredBefore                    =?                                                     null for the kinds dated by a day
  .kind                             =
  .lastExpiredDay                   =?                                                     null for the kinds dated by an instant
  .retentionDays                    =

RetentionPreview                    FB     FB     FB     FB     ok     FB     FB     FB     ok     UA     via retentionPreview: auditors and national coordination
  .asOf                             =
  .job                              =
  .kinds                            =
RecordClosure                       FB     FB     FB     FB     ok     FB     FB     FB     FB     UA     via surveillanceHoldClosures(personId): national coordination (conflicts' and locations' closings are reached through them)
  .closedAt                         =
  .closedBy                         =
  .reason                           =

StatisticsCell                      ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via statistics(...).grandTotal: police only
  .suppressed                       =
  .value                            =?                                                     null when suppressed

StatisticsRow                       ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via statistics(...).rows: police only
  .cells                            =
  .label                            =
  .total                            =?                                                     null unless the period is one whole completed year

StatisticsTable                     ok     ok     ok     ok     ok     FB     FB     FB     FB     UA     via statistics: police only; the same tables for every police unit
  .asOf                             =
  .category                         =?                                                     null unless the measure is split (flag codes)
  .columnDimension                  =?                                                     null for a one-dimensional table
  .columnTotals                     =?                                                     null where the table publishes none
  .columns                          =
  .grandTotal                       =?                                                     null unless the period is one whole completed year
  .measure                          =
  .rowDimension                     =
  .rows                             =
  .source                           =
  .threshold                        =
  .unit                             =

TeamMember                          ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).team: those who read the case's details
  .addedAt                          =
  .addedBy                          =
  .id                               =
  .officer                          =
  .reason                           =
  .role                             =

ThreatAssessment                    ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).threatAssessment
  .assessedOn                       =
  .level                            =
  .reach                            =
  .relocationRequired               =
  .reviewDue                        =
  .summary                          =
  .threatActors                     =                                                      only actors the case's region may see (a foreign one waits as a link request)
  .threatNetworks                   =

UnsuitableMunicipality              ok     FB     ok     NF     ok     FB     FB     FB     FB     UA     via case(id).placementAssessment.unsuitable
  .municipality                     =
  .reason                           =
`;

/**
 * Authorization bugs the matrix found. Each is reported, not fixed here, and not written into the table as if
 * it were right: a table cell says `expected!observed` and has an entry here whose `where` is `<row> as
 * <caller>`; a scenario the table cannot express has a named test in the spec. Either way the spec fails
 * once the bug is fixed, until the marker and the entry are removed.
 */
export interface KnownDeviation {
  id: string;
  where: string;
  should: Outcome;
  is: Outcome;
  what: string;
}

export const KNOWN_DEVIATIONS: readonly KnownDeviation[] = [];

// ---------------------------------------------------------------------------------------------------------
// Parsing: the tables above are the source of truth; these only read them, strictly.
// ---------------------------------------------------------------------------------------------------------

function parseCell(token: string, where: string): Cell {
  const [expectedCode, bugCode, ...rest] = token.split('!');
  const lenient = expectedCode === 'ok?';
  const expected = CODES[lenient ? 'ok' : (expectedCode as string)];
  const knownBug = bugCode === undefined ? undefined : CODES[bugCode];
  if (!expected || rest.length > 0 || (bugCode !== undefined && !knownBug)) throw new Error(`${where}: unknown outcome "${token}"`);
  return knownBug ? { expected, mayBeEmpty: lenient, knownBug } : { expected, mayBeEmpty: lenient };
}

function parseCells(tokens: readonly string[], where: string): Record<Caller, Cell> {
  if (tokens.length < CALLERS.length) throw new Error(`${where}: needs ${CALLERS.length} cells`);
  return Object.fromEntries(CALLERS.map((caller, i) => [caller, parseCell(tokens[i] as string, `${where} (${caller})`)])) as Record<
    Caller,
    Cell
  >;
}

function lines(table: string): { text: string; number: number }[] {
  return table
    .split('\n')
    .map((text, i) => ({ text: text.trimEnd(), number: i }))
    .filter((line) => line.text.trim() !== '' && !line.text.trim().startsWith('#'));
}

function splitTokens(text: string, count: number): { tokens: string[]; rest: string } {
  const tokens: string[] = [];
  let rest = text.trim();
  while (tokens.length < count && rest !== '') {
    const match = /^(\S+)\s*/.exec(rest) as RegExpExecArray;
    tokens.push(match[1] as string);
    rest = rest.slice(match[0].length);
  }
  return { tokens, rest };
}

export function parseOperations(table: string): Map<string, OperationRow> {
  const rows = new Map<string, OperationRow>();
  for (const line of lines(table)) {
    const where = `OPERATION_TABLE line ${line.number}`;
    const { tokens, rest } = splitTokens(line.text, CALLERS.length + 2);
    const [key, ...cellTokens] = tokens;
    if (!key || !/^(Query|Mutation|Subscription)\.\w+$/.test(key)) throw new Error(`${where}: "${key}" is not Query.x or Mutation.x`);
    if (rows.has(key)) throw new Error(`${where}: ${key} twice`);
    if (rest === '') throw new Error(`${where}: ${key} has no reason`);
    rows.set(key, {
      key,
      cells: parseCells(cellTokens.slice(0, CALLERS.length), `${where} ${key}`),
      withoutPurpose: parseCell(cellTokens[CALLERS.length] ?? '', `${where} ${key} (nopurp)`),
      reason: rest,
    });
  }
  return rows;
}

export function parseFields(table: string): Map<string, TypeRow> {
  const types = new Map<string, TypeRow>();
  let current: TypeRow | undefined;
  for (const line of lines(table)) {
    const where = `FIELD_TABLE line ${line.number}`;
    if (!/^\s/.test(line.text)) {
      const { tokens, rest } = splitTokens(line.text, CALLERS.length + 1);
      const [type, ...cellTokens] = tokens;
      if (!type || !/^[A-Z]\w*$/.test(type)) throw new Error(`${where}: "${type}" is not a type name`);
      if (types.has(type)) throw new Error(`${where}: ${type} twice`);
      if (rest === '') throw new Error(`${where}: ${type} has no reason`);
      current = { type, cells: parseCells(cellTokens, `${where} ${type}`), reason: rest, fields: new Map() };
      types.set(type, current);
      continue;
    }
    if (!current) throw new Error(`${where}: a field before any type`);
    const [name, first] = splitTokens(line.text, 2).tokens;
    if (!name || !/^\.\w+$/.test(name)) throw new Error(`${where}: "${name}" is not .field`);
    const key = `${current.type}${name}`;
    if (current.fields.has(name.slice(1))) throw new Error(`${where}: ${key} twice`);
    let cells: Record<Caller, Cell>;
    let reason: string;
    if (first === '=' || first === '=?') {
      const lenient = first === '=?';
      const parent = current.cells;
      cells = Object.fromEntries(
        CALLERS.map((caller) => [caller, { ...parent[caller], mayBeEmpty: lenient && parent[caller].expected === 'ok' }]),
      ) as Record<Caller, Cell>;
      reason = splitTokens(line.text, 2).rest;
    } else {
      const { tokens, rest } = splitTokens(line.text, CALLERS.length + 1);
      cells = parseCells(tokens.slice(1), `${where} ${key}`);
      if (rest === '') throw new Error(`${where}: ${key} has its own cells, so it needs a reason`);
      reason = rest;
    }
    current.fields.set(name.slice(1), { key, cells, reason: reason || current.reason });
  }
  return types;
}

export const OPERATIONS: ReadonlyMap<string, OperationRow> = parseOperations(OPERATION_TABLE);
export const PROTECTED_TYPES: ReadonlyMap<string, TypeRow> = parseFields(FIELD_TABLE);

/** Whether an observed outcome is what a cell allows (the known-bug outcome is checked separately). */
export function satisfies(cell: Cell, observed: Outcome): boolean {
  if (observed === cell.expected) return true;
  return cell.mayBeEmpty && cell.expected === 'ok' && (observed === 'null' || observed === 'empty');
}

/** Every `expected!observed` cell, as `<row> as <caller>`: each must be documented in KNOWN_DEVIATIONS. */
export function markedCells(): { where: string; cell: Cell }[] {
  const rows: { key: string; cells: Record<Caller, Cell> }[] = [
    ...OPERATIONS.values(),
    ...[...PROTECTED_TYPES.values()].flatMap((type) => [...type.fields.values()]),
  ];
  const cells = rows.flatMap((row) => CALLERS.map((caller) => ({ where: `${row.key} as ${caller}`, cell: row.cells[caller] })));
  const withoutPurpose = [...OPERATIONS.values()].map((row) => ({ where: `${row.key} without a purpose`, cell: row.withoutPurpose }));
  return [...cells, ...withoutPurpose].filter(({ cell }) => cell.knownBug !== undefined);
}
