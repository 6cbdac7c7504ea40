import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned blind-index keys. Each identity-number index records the blind-index key version it was made
 * with, and `key_custody.blind_index_version` is the one version every index must be under: `keys
 * rotate-blind-index` raises it and re-makes every index in one transaction, and a trigger refuses an
 * index under any other version (an instance still holding the old ring re-reads it instead). So after a
 * rotation no row is under the old version, which can then leave the ring: an old backup's indexes are of
 * a key nobody holds. Existing indexes were made with the ring's one root key, now version 1.
 */
export class BlindIndexVersions1732300014100 implements MigrationInterface {
  name = 'BlindIndexVersions1732300014100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE person ADD COLUMN identity_number_index_version integer');
    await q.query('UPDATE person SET identity_number_index_version = 1 WHERE identity_number_index IS NOT NULL');
    await q.query('ALTER TABLE key_custody ADD COLUMN blind_index_version integer NOT NULL DEFAULT 1 CHECK (blind_index_version >= 1)');
    await q.query(`
      CREATE FUNCTION person_respects_blind_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        required integer;
      BEGIN
        IF NEW.identity_number_index IS NULL THEN
          RETURN NEW;
        END IF;
        -- FOR SHARE: a rotation (which updates this row) waits for us, and we wait for it.
        SELECT blind_index_version INTO required FROM key_custody FOR SHARE;
        IF NEW.identity_number_index_version IS DISTINCT FROM required THEN
          RAISE EXCEPTION 'identity-number index under blind-index key version %, not the current version %',
            NEW.identity_number_index_version, required USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER person_blind_index_version BEFORE INSERT OR UPDATE OF identity_number_index, identity_number_index_version
        ON person FOR EACH ROW EXECUTE FUNCTION person_respects_blind_index_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER person_blind_index_version ON person');
    await q.query('DROP FUNCTION person_respects_blind_index_version()');
    await q.query('ALTER TABLE key_custody DROP COLUMN blind_index_version');
    await q.query('ALTER TABLE person DROP COLUMN identity_number_index_version');
  }
}
