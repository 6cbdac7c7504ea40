/**
 * The representative call behind each row of the authorization matrix (authorization-matrix.ts): one GraphQL
 * document per operation, and one path per protected object type through which its fields are reached. The
 * spec runs each as every caller, with the SYD region's ids. Mutations take throwaway records from `fresh`,
 * made anew for every caller, so no run changes what a later one relies on.
 */

import { todayInSweden } from '../../../apps/registry-api/src/common/calendar.js';

export type Variables = Record<string, unknown>;

/** What the spec seeds once: one SYD household with everything around it, and a STOCKHOLM one. */
export interface Seeded {
  caseId: string;
  caseReference: string;
  defectorId: string;
  defectorIdentityNumber: string;
  relativeId: string;
  threatActorId: string;
  /** the SYD defector's network; RIVAL of `rivalNetworkId` through `relationId` */
  networkId: string;
  rivalNetworkId: string;
  relationId: string;
  /** a network nothing else refers to, safe to affiliate with */
  inertNetworkId: string;
  /** the SYD case's cleared, then placed, proposal into `destination` */
  proposalId: string;
  placementId: string;
  clearanceReference: string;
  /** raised on the placement by a rival presence added after it was confirmed */
  alertId: string;
  /** a STAY_AWAY_FROM_AREA condition on the SYD case with a recorded breach, and the open review it raised */
  conditionId: string;
  reviewId: string;
  /** the SYD threat assessment naming the STOCKHOLM defector: a pending THREAT_ACTOR link request */
  linkRequestId: string;
  /** a second SYD case (ineligible) whose proposal the checker did not clear: flags to summarise */
  flaggedCaseId: string;
  /** a conflict of the SYD defector with a SYD threat actor who stands nowhere (no flag changes) */
  conflictId: string;
  /** the SYD threat actor's known location (in `blocked`) */
  knownLocationId: string;
  /** a SYD person whose surveillance hold national coordination set and closed */
  heldPersonId: string;
  /** a SYD case whose placement ended: in FOLLOW_UP, a follow-up due (no break-glass on it) */
  followUpCaseId: string;
  /** the SYD case's home municipality, its placement's destination, a municipality its checks block */
  home: string;
  destination: string;
  blocked: string;
}

/** Throwaway records of the SYD region (made by its officer or national coordination), new on every call. */
export interface Fresh {
  network(): Promise<string>;
  networkPair(): Promise<[string, string]>;
  /** an open-ended ALLIED relation between two fresh networks */
  relation(): Promise<string>;
  /** registered by SYD, in no case */
  person(kind?: 'DEFECTOR' | 'RELATIVE' | 'THREAT_ACTOR' | 'OTHER'): Promise<string>;
  /** an OPEN SYD case of a fresh defector, eligible, no assessments */
  case(): Promise<string>;
  /** CLEARED, in a fresh case */
  clearedProposal(): Promise<string>;
  /** NOT_CLEARED (eligibility incomplete), in a fresh case */
  blockedProposal(): Promise<string>;
  /** an active placement of a fresh case */
  placement(): Promise<string>;
  /** an unacknowledged alert on the seeded SYD placement */
  alert(): Promise<string>;
  /** a PENDING link request of SYD's */
  linkRequest(): Promise<string>;
  /** the defector's consent recorded when a fresh case opened */
  consent(): Promise<string>;
  /** an open-ended actual area of a fresh case's defector, recorded by `own` */
  actualArea(): Promise<string>;
  /** the defector of a case made by `case()` */
  defectorOf(caseId: string): Promise<string>;
  /** a condition on a fresh case */
  condition(): Promise<string>;
  /** the open review of a breach of a condition on a fresh case */
  conditionReview(): Promise<string>;
  /** an open conflict between two fresh SYD persons in no case */
  conflict(): Promise<string>;
  /** a known location of a fresh SYD threat actor */
  knownLocation(): Promise<string>;
  /** a fresh SYD person under a surveillance hold */
  heldPerson(): Promise<string>;
  /** a fresh case and a second member of its team (added by its opener, `own`) */
  teamMember(): Promise<{ caseId: string; memberId: string }>;
  /** a fresh case, closed by its opener */
  closedCase(): Promise<string>;
  /** a fresh case whose placement ended: in FOLLOW_UP with a follow-up due */
  followUpCase(): Promise<string>;
}

