/**
 * A cause is one fact behind a flag. It records what it would reveal (whose case, which person, which place)
 * so that redaction can decide per viewer; flag messages are built from causes and never hold ids or names.
 */
import type { PoliceRegion } from '@registry/geo';
import type { EligibilityCriterion } from './eligibility.js';
import type { OccupancyKind } from './facts.js';
import type { ActualAreaKind, Confidence, PersonalConflictKind, UnsuitableReason } from './vocabulary.js';

export type CauseKind =
  | 'SURVEILLANCE_HOLD'
  | 'UNMET_CRITERION'
  | 'UNSUITABLE_LISTING'
  | 'NOT_ON_SUITABLE_LIST'
  | 'HOME_MUNICIPALITY'
  | 'DISTANCE_FROM_HOME'
  /** The destination is one of a member's actual areas (HOME_MUNICIPALITY). */
  | 'ACTUAL_AREA'
  /** The destination is nearer a member's actual area than the minimum distance (TOO_CLOSE_TO_HOME). */
  | 'DISTANCE_FROM_ACTUAL_AREA'
  | 'NETWORK_PRESENCE'
  | 'KNOWN_LOCATION'
  | 'OCCUPANCY'
  | 'ASSESSMENT_MISSING'
  | 'ASSESSMENT_PAST_REVIEW'
  | 'CONFLICT_PAST_REVIEW'
  | 'CONSENT_NOT_COVERED';

export type AssessmentKind = 'THREAT' | 'PLACEMENT';

export interface Cause {
  kind: CauseKind;
  /** Where the fact lies: the destination, or the nearby municipality for a NEARBY flag. */
  municipalityCode: string;
  /** True when the fact lies in a municipality near the destination rather than in it. */
  nearby: boolean;
  /** The cause concerns a protected person (the household itself or another placed household). */
  protectedPerson: boolean;
  /** The police region of the protected person's case. */
  subjectRegion?: PoliceRegion;
  caseId?: string;
  /** The other person involved: a threat actor, a person in conflict, a placed protected person. */
  personId?: string;
  /** The household member a conflict concerns. */
  memberId?: string;
  networkId?: string;
  occupancyId?: string;
  occupancyKind?: OccupancyKind;
  confidence?: Confidence;
  /** The network or person is named in the household's threat assessment. */
  namedThreat?: boolean;
  conflictKind?: PersonalConflictKind;
  reason?: UnsuitableReason;
  criterion?: EligibilityCriterion;
  assessment?: AssessmentKind;
  /** HOME_MUNICIPALITY: the threat assessment's answer; absent when there is no threat assessment. */
  relocationRequired?: boolean;
  distanceKm?: number;
  limitKm?: number;
  /** ACTUAL_AREA, DISTANCE_FROM_ACTUAL_AREA: what the member does there (the place itself is never in a cause's words). */
  actualAreaKind?: ActualAreaKind;
  /** CONSENT_NOT_COVERED: the member's best consent for the recipient, or NONE when none names it. */
  consentStanding?: 'NONE' | 'EXPIRED' | 'WITHDRAWN' | 'INCOMPLETE';
  /** Set by redaction: the cause belongs to another region and has been stripped to its kind. */
  otherRegion?: boolean;
  /** The fact lies somewhere in the privacy area around the municipality, not necessarily in it (areaView). */
  area?: boolean;
}

/** What a message is written from: a full cause, or one redaction has stripped of identifying fields. */
export type CauseView = Omit<Cause, 'municipalityCode'> & { municipalityCode?: string };

/** A cause about the household being placed: protected, in its own case's region. */
export function householdCause(household: { caseId: string; region: PoliceRegion }, destination: string, kind: CauseKind): Cause {
  return {
    kind,
    municipalityCode: destination,
    nearby: false,
    protectedPerson: true,
    subjectRegion: household.region,
    caseId: household.caseId,
  };
}
