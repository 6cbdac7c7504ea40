import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Key custody: what the database demands of the key ring, so that rotation and erasure stay safe while
 * the service runs.
 * - `kek_floor`: no live data key may be wrapped under an older key-encryption key version. Rotation
 *   raises it in the transaction that re-wraps every key; from then on a running instance that still holds
 *   the old ring cannot store a key under a version that is about to be retired (the trigger refuses it,
 *   and its share lock makes rotation wait for key creations already under way).
 * - `shred_generation` / `erased_generation`: how many shreddings happened, and up to which of them the
 *   key-encryption keys that ever wrapped the destroyed keys have been retired from the ring. Until they
 *   are, a database backup still holds a wrapped copy that the ring opens.
 */
export class KeyCustody1732300001500 implements MigrationInterface {
  name = 'KeyCustody1732300001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE key_custody (
        singleton smallint PRIMARY KEY DEFAULT 1 CHECK (singleton = 1),
        kek_floor integer NOT NULL DEFAULT 1 CHECK (kek_floor >= 1),
        shred_generation bigint NOT NULL DEFAULT 0,
        erased_generation bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (erased_generation BETWEEN 0 AND shred_generation)
      )`);
    await q.query('INSERT INTO key_custody (singleton) VALUES (1)');
    await q.query(`
      CREATE FUNCTION data_key_respects_kek_floor() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        required integer;
      BEGIN
        IF NEW.kek_version IS NULL THEN
          RETURN NEW;
        END IF;
        -- FOR SHARE: a rotation (which updates this row) waits for us, and we wait for it.
        SELECT kek_floor INTO required FROM key_custody FOR SHARE;
        IF NEW.kek_version < required THEN
          RAISE EXCEPTION 'data key wrapped under key-encryption key version %, below the floor %', NEW.kek_version, required
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER data_key_kek_floor BEFORE INSERT OR UPDATE OF kek_version, wrapped ON data_key
        FOR EACH ROW EXECUTE FUNCTION data_key_respects_kek_floor()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER data_key_kek_floor ON data_key');
    await q.query('DROP FUNCTION data_key_respects_kek_floor()');
    await q.query('DROP TABLE key_custody');
  }
}
