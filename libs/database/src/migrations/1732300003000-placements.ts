import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals, placements, alerts, and what keeps the checker's view of the country current: a facts version
 * (bumped by every write the checker reads, so every instance's cache knows when it is stale) and a
 * re-check outbox (written in the same transaction as the change, so no change can be lost before the
 * active placements are checked against it).
 */
export class Placements1732300003000 implements MigrationInterface {
  name = 'Placements1732300003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        municipality_sealed bytea NOT NULL,
        housing_type text NOT NULL CHECK (housing_type IN ('PROTECTED_HOUSING','HVB','FOSTER_FAMILY','SUPPORTED_HOUSING','EMERGENCY_FOSTER','OWN_HOUSING','OTHER')),
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date >= start_date),
        status text NOT NULL CHECK (status IN ('CLEARED','NOT_CLEARED','OVERRIDDEN','WITHDRAWN','PLACED')),
        -- the check at submission (flags and causes), sealed: it names rival networks and places
        check_sealed bytea NOT NULL,
        checked_at timestamptz NOT NULL,
        -- SHA-256 of the clearance reference; the reference itself is handed out once and never stored
        clearance_reference_hash bytea UNIQUE,
        override_justification_sealed bytea,
        overridden_by text,
        overridden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX proposal_case ON proposal (case_id)');
    await q.query(`CREATE INDEX proposal_reserving ON proposal (status) WHERE status IN ('CLEARED', 'OVERRIDDEN')`);
    await q.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        proposal_id uuid NOT NULL UNIQUE REFERENCES proposal(id),
        municipality_sealed bytea NOT NULL,
        housing_type text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date >= start_date),
        ended_on date,
        end_reason text CHECK (end_reason IN ('COMPLETED','ABORTED','MOVED','OTHER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((ended_on IS NULL) = (end_reason IS NULL))
      )`);
    await q.query('CREATE INDEX placement_case ON placement (case_id)');
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placement(id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        flags_sealed bytea NOT NULL,
        acknowledged boolean NOT NULL DEFAULT false,
        acknowledged_by text,
        acknowledged_at timestamptz
      )`);
    // One open alert per placement: a re-check that still blocks does not raise another.
    await q.query('CREATE UNIQUE INDEX alert_one_open ON alert (placement_id) WHERE NOT acknowledged');
    // Versions come from a sequence: a rolled-back bump burns its number, so a version seen once always
    // means the same facts and a cache keyed by it can never serve another state under that number.
    await q.query('CREATE SEQUENCE facts_version_seq');
    await q.query(`CREATE TABLE facts_version (singleton smallint PRIMARY KEY DEFAULT 1 CHECK (singleton = 1), version bigint NOT NULL)`);
    await q.query("INSERT INTO facts_version (singleton, version) VALUES (1, nextval('facts_version_seq'))");
    await q.query(`
      CREATE TABLE recheck_outbox (
        id bigserial PRIMARY KEY,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await q.query('CREATE INDEX recheck_outbox_pending ON recheck_outbox (id) WHERE processed_at IS NULL');
    await q.query(`
      CREATE TABLE destination_probe (
        id bigserial PRIMARY KEY,
        actor text NOT NULL,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        -- keyed blind index of the destination: counts distinct destinations without storing which
        destination_token bytea NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX destination_probe_window ON destination_probe (actor, case_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['destination_probe', 'recheck_outbox', 'facts_version', 'alert', 'placement', 'proposal'])
      await q.query(`DROP TABLE ${table}`);
  }
}
