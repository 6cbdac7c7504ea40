/** The rulebook. Adding a rule is adding its file and a line here; the order is the contract's. */
import type { Rule } from '../rule.js';
import type { FlagCode } from '../vocabulary.js';
import { assessmentUnsuitable } from './assessment-unsuitable.js';
import { coPlacement } from './co-placement.js';
import { conflictReviewDue } from './conflict-review-due.js';
import { consentMissing } from './consent-missing.js';
import { eligibilityIncomplete } from './eligibility-incomplete.js';
import { homeMunicipality } from './home-municipality.js';
import { outsideSuitableList } from './outside-suitable-list.js';
import { ownNetworkPresence } from './own-network-presence.js';
import { personalConflict } from './personal-conflict.js';
import { rivalNetworkNearby } from './rival-network-nearby.js';
import { rivalNetworkPresence } from './rival-network-presence.js';
import { rivalPlacementNearby } from './rival-placement-nearby.js';
import { rivalPlacement } from './rival-placement.js';
import { staleAssessment } from './stale-assessment.js';
import { surveillanceHold } from './surveillance-hold.js';
import { threatActorPresence } from './threat-actor-presence.js';
import { tooCloseToHome } from './too-close-to-home.js';

export const RULES: readonly Rule[] = [
  surveillanceHold,
  assessmentUnsuitable,
  outsideSuitableList,
  homeMunicipality,
  tooCloseToHome,
  rivalNetworkPresence,
  rivalNetworkNearby,
  threatActorPresence,
  ownNetworkPresence,
  rivalPlacement,
  rivalPlacementNearby,
  personalConflict,
  coPlacement,
  staleAssessment,
  conflictReviewDue,
  eligibilityIncomplete,
  consentMissing,
];

export const RULES_BY_CODE: ReadonlyMap<FlagCode, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));
