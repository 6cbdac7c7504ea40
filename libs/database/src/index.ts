export { startEmbeddedPostgres, EMBEDDED_MAX_CONNECTIONS, type EmbeddedPostgres } from './embedded-postgres.js';
export { createDataSource, type DataSourceSettings } from './data-source.js';
export { migrate, schemaIsCurrent } from './schema.js';
export { syncReferenceData, installationId } from './reference-data.js';
export { entities, InstallationEntity, MunicipalityEntity } from './entities/index.js';
export { migrations } from './migrations/index.js';
