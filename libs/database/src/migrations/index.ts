import { Foundation1732300000000 } from './1732300000000-foundation.js';
import { ProtectedRegistry1732300001000 } from './1732300001000-protected-registry.js';
import { KeyCustody1732300001500 } from './1732300001500-key-custody.js';
import { AuditLog1732300002000 } from './1732300002000-audit-log.js';
import { Placements1732300003000 } from './1732300003000-placements.js';
import { ConflictIndex1732300004000 } from './1732300004000-conflict-index.js';
import { NeedToKnow1732300005000 } from './1732300005000-need-to-know.js';
import { ProbeByMunicipality1732300006000 } from './1732300006000-probe-by-municipality.js';
import { ConsoleSessions1732300007000 } from './1732300007000-console-sessions.js';
import { FactsChangeLog1732300008000 } from './1732300008000-facts-change-log.js';
import { ActivePlacements1732300009000 } from './1732300009000-active-placements.js';
import { AuditMerkleCheckpoints1732300011000 } from './1732300011000-audit-merkle-checkpoints.js';
import { AuditPersonalFields1732300011100 } from './1732300011100-audit-personal-fields.js';
import { AuditChainingChecked1732300012000 } from './1732300012000-audit-chaining-checked.js';
import { SharedRateLimits1732300013000 } from './1732300013000-shared-rate-limits.js';
import { RowMacs1732300014000 } from './1732300014000-row-macs.js';
import { BlindIndexVersions1732300014100 } from './1732300014100-blind-index-versions.js';
import { StatisticsFlagTally1732300015000 } from './1732300015000-statistics-flag-tally.js';
import { Consent1732300016000 } from './1732300016000-consent.js';
import { ConsentRowMacs1732300016100 } from './1732300016100-consent-row-macs.js';
import { CaseTeam1732300017000 } from './1732300017000-case-team.js';
import { TeamRowMacs1732300017100 } from './1732300017100-team-row-macs.js';
import { ActualArea1732300021000 } from './1732300021000-actual-area.js';
import { ActualAreaRowMacs1732300021100 } from './1732300021100-actual-area-row-macs.js';
import { Conditions1732300019000 } from './1732300019000-conditions.js';
import { ConditionRowMacs1732300019100 } from './1732300019100-condition-row-macs.js';
import { RetentionErasure1732300020000 } from './1732300020000-retention-erasure.js';
import { ConflictTermsAndClosures1732300022000 } from './1732300022000-conflict-terms-and-closures.js';
import { ConflictTermsRowMacs1732300022100 } from './1732300022100-conflict-terms-row-macs.js';
import { CaseLifecycle1732300018000 } from './1732300018000-case-lifecycle.js';
import { CaseLifecycleRowMacs1732300018100 } from './1732300018100-case-lifecycle-row-macs.js';

/** Every migration, in order. Listed by hand: globbing compiled files is fragile under ESM and bundlers. */
export const migrations = [
  Foundation1732300000000,
  ProtectedRegistry1732300001000,
  KeyCustody1732300001500,
  AuditLog1732300002000,
  Placements1732300003000,
  ConflictIndex1732300004000,
  NeedToKnow1732300005000,
  ProbeByMunicipality1732300006000,
  ConsoleSessions1732300007000,
  FactsChangeLog1732300008000,
  ActivePlacements1732300009000,
  AuditMerkleCheckpoints1732300011000,
  AuditPersonalFields1732300011100,
  AuditChainingChecked1732300012000,
  SharedRateLimits1732300013000,
  RowMacs1732300014000,
  BlindIndexVersions1732300014100,
  StatisticsFlagTally1732300015000,
  Consent1732300016000,
  ConsentRowMacs1732300016100,
  CaseTeam1732300017000,
  TeamRowMacs1732300017100,
  CaseLifecycle1732300018000,
  CaseLifecycleRowMacs1732300018100,
  Conditions1732300019000,
  ConditionRowMacs1732300019100,
  RetentionErasure1732300020000,
  ActualArea1732300021000,
  ActualAreaRowMacs1732300021100,
  ConflictTermsAndClosures1732300022000,
  ConflictTermsRowMacs1732300022100,
];
