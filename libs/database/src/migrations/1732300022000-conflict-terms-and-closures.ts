import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal conflicts as first-class records, and closing (issue 14 item 8).
 *
 * `personal_conflict_terms`: what a conflict says beyond its kind, one row per conflict that has any: each
 * side's role, the keep-apart scope the checker applies, the review date, and the reason, sealed with the
 * data key of the conflict's `person_id` side (free text may name anything). A conflict without a row has
 * the contract's defaults (UNKNOWN roles, SAME_MUNICIPALITY, no review date), so older conflicts read as
 * they always did. Its id is the conflict's; a conflict waiting for national coordination as a link request
 * keeps its terms under the request's id, which the conflict takes when approved.
 *
 * `record_closure`: a personal conflict, a known location or a surveillance hold closed, by whom and why
 * (both sealed with the data key of the person the record is about: which officer handles whom is protected
 * like the case team's officers). A closed conflict or location is history: kept, shown, and no longer a
 * fact for the checker. A hold is a flag on the person that can be set again, so each closing of it is a row.
 */
export class ConflictTermsAndClosures1732300022000 implements MigrationInterface {
  name = 'ConflictTermsAndClosures1732300022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_conflict_terms (
        id uuid PRIMARY KEY,
        person_role text NOT NULL DEFAULT 'UNKNOWN' CHECK (person_role IN ('VICTIM', 'PERPETRATOR', 'BOTH', 'UNKNOWN')),
        other_role text NOT NULL DEFAULT 'UNKNOWN' CHECK (other_role IN ('VICTIM', 'PERPETRATOR', 'BOTH', 'UNKNOWN')),
        scope text NOT NULL DEFAULT 'SAME_MUNICIPALITY'
          CHECK (scope IN ('SAME_MUNICIPALITY', 'NEARBY', 'SAME_COUNTY', 'SAME_POLICE_REGION', 'NATIONWIDE')),
        review_due date,
        reason_sealed bytea,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE record_closure (
        id uuid PRIMARY KEY,
        record_kind text NOT NULL CHECK (record_kind IN ('PERSONAL_CONFLICT', 'KNOWN_LOCATION', 'SURVEILLANCE_HOLD')),
        record_id uuid NOT NULL,
        person_id uuid NOT NULL REFERENCES person(id),
        closed_at timestamptz NOT NULL DEFAULT now(),
        closed_by_sealed bytea NOT NULL,
        reason_sealed bytea NOT NULL
      )`);
    // A conflict or a location is closed once; a hold may be set and closed again.
    await q.query(
      `CREATE UNIQUE INDEX record_closure_once ON record_closure (record_kind, record_id) WHERE record_kind <> 'SURVEILLANCE_HOLD'`,
    );
    await q.query('CREATE INDEX record_closure_person ON record_closure (person_id, closed_at)');
    // A closed conflict stays as history, and the same pair may fall out again: one OPEN conflict per pair
    // and kind, which the service keeps under a lock on the pair (the open/closed state is in record_closure).
    await q.query('ALTER TABLE personal_conflict DROP CONSTRAINT personal_conflict_person_id_other_person_id_kind_key');
    await q.query('CREATE INDEX personal_conflict_pair ON personal_conflict (person_id, other_person_id, kind)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX personal_conflict_pair');
    await q.query(
      'ALTER TABLE personal_conflict ADD CONSTRAINT personal_conflict_person_id_other_person_id_kind_key UNIQUE (person_id, other_person_id, kind)',
    );
    await q.query('DROP TABLE record_closure');
    await q.query('DROP TABLE personal_conflict_terms');
  }
}