export interface Fixtures {
  seeded: Seeded;
  fresh: Fresh;
  /** a planning period the checker accepts: starts next month, lasts about five months */
  period: { startDate: string; endDate: string };
  /** a string no other call used */
  unique(): string;
}

export interface OperationProbe {
  document: string;
  variables?: (f: Fixtures) => Variables | Promise<Variables>;
  /** for a list (or search) answer: the id that must be in it for `ok` */
  target?: (s: Seeded) => string;
}

export interface TypePath {
  /** the document, given the selection of the type's fields */
  document: (selection: string) => string;
  variables?: (s: Seeded) => Variables;
  /** where objects of the type are in `data` */
  at: readonly string[];
  /** the object to look at when `at` ends in a list; the first otherwise */
  target?: (s: Seeded) => string;
}

const ELIGIBLE = {
  meetsDefinition: true,
  motivated: true,
  consentToInformationExchange: true,
  signedConditions: true,
  evidencePerson: false,
};
/** far from every seeded fact: a fresh SYD household clears here */
export const FRESH_DESTINATION = '2584'; // Kiruna

/** A condition as the matrix records it: reporting, signed on a day already past. */
export const MATRIX_CONDITION = { kind: 'REPORTING', breachRule: 'Utebliven rapport', signedOn: '2026-01-01' };

/** A consent to share health data with health care, signed by the member alone on a day already past (a renewal: today). */
const MATRIX_CONSENT = {
  categories: ['HEALTH'],
  recipients: ['HEALTH_CARE'],
  signing: { signedOn: '2026-01-01', signatories: [{ role: 'PERSON', answer: 'YES', name: 'Matrix Signatory' }] },
};

