import type { MigrationInterface, QueryRunner } from 'typeorm';

const REGIONS = "('NORD','MITT','STOCKHOLM','OST','VAST','SYD','BERGSLAGEN')";

/**
 * Need-to-know for persons and the links between households.
 *
 * A person belongs to the region that registered it (NULL: national coordination) until a case says
 * otherwise. An identity number is no longer unique: a caller registering a number whose every record it
 * cannot see must get the answer a new registration gets, so the duplicate is kept and shown to national
 * coordination to reconcile rather than refused. Registrations of one number are serialised by an advisory
 * lock instead of the unique index.
 *
 * A link a regional unit asks for to a person it may not see (a threat actor, a personal conflict) waits in
 * link_request for national coordination. The id it names may not exist at all: that must look the same, so
 * it has no foreign key.
 */
export class NeedToKnow1732300005000 implements MigrationInterface {
  name = 'NeedToKnow1732300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN registered_region text CHECK (registered_region IN ${REGIONS})`);
    await q.query('ALTER TABLE person DROP CONSTRAINT person_identity_number_index_key');
    await q.query('CREATE INDEX person_identity_number ON person (identity_number_index) WHERE identity_number_index IS NOT NULL');
    await q.query(`
      CREATE TABLE link_request (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('THREAT_ACTOR','PERSONAL_CONFLICT')),
        case_id uuid REFERENCES registry_case(id),
        person_id uuid REFERENCES person(id),
        other_person_id uuid NOT NULL,
        conflict_kind text CHECK (conflict_kind IN ('THREAT','VICTIM','WITNESS','ENMITY')),
        requested_by text NOT NULL,
        requested_region text CHECK (requested_region IN ${REGIONS}),
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        decided_by text,
        decided_at timestamptz,
        CHECK ((kind = 'THREAT_ACTOR') = (case_id IS NOT NULL)),
        CHECK ((kind = 'PERSONAL_CONFLICT') = (person_id IS NOT NULL AND conflict_kind IS NOT NULL)),
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await q.query('CREATE INDEX link_request_case ON link_request (case_id) WHERE case_id IS NOT NULL');
    await q.query("CREATE INDEX link_request_pending ON link_request (requested_at) WHERE status = 'PENDING'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE link_request');
    await q.query('DROP INDEX person_identity_number');
    await q.query('ALTER TABLE person ADD CONSTRAINT person_identity_number_index_key UNIQUE (identity_number_index)');
    await q.query('ALTER TABLE person DROP COLUMN registered_region');
  }
}
