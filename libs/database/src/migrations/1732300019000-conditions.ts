import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conditions a defector signed (villkor), their compliance over time, and the reviews a breach raises.
 *
 * Plain are only what the register reasons over: the kind, the dates, the compliance grade, the ids that tie
 * a row to its case. Everything a reader could use to find or pressure the household is sealed with the
 * case's data key (so it is shredded with the case): the areas a defector must stay away from (named
 * municipalities), the free text of an OTHER condition, the breach rule, notes, who recorded what, and which
 * team roles are told. The kind alone (e.g. DRUG_TESTS) says little, and the register needs it to list.
 */
export class Conditions1732300019000 implements MigrationInterface {
  name = 'Conditions1732300019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_condition (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        kind text NOT NULL CHECK (kind IN ('NO_NETWORK_CONTACT', 'DRUG_TESTS', 'STAY_AWAY_FROM_AREA', 'REPORTING', 'CURFEW', 'NO_WEAPONS', 'OTHER')),
        terms_sealed bytea NOT NULL,
        breach_rule_sealed bytea NOT NULL,
        notify_sealed bytea NOT NULL,
        signed_on date NOT NULL,
        added_by_sealed bytea NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        ended_on date,
        ended_by_sealed bytea,
        end_reason_sealed bytea,
        CHECK ((ended_on IS NULL) = (ended_by_sealed IS NULL) AND (ended_on IS NULL) = (end_reason_sealed IS NULL)),
        CHECK (ended_on IS NULL OR ended_on >= signed_on)
      )`);
    await q.query('CREATE INDEX case_condition_case ON case_condition (case_id, signed_on)');
    await q.query(`
      CREATE TABLE condition_compliance (
        id uuid PRIMARY KEY,
        condition_id uuid NOT NULL REFERENCES case_condition(id),
        case_id uuid NOT NULL REFERENCES registry_case(id),
        compliance text NOT NULL CHECK (compliance IN ('MET', 'PARTLY', 'BREACHED')),
        observed_on date NOT NULL,
        note_sealed bytea,
        recorded_by_sealed bytea NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX condition_compliance_condition ON condition_compliance (condition_id, observed_on)');
    // One review per recorded breach; the team closes it with a decision (kept sealed, with who).
    await q.query(`
      CREATE TABLE condition_review (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        condition_id uuid NOT NULL REFERENCES case_condition(id),
        compliance_id uuid NOT NULL UNIQUE REFERENCES condition_compliance(id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by_sealed bytea,
        decision_sealed bytea,
        CHECK ((closed_at IS NULL) = (closed_by_sealed IS NULL) AND (closed_at IS NULL) = (decision_sealed IS NULL))
      )`);
    await q.query('CREATE INDEX condition_review_case ON condition_review (case_id, raised_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE condition_review');
    await q.query('DROP TABLE condition_compliance');
    await q.query('DROP TABLE case_condition');
  }
}