export const OPERATION_PROBES: Readonly<Record<string, OperationProbe>> = {
  'Query.actualAreas': {
    document: 'query($p: ID!) { actualAreas(personId: $p) { id } }',
    variables: ({ seeded }) => ({ p: seeded.defectorId }),
  },
  'Query.affiliations': {
    document: 'query($p: ID!) { affiliations(personId: $p) { id } }',
    variables: ({ seeded }) => ({ p: seeded.defectorId }),
  },
  'Query.alerts': { document: '{ alerts { id } }', target: (s) => s.alertId },
  'Query.auditAnomalies': { document: '{ auditAnomalies { kind } }' },
  'Query.auditCheckpoints': { document: '{ auditCheckpoints { seq } }' },
  'Query.auditEvents': { document: '{ auditEvents(first: 1) { events { seq } } }' },
  'Query.case': { document: 'query($c: ID!) { case(id: $c) { id } }', variables: ({ seeded }) => ({ c: seeded.caseId }) },
  'Query.caseByReference': {
    document: 'query($r: String!) { caseByReference(reference: $r) { id } }',
    variables: ({ seeded }) => ({ r: seeded.caseReference }),
  },
  'Query.cases': { document: '{ cases { id } }', target: (s) => s.caseId },
  'Query.caseSummary': {
    document: 'query($c: ID!) { caseSummary(id: $c) { id } }',
    variables: ({ seeded }) => ({ c: seeded.caseId }),
  },
  'Query.caseSummaries': { document: '{ caseSummaries { id } }', target: (s) => s.caseId },
  'Query.notifications': { document: '{ notifications { id } }' },
  'Query.checkDestination': {
    document: 'query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { cleared } }',
    variables: ({ seeded }) => ({ c: seeded.caseId, m: FRESH_DESTINATION }),
  },
  'Query.clearance': {
    document: 'query($r: String!) { clearance(reference: $r) { cleared } }',
    variables: ({ seeded }) => ({ r: seeded.clearanceReference }),
  },
  'Query.destinationCleared': {
    document: 'query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { cleared } }',
    variables: ({ seeded }) => ({ r: seeded.caseReference, m: seeded.destination }),
  },
  'Query.duplicateRegistrations': { document: '{ duplicateRegistrations { id } }' },
  'Query.linkRequests': { document: '{ linkRequests { id } }', target: (s) => s.linkRequestId },
  'Query.municipalities': { document: '{ municipalities { code } }' },
  'Query.municipality': { document: '{ municipality(code: "1280") { code } }' },
  'Query.networkPresences': {
    document: 'query($n: ID!) { networkPresences(networkId: $n) { id } }',
    variables: ({ seeded }) => ({ n: seeded.rivalNetworkId }),
  },
  'Query.networkRelations': {
    document: 'query($n: ID!) { networkRelations(networkId: $n) { id } }',
    variables: ({ seeded }) => ({ n: seeded.networkId }),
    target: (s) => s.relationId,
  },
  'Query.networks': { document: '{ networks { id } }', target: (s) => s.networkId },
  'Query.knownLocations': {
    document: 'query($p: ID!) { knownLocations(personId: $p) { id } }',
    variables: ({ seeded }) => ({ p: seeded.threatActorId }),
    target: (s) => s.knownLocationId,
  },
  'Query.personalConflicts': {
    document: 'query($p: ID!) { personalConflicts(personId: $p) { id } }',
    variables: ({ seeded }) => ({ p: seeded.defectorId }),
    target: (s) => s.conflictId,
  },
  'Query.surveillanceHoldClosures': {
    document: 'query($p: ID!) { surveillanceHoldClosures(personId: $p) { closedAt } }',
    variables: ({ seeded }) => ({ p: seeded.heldPersonId }),
  },
  'Query.person': { document: 'query($p: ID!) { person(id: $p) { id } }', variables: ({ seeded }) => ({ p: seeded.defectorId }) },
  'Query.personByIdentityNumber': {
    document: 'query($n: String!) { personByIdentityNumber(personalIdentityNumber: $n) { id } }',
    variables: ({ seeded }) => ({ n: seeded.defectorIdentityNumber }),
    target: (s) => s.defectorId,
  },
  'Query.rankDestinations': {
    document: 'query($c: ID!) { rankDestinations(caseId: $c, limit: 3) { cleared } }',
    variables: ({ seeded }) => ({ c: seeded.caseId }),
  },
  'Query.retentionPreview': { document: '{ retentionPreview { job } }' },
  'Query.verifyAuditLog': { document: '{ verifyAuditLog { valid } }' },

  'Mutation.acknowledgeAlert': {
    document: 'mutation($a: ID!) { acknowledgeAlert(id: $a) { id acknowledged } }',
    variables: async ({ fresh }) => ({ a: await fresh.alert() }),
  },
  // On the seeded household's relative, so "other" is a write on another region's household member; the inert
  // network has no presence or relation, so the tie changes no check that a later run reads.
  'Mutation.addActualArea': {
    document: 'mutation($i: ActualAreaInput!) { addActualArea(input: $i) { id } }',
    variables: async ({ fresh }) => ({
      i: {
        personId: await fresh.defectorOf(await fresh.case()),
        municipalityCode: '2584',
        kind: 'LIVES',
        confidence: 'PROBABLE',
        validFrom: '2026-01-01',
      },
    }),
  },
  'Mutation.endActualArea': {
    document: 'mutation($id: ID!) { endActualArea(id: $id) { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.actualArea() }),
  },
  'Mutation.addAffiliation': {
    document:
      'mutation($p: ID!, $n: ID!) { addAffiliation(personId: $p, networkId: $n, role: ASSOCIATE, confidence: POSSIBLE, validFrom: "2019-01-01") { id } }',
    variables: ({ seeded }) => ({ p: seeded.relativeId, n: seeded.inertNetworkId }),
  },
  'Mutation.addNetworkPresence': {
    document:
      'mutation($n: ID!) { addNetworkPresence(networkId: $n, municipalityCode: "2584", confidence: POSSIBLE, validFrom: "2020-01-01") { id } }',
    variables: async ({ fresh }) => ({ n: await fresh.network() }),
  },
  'Mutation.addPersonalConflict': {
    document: 'mutation($p: ID!, $o: ID!) { addPersonalConflict(personId: $p, otherPersonId: $o, kind: ENMITY) }',
    variables: async ({ fresh }) => ({ p: await fresh.person(), o: await fresh.person('THREAT_ACTOR') }),
  },
  'Mutation.closeKnownLocation': {
    document: 'mutation($id: ID!) { closeKnownLocation(id: $id, reason: "Matrix: inte längre aktuell") { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.knownLocation() }),
  },
  'Mutation.closePersonalConflict': {
    document: 'mutation($id: ID!) { closePersonalConflict(id: $id, reason: "Matrix: försoning") { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.conflict() }),
  },
  'Mutation.closeSurveillanceHold': {
    document: 'mutation($p: ID!) { closeSurveillanceHold(personId: $p, reason: "Matrix: utredningen avslutad") { closedAt } }',
    variables: async ({ fresh }) => ({ p: await fresh.heldPerson() }),
  },
  'Mutation.reviewPersonalConflict': {
    document: 'mutation($id: ID!) { reviewPersonalConflict(id: $id, terms: { scope: NEARBY }) { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.conflict() }),
  },
  'Mutation.addTeamMember': {
    document:
      'mutation($c: ID!, $o: String!) { addTeamMember(caseId: $c, officer: $o, role: CONTACT_OFFICER, reason: "Kontaktpolis") { id } }',
    variables: async ({ fresh, unique }) => ({ c: await fresh.case(), o: `matrix-officer-${unique()}` }),
  },
  'Mutation.breakGlass': {
    document: 'mutation($c: ID!) { breakGlass(caseId: $c, reason: "Jour: akut hot mot hushållet") { expiresAt } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.removeTeamMember': {
    document: 'mutation($c: ID!, $m: ID!) { removeTeamMember(caseId: $c, memberId: $m, reason: "Byter enhet") }',
    variables: async ({ fresh }) => {
      const { caseId, memberId } = await fresh.teamMember();
      return { c: caseId, m: memberId };
    },
  },
  'Mutation.closeCaseWithReason': {
    document:
      'mutation($c: ID!) { closeCaseWithReason(caseId: $c, closureReason: OTHER_SUPPORT, reason: "Överlämnad till socialtjänsten") { id stage } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.escalateCase': {
    document: 'mutation($c: ID!) { escalateCase(caseId: $c, reason: "Hotet når den nya regionen") { id escalated } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.recordAssessmentStep': {
    document: 'mutation($c: ID!, $i: AssessmentStepInput!) { recordAssessmentStep(caseId: $c, input: $i) { id } }',
    variables: async ({ fresh }) => ({
      c: await fresh.case(),
      i: { kind: 'THREAT', instrument: 'SARA:SV', assessor: 'Matrix assessor', requiredOn: todayInSweden() },
    }),
  },
  'Mutation.recordFollowUp': {
    document: 'mutation($c: ID!, $i: FollowUpInput!) { recordFollowUp(caseId: $c, input: $i) { id } }',
    variables: async ({ fresh }) => ({
      c: await fresh.followUpCase(),
      i: {
        recordedOn: todayInSweden(),
        outcome: 'ESTABLISHED',
        housing: 'OWN_TENANCY',
        income: 'EMPLOYMENT',
        relapse: 'NO',
        threatStands: 'NO',
      },
    }),
  },
  'Mutation.reopenCase': {
    document: 'mutation($c: ID!) { reopenCase(caseId: $c, reason: "Nytt hot anmält") { id stage } }',
    variables: async ({ fresh }) => ({ c: await fresh.closedCase() }),
  },
  'Mutation.transferCase': {
    document: 'mutation($c: ID!) { transferCase(caseId: $c, toRegion: NORD, reason: "Hushållet flyttar norrut") { id region } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.transitionCase': {
    document: 'mutation($c: ID!) { transitionCase(caseId: $c, to: ASSESSING, reason: "Bedömning påbörjad") { id stage } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.closeCase': {
    document: 'mutation($c: ID!) { closeCase(caseId: $c, status: ABORTED) { id status } }',
    variables: async ({ fresh }) => ({ c: await fresh.case() }),
  },
  'Mutation.confirmPlacement': {
    document: 'mutation($p: ID!) { confirmPlacement(proposalId: $p) { id } }',
    variables: async ({ fresh }) => ({ p: await fresh.clearedProposal() }),
  },
  'Mutation.createNetwork': {
    document: 'mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }',
    variables: ({ unique }) => ({ i: { name: `Matrix network ${unique()}`, category: 'OTHER', reach: 'LOCAL' } }),
  },
  'Mutation.decideLinkRequest': {
    document: 'mutation($id: ID!) { decideLinkRequest(id: $id, approve: false) { id status } }',
    variables: async ({ fresh }) => ({ id: await fresh.linkRequest() }),
  },
  'Mutation.endNetworkRelation': {
    document: 'mutation($r: ID!) { endNetworkRelation(id: $r, validTo: "2031-01-01") { id } }',
    variables: async ({ fresh }) => ({ r: await fresh.relation() }),
  },
  'Mutation.endPlacement': {
    document: 'mutation($p: ID!, $d: Date!) { endPlacement(placementId: $p, endedOn: $d, reason: COMPLETED) { id } }',
    variables: async ({ fresh, period }) => ({ p: await fresh.placement(), d: period.startDate }),
  },
  'Mutation.openCase': {
    document: 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }',
    variables: async ({ fresh, seeded }) => ({
      i: { region: 'SYD', homeMunicipalityCode: seeded.home, defectorId: await fresh.person('DEFECTOR'), eligibility: ELIGIBLE },
    }),
  },
  'Mutation.overrideProposal': {
    document:
      'mutation($p: ID!) { overrideProposal(proposalId: $p, justification: "Reviewed by national coordination for the matrix") { id status } }',
    variables: async ({ fresh }) => ({ p: await fresh.blockedProposal() }),
  },
  'Mutation.addCondition': {
    document: 'mutation($c: ID!, $i: AddConditionInput!) { addCondition(caseId: $c, input: $i) { id } }',
    variables: async ({ fresh }) => ({ c: await fresh.case(), i: MATRIX_CONDITION }),
  },
  'Mutation.recordCompliance': {
    document: 'mutation($id: ID!, $i: RecordComplianceInput!) { recordCompliance(conditionId: $id, input: $i) { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.condition(), i: { compliance: 'MET', observedOn: todayInSweden() } }),
  },
  'Mutation.endCondition': {
    document: 'mutation($id: ID!) { endCondition(conditionId: $id, reason: "Villkoret löpte ut") { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.condition() }),
  },
  'Mutation.closeConditionReview': {
    document: 'mutation($id: ID!) { closeConditionReview(reviewId: $id, decision: "Samtal hållet") { id } }',
    variables: async ({ fresh }) => ({ id: await fresh.conditionReview() }),
  },
  'Query.conditionReviews': { document: '{ conditionReviews { id } }', target: (s) => s.reviewId },
  'Mutation.recordConsent': {
    document: 'mutation($c: ID!, $i: RecordConsentInput!) { recordConsent(caseId: $c, input: $i) { id status } }',
    variables: async ({ fresh }) => {
      const c = await fresh.case();
      return { c, i: { personId: await fresh.defectorOf(c), ...MATRIX_CONSENT } };
    },
  },
  'Mutation.renewConsent': {
    document: 'mutation($id: ID!, $s: ConsentSigningInput!) { renewConsent(consentId: $id, signing: $s) { id status } }',
    variables: async ({ fresh }) => ({ id: await fresh.consent(), s: { ...MATRIX_CONSENT.signing, signedOn: todayInSweden() } }),
  },
  'Mutation.withdrawConsent': {
    document: 'mutation($id: ID!) { withdrawConsent(consentId: $id) { id status } }',
    variables: async ({ fresh }) => ({ id: await fresh.consent() }),
  },
  'Mutation.recordPlacementAssessment': {
    document: 'mutation($c: ID!, $i: PlacementAssessmentInput!) { recordPlacementAssessment(caseId: $c, input: $i) { id } }',
    variables: async ({ fresh }) => ({
      c: await fresh.case(),
      i: { unsuitable: [{ municipalityCode: '1280', reason: 'OTHER' }], assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    }),
  },
  'Mutation.recordThreatAssessment': {
    document: 'mutation($c: ID!, $i: ThreatAssessmentInput!) { recordThreatAssessment(caseId: $c, input: $i) { id } }',
    variables: async ({ fresh }) => ({
      c: await fresh.case(),
      i: { level: 'LOW', reach: 'LOCAL', relocationRequired: false, assessedOn: '2026-11-01', reviewDue: '2030-01-01' },
    }),
  },
  'Mutation.registerPerson': {
    document: 'mutation($i: PersonInput!) { registerPerson(input: $i) { id } }',
    variables: ({ unique }) => ({ i: { kind: 'OTHER', givenName: 'Matrix', familyName: `Registrant ${unique()}` } }),
  },
  'Mutation.relateNetworks': {
    document: 'mutation($a: ID!, $b: ID!) { relateNetworks(aId: $a, bId: $b, kind: ALLIED, validFrom: "2020-01-01") { id } }',
    variables: async ({ fresh }) => {
      const [a, b] = await fresh.networkPair();
      return { a, b };
    },
  },
  'Mutation.setKnownLocation': {
    document: 'mutation($p: ID!) { setKnownLocation(personId: $p, municipalityCode: "2584", validFrom: "2026-01-01") }',
    variables: async ({ fresh }) => ({ p: await fresh.person('THREAT_ACTOR') }),
  },
  'Mutation.setSurveillanceHold': {
    document: 'mutation($p: ID!) { setSurveillanceHold(personId: $p, active: true) }',
    variables: async ({ fresh }) => ({ p: await fresh.person() }),
  },
  'Mutation.submitProposal': {
    document: 'mutation($i: ProposalInput!) { submitProposal(input: $i) { id status } }',
    variables: async ({ fresh, period }) => ({
      i: { caseId: await fresh.case(), municipalityCode: FRESH_DESTINATION, housingType: 'PROTECTED_HOUSING', ...period },
    }),
  },
  'Query.statistics': {
    document: 'query($p: StatisticsPeriodInput!) { statistics(period: $p, measures: [CASES_OPENED]) { measure } }',
    variables: () => ({ p: LAST_YEAR }),
  },
  'Mutation.withdrawProposal': {
    document: 'mutation($p: ID!) { withdrawProposal(proposalId: $p) { id status } }',
    variables: async ({ fresh }) => ({ p: await fresh.clearedProposal() }),
  },
};

/** A whole completed calendar year: the period whose tables carry every kind of figure. */
const LAST_YEAR = { from: `${new Date().getUTCFullYear() - 1}-01`, to: `${new Date().getUTCFullYear() - 1}-12` };
const ofStatistics = (inner: (selection: string) => string) => (selection: string) =>
  `query($p: StatisticsPeriodInput!) { statistics(period: $p, measures: [CASES_OPENED]) { ${inner(selection)} } }`;

const ofCase = (inner: (selection: string) => string) => (selection: string) => `query($c: ID!) { case(id: $c) { ${inner(selection)} } }`;
const caseVariables = (s: Seeded) => ({ c: s.caseId });

export const TYPE_PATHS: Readonly<Record<string, TypePath>> = {
  ActualArea: {
    document: (sel) => `query($p: ID!) { actualAreas(personId: $p) { ${sel} } }`,
    variables: (s) => ({ p: s.defectorId }),
    at: ['actualAreas'],
  },
  Affiliation: {
    document: (sel) => `query($p: ID!) { affiliations(personId: $p) { ${sel} } }`,
    variables: (s) => ({ p: s.defectorId }),
    at: ['affiliations'],
  },
  Alert: { document: (sel) => `{ alerts { ${sel} } }`, at: ['alerts'], target: (s) => s.alertId },
  AuditAnomaly: { document: (sel) => `{ auditAnomalies { ${sel} } }`, at: ['auditAnomalies'] },
  AuditEvent: {
    document: (sel) => `{ auditEvents(actor: "syd-officer", action: "case", first: 1) { events { ${sel} } } }`,
    at: ['auditEvents', 'events'],
  },
  AuditEventPage: { document: (sel) => `{ auditEvents(first: 1) { ${sel} } }`, at: ['auditEvents'] },
  AuditVerification: { document: (sel) => `{ verifyAuditLog { ${sel} } }`, at: ['verifyAuditLog'] },
  AuditCheckpoint: { document: (sel) => `{ auditCheckpoints { ${sel} } }`, at: ['auditCheckpoints'] },
  Case: { document: ofCase((sel) => sel), variables: caseVariables, at: ['case'] },
  BreakGlassGrant: { document: (sel) => `{ notifications { ${sel} } }`, at: ['notifications'] },
  CaseSummary: {
    document: (sel) => `query($c: ID!) { caseSummary(id: $c) { ${sel} } }`,
    variables: caseVariables,
    at: ['caseSummary'],
  },
  CheckSummary: {
    document: (sel) => `query($c: ID!) { caseSummary(id: $c) { checks { ${sel} } } }`,
    variables: (s) => ({ c: s.flaggedCaseId }),
    at: ['caseSummary', 'checks'],
  },
  FlagSummary: {
    document: (sel) => `query($c: ID!) { caseSummary(id: $c) { checks { flags { ${sel} } } } }`,
    variables: (s) => ({ c: s.flaggedCaseId }),
    at: ['caseSummary', 'checks', 'flags'],
  },
  TeamMember: { document: ofCase((sel) => `team { ${sel} }`), variables: caseVariables, at: ['case', 'team'] },
  CaseTransition: { document: ofCase((sel) => `history { ${sel} }`), variables: caseVariables, at: ['case', 'history'] },
  AssessmentStep: { document: ofCase((sel) => `assessmentSteps { ${sel} }`), variables: caseVariables, at: ['case', 'assessmentSteps'] },
  FollowUp: {
    document: ofCase((sel) => `followUps { ${sel} }`),
    variables: (s) => ({ c: s.followUpCaseId }),
    at: ['case', 'followUps'],
  },
  CheckResult: {
    document: (sel) => `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { ${sel} } }`,
    variables: (s) => ({ c: s.caseId, m: s.blocked }),
    at: ['checkDestination'],
  },
  Clearance: {
    document: (sel) => `query($r: String!) { clearance(reference: $r) { ${sel} } }`,
    variables: (s) => ({ r: s.clearanceReference }),
    at: ['clearance'],
  },
  DestinationAnswer: {
    document: (sel) => `query($r: String!, $m: String!) { destinationCleared(caseReference: $r, municipalityCode: $m) { ${sel} } }`,
    variables: (s) => ({ r: s.caseReference, m: s.destination }),
    at: ['destinationCleared'],
  },
  Flag: {
    document: (sel) => `query($c: ID!, $m: String!) { checkDestination(caseId: $c, municipalityCode: $m) { flags { ${sel} } } }`,
    variables: (s) => ({ c: s.caseId, m: s.blocked }),
    at: ['checkDestination', 'flags'],
  },
  LinkRequest: {
    document: ofCase((sel) => `linkRequests { ${sel} }`),
    variables: caseVariables,
    at: ['case', 'linkRequests'],
    target: (s) => s.linkRequestId,
  },
  Network: { document: (sel) => `{ networks { ${sel} } }`, at: ['networks'], target: (s) => s.networkId },
  NetworkPresence: {
    document: (sel) => `query($n: ID!) { networkPresences(networkId: $n) { ${sel} } }`,
    variables: (s) => ({ n: s.rivalNetworkId }),
    at: ['networkPresences'],
  },
  NetworkRelation: {
    document: (sel) => `query($n: ID!) { networkRelations(networkId: $n) { ${sel} } }`,
    variables: (s) => ({ n: s.networkId }),
    at: ['networkRelations'],
    target: (s) => s.relationId,
  },
  KnownLocation: {
    document: (sel) => `query($p: ID!) { knownLocations(personId: $p) { ${sel} } }`,
    variables: (s) => ({ p: s.threatActorId }),
    at: ['knownLocations'],
    target: (s) => s.knownLocationId,
  },
  PersonalConflict: {
    document: (sel) => `query($p: ID!) { personalConflicts(personId: $p) { ${sel} } }`,
    variables: (s) => ({ p: s.defectorId }),
    at: ['personalConflicts'],
    target: (s) => s.conflictId,
  },
  RecordClosure: {
    document: (sel) => `query($p: ID!) { surveillanceHoldClosures(personId: $p) { ${sel} } }`,
    variables: (s) => ({ p: s.heldPersonId }),
    at: ['surveillanceHoldClosures'],
  },
  Person: { document: (sel) => `query($p: ID!) { person(id: $p) { ${sel} } }`, variables: (s) => ({ p: s.defectorId }), at: ['person'] },
  Placement: {
    document: ofCase((sel) => `placements { ${sel} }`),
    variables: caseVariables,
    at: ['case', 'placements'],
    target: (s) => s.placementId,
  },
  PlacementAssessment: {
    document: ofCase((sel) => `placementAssessment { ${sel} }`),
    variables: caseVariables,
    at: ['case', 'placementAssessment'],
  },
  Proposal: {
    document: ofCase((sel) => `proposals { ${sel} }`),
    variables: caseVariables,
    at: ['case', 'proposals'],
    target: (s) => s.proposalId,
  },
  Condition: { document: ofCase((sel) => `conditions { ${sel} }`), variables: caseVariables, at: ['case', 'conditions'] },
  ConditionCompliance: {
    document: ofCase((sel) => `conditions { compliance { ${sel} } }`),
    variables: caseVariables,
    at: ['case', 'conditions', 'compliance'],
  },
  ConditionReview: { document: (sel) => `{ conditionReviews { ${sel} } }`, at: ['conditionReviews'], target: (s) => s.reviewId },
  Consent: { document: ofCase((sel) => `consents { ${sel} }`), variables: caseVariables, at: ['case', 'consents'] },
  ConsentScope: { document: ofCase((sel) => `consents { scope { ${sel} } }`), variables: caseVariables, at: ['case', 'consents', 'scope'] },
  ConsentSignatory: {
    document: ofCase((sel) => `consents { signatories { ${sel} } }`),
    variables: caseVariables,
    at: ['case', 'consents', 'signatories'],
  },
  RetentionPreview: { document: (sel) => `{ retentionPreview { ${sel} } }`, at: ['retentionPreview'] },
  RetentionKindPreview: { document: (sel) => `{ retentionPreview { kinds { ${sel} } } }`, at: ['retentionPreview', 'kinds'] },
  StatisticsCell: {
    document: ofStatistics((sel) => `grandTotal { ${sel} }`),
    variables: () => ({ p: LAST_YEAR }),
    at: ['statistics', 'grandTotal'],
  },
  StatisticsRow: { document: ofStatistics((sel) => `rows { ${sel} }`), variables: () => ({ p: LAST_YEAR }), at: ['statistics', 'rows'] },
  StatisticsTable: { document: ofStatistics((sel) => sel), variables: () => ({ p: LAST_YEAR }), at: ['statistics'] },
  ThreatAssessment: {
    document: ofCase((sel) => `threatAssessment { ${sel} }`),
    variables: caseVariables,
    at: ['case', 'threatAssessment'],
  },
  UnsuitableMunicipality: {
    document: ofCase((sel) => `placementAssessment { unsuitable { ${sel} } }`),
    variables: caseVariables,
    at: ['case', 'placementAssessment', 'unsuitable'],
  },
};
