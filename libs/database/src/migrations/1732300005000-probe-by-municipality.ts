import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Destination questions are limited per municipality and case, not per account: a second account of the
 * same municipality must not start again at zero. Rows from before have no municipality; they were all
 * asked by the case's home municipality (the only one allowed to ask), so the limit counts them for it.
 */
export class ProbeByMunicipality1732300005000 implements MigrationInterface {
  name = 'ProbeByMunicipality1732300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE destination_probe ADD COLUMN municipality_code text');
    await q.query('CREATE INDEX destination_probe_municipal_window ON destination_probe (case_id, municipality_code, at)');
    await q.query('DROP INDEX destination_probe_window');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX destination_probe_window ON destination_probe (actor, case_id, at)');
    await q.query('DROP INDEX destination_probe_municipal_window');
    await q.query('ALTER TABLE destination_probe DROP COLUMN municipality_code');
  }
}
