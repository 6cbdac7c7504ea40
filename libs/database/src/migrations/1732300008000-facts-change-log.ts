import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each facts version changed, so that an instance holding the checker's facts at version V can fetch
 * the changes (V, W] and apply them to its cache instead of reloading and decrypting the whole country.
 *
 * - `facts_change`: one row per changed item (its kind and row id), written with the version bump in the
 *   same transaction. Rows name kinds and ids only, never anything protected.
 * - A deferred constraint trigger on `facts_version` makes sure every committed version has at least one
 *   row: a bump made without saying what changed (the benchmarks' bulk loads, `keys shred-case`) gets an
 *   `unknown` row at commit, and an instance that meets one reloads in full. So a version without rows can
 *   never be read as "nothing changed".
 * - `facts_change_horizon`: rows are pruned after a while; everything up to `pruned_through` may be gone,
 *   so an instance whose facts are older reloads in full. It starts at the version the log starts at.
 */
export class FactsChangeLog1732300008000 implements MigrationInterface {
  name = 'FactsChangeLog1732300008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE facts_change (
        version bigint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('network','presence','relation','affiliation','conflict','known-location','hold',
          'assessment','case','proposal','placement','person-scope','unknown')),
        row_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'unknown') = (row_id IS NULL))
      )`);
    // Read by version range (an instance catching up) and pruned by age.
    await q.query('CREATE INDEX facts_change_version ON facts_change (version)');
    await q.query('CREATE INDEX facts_change_recorded ON facts_change (recorded_at)');
    await q.query(`
      CREATE TABLE facts_change_horizon (
        singleton smallint PRIMARY KEY DEFAULT 1 CHECK (singleton = 1),
        pruned_through bigint NOT NULL
      )`);
    await q.query('INSERT INTO facts_change_horizon (singleton, pruned_through) SELECT 1, version FROM facts_version');
    await q.query(`
      CREATE FUNCTION facts_change_required() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM facts_change WHERE version = NEW.version) THEN
          INSERT INTO facts_change (version, kind, row_id) VALUES (NEW.version, 'unknown', NULL);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER facts_version_logged AFTER UPDATE ON facts_version
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION facts_change_required()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER facts_version_logged ON facts_version');
    await q.query('DROP FUNCTION facts_change_required()');
    await q.query('DROP TABLE facts_change_horizon');
    await q.query('DROP TABLE facts_change');
  }
}
