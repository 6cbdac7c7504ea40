/** The resource type of the retention run's audit event; its resource id is the counts line (countsLine). */
export const RETENTION_RESOURCE_TYPE = 'retention';
