import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Actual areas (issue 14 item 7): where a household member really lives or spends time besides the
 * registered home municipality, from police intelligence. The municipality and the source note are sealed
 * under the person's own data key, so erasing the person erases them and a stolen database says nowhere a
 * person is. In plaintext, for the checker and need-to-know: the person, what kind of area, how sure, the
 * validity, and when it was ended.
 */
const KINDS = [
  'network',
  'presence',
  'relation',
  'affiliation',
  'conflict',
  'known-location',
  'hold',
  'actual-area',
  'assessment',
  'case',
  'proposal',
  'placement',
  'person-scope',
  'unknown',
];

export class ActualArea1732300021000 implements MigrationInterface {
  name = 'ActualArea1732300021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE actual_area (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        municipality_sealed bytea NOT NULL,
        source_note_sealed bytea,
        kind text NOT NULL CHECK (kind IN ('LIVES','STAYS_OFTEN','WORKS_OR_STUDIES','OTHER')),
        confidence text NOT NULL CHECK (confidence IN ('CONFIRMED','PROBABLE','POSSIBLE')),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        ended_at timestamptz,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX actual_area_person ON actual_area (person_id)');
    // A change to a person's areas is logged for incremental facts under its own kind, naming the person.
    await q.query('ALTER TABLE facts_change DROP CONSTRAINT facts_change_kind_check');
    await q.query(
      `ALTER TABLE facts_change ADD CONSTRAINT facts_change_kind_check CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(',')}))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DELETE FROM facts_change WHERE kind = 'actual-area'");
    await q.query('ALTER TABLE facts_change DROP CONSTRAINT facts_change_kind_check');
    await q.query(
      `ALTER TABLE facts_change ADD CONSTRAINT facts_change_kind_check CHECK (kind IN (${KINDS.filter((k) => k !== 'actual-area')
        .map((k) => `'${k}'`)
        .join(',')}))`,
    );
    await q.query('DROP TABLE actual_area');
  }
}
