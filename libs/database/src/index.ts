export { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS, type EmbeddedPostgres, type EmbeddedOptions } from './embedded-postgres.js';
export { DataDirInUseError } from './data-dir-lock.js';
export { pgliteVersion, writeTemplateMarker, type TemplateMarker } from './data-dir-template.js';
export { makeDataDirTemplate } from './make-template.js';
export { createDataSource, type DataSourceSettings } from './data-source.js';
export { migrate, schemaIsCurrent } from './schema.js';
export { syncReferenceData, installationId } from './reference-data.js';
export { entities, InstallationEntity, MunicipalityEntity } from './entities/index.js';
export { migrations } from './migrations/index.js';
export {
  keyCustodyState,
  kekFloorForWrapping,
  withKeyCustodyLock,
  transactionOn,
  KeyCustodyBusyError,
  updatedRows,
  type KeyCustodyState,
} from './key-custody/custody-state.js';
export { rewrapDataKeys, checkDataKeysOpen, type RewrapResult, type DataKeyCheck } from './key-custody/data-key-rewrap.js';
export { shredDataKeys } from './key-custody/data-key-shredding.js';
export { shredCaseHousehold, CaseErasureRefusedError, type HouseholdShredding } from './key-custody/household-shredding.js';
export { grantServiceRole, serviceRoleFaults, connectedRoleFaults, ServiceRoleError } from './service-role.js';
export {
  rotateKeyEncryptionKey,
  publishKeyEncryptionKey,
  activateKeyEncryptionKey,
  KekPublicationError,
  RetirementRefusedError,
  type KekRotation,
  type KekRotationOptions,
} from './key-custody/kek-rotation.js';
export {
  ROW_MAC_TABLES,
  rowMacTable,
  canonicalRowSql,
  rowMacPairSql,
  rowMacPairsAggSql,
  type RowMacTable,
} from './row-macs/row-mac-tables.js';
export { verifyRowMacPair, verifyRowMacPairs, type RowMacPair } from './row-macs/row-mac-proof.js';
export { stampPendingRows, type Queryable } from './row-macs/row-mac-stamping.js';
export {
  backfillRowMacs,
  stampRowsLackingMac,
  ensureRowMacs,
  rowMacsBackfilled,
  rowsLackingMac,
  RowMacsAlreadyBackfilledError,
} from './row-macs/row-mac-backfill.js';
export {
  rotateBlindIndex,
  blindIndexVersion,
  PERSON_IDENTITY_INDEX_COLUMN,
  type BlindIndexRotation,
  type BlindIndexRotationOptions,
} from './key-custody/blind-index-rotation.js';
