import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditChainWriter } from '../../apps/registry-api/src/audit/audit-chain-writer.js';
import { createAuditTestWorld, type AuditTestApp, type AuditTestWorld } from './audit-support.js';
import { AUDIT_EVENT_ROWS } from '../support/audit-rows.js';

/**
 * Staged events are chained oldest first by their numeric id. The chain writer once ordered by the text of the
 * id (its select list calls id::text `id`), which put 100 before 99 and read and sorted the whole table.
 */
describe('audit: staged events are chained in the order they were staged', () => {
  let world: AuditTestWorld;
  let app: AuditTestApp;

  beforeAll(async () => {
    world = await createAuditTestWorld();
    app = await world.start();
  });
  afterAll(async () => {
    await world.close();
  });

  it('across ids of different lengths (9, 10, 99, 100)', async () => {
    await world.sql(
      "INSERT INTO audit_pending (at, actor, roles, action, outcome) SELECT now(), 'order-test', '{}', 'keys.rotate', 'ok' FROM generate_series(1, 120)",
    );
    await app.app.get(AuditChainWriter).flush();
    const rows = await world.sql<{ pending_id: string }>(
      `SELECT pending_id::text AS pending_id FROM ${AUDIT_EVENT_ROWS} WHERE actor = 'order-test' ORDER BY seq`,
    );
    const ids = rows.map((row) => Number(row.pending_id));
    expect(ids).toHaveLength(120);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids.some((id) => id < 100) && ids.some((id) => id >= 100)).toBe(true);
  });
});
