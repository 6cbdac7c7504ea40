import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's stage, its history, its assessment steps and its follow-ups (docs/case-lifecycle.md).
 *
 * `case_transition` is the history; the current stage is its latest row (by `seq`). A case opened before
 * this migration has no rows: its stage is read from its status (OPEN → REFERRED, ACTIVE → PLACED,
 * COMPLETED/ABORTED → CLOSED), and its first transition writes the first row. Who moved the case and why
 * are sealed with the case's key (the reason is free text and may name anyone; which officer works which
 * defector is what someone hunting the household would want). Stages, kinds, closure reasons, regions and
 * dates stay plain: SUMMARY readers see the stage, and the statistics count closures by reason.
 *
 * `case_follow_up` holds the follow-up that falls due after a placement ends: due date plain (the overdue
 * alert looks for it), the answers plain enums (statistics count outcomes and housing) and the notes and
 * the recorder sealed.
 */
export class CaseLifecycle1732300018000 implements MigrationInterface {
  name = 'CaseLifecycle1732300018000';

  async up(q: QueryRunner): Promise<void> {
    const stages = `'REFERRED','ASSESSING','ELIGIBLE','PROPOSED','PLACED','FOLLOW_UP','CLOSED'`;
    const regions = `'NORD','MITT','STOCKHOLM','VAST','OST','SYD','BERGSLAGEN'`;
    await q.query(`
      CREATE TABLE case_transition (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        seq integer NOT NULL CHECK (seq > 0),
        kind text NOT NULL CHECK (kind IN ('OPENED','TRANSITION','AUTOMATIC','CLOSE','REOPEN','TRANSFER','ESCALATE')),
        from_stage text CHECK (from_stage IN (${stages})),
        to_stage text NOT NULL CHECK (to_stage IN (${stages})),
        closure_reason text CHECK (closure_reason IN ('PLAN_COMPLETED','OTHER_SUPPORT','PLACED_IN_CARE','CONSENT_WITHDRAWN','RELAPSED','THREAT_ENDED','OTHER')),
        from_region text CHECK (from_region IN (${regions})),
        to_region text CHECK (to_region IN (${regions})),
        actor_sealed bytea NOT NULL,
        reason_sealed bytea NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, seq),
        CHECK ((to_stage = 'CLOSED' AND kind = 'CLOSE') = (closure_reason IS NOT NULL)),
        CHECK ((kind = 'TRANSFER') = (to_region IS NOT NULL AND from_region IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE case_assessment_step (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        kind text NOT NULL CHECK (kind IN ('THREAT','PLACEMENT')),
        instrument_sealed bytea NOT NULL,
        assessor_sealed bytea NOT NULL,
        required_on date NOT NULL,
        completed_on date,
        recorded_by_sealed bytea NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (completed_on IS NULL OR completed_on >= required_on)
      )`);
    await q.query('CREATE INDEX case_assessment_step_case ON case_assessment_step (case_id, kind, recorded_at)');
    await q.query(`
      CREATE TABLE case_follow_up (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        placement_id uuid REFERENCES placement(id),
        due_on date NOT NULL,
        recorded_on date,
        outcome text CHECK (outcome IN ('ESTABLISHED','PARTLY_ESTABLISHED','NOT_ESTABLISHED','NOT_REACHED')),
        housing text CHECK (housing IN ('OWN_TENANCY','SECOND_HAND_TENANCY','WITH_RELATIVES','SUPPORTED_HOUSING','CARE_OR_INSTITUTION','HOMELESS','OTHER','UNKNOWN')),
        income text CHECK (income IN ('EMPLOYMENT','STUDIES','BENEFITS','NONE','OTHER','UNKNOWN')),
        relapse text CHECK (relapse IN ('NO','SUSPECTED','CONFIRMED','UNKNOWN')),
        threat_stands text CHECK (threat_stands IN ('YES','NO','UNKNOWN')),
        notes_sealed bytea,
        recorded_by_sealed bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        recorded_at timestamptz,
        CHECK ((recorded_on IS NULL) = (outcome IS NULL) AND (recorded_on IS NULL) = (housing IS NULL)
           AND (recorded_on IS NULL) = (income IS NULL) AND (recorded_on IS NULL) = (relapse IS NULL)
           AND (recorded_on IS NULL) = (threat_stands IS NULL) AND (recorded_on IS NULL) = (recorded_by_sealed IS NULL)
           AND (recorded_on IS NULL) = (recorded_at IS NULL))
      )`);
    // At most one follow-up waiting per case: entering FOLLOW_UP twice does not stack them.
    await q.query('CREATE UNIQUE INDEX case_follow_up_pending ON case_follow_up (case_id) WHERE recorded_on IS NULL');
    await q.query('CREATE INDEX case_follow_up_due ON case_follow_up (due_on) WHERE recorded_on IS NULL');
    // An alert is about a re-check that blocks (RECHECK) or a follow-up past due (FOLLOW_UP_OVERDUE): one open alert of each kind per placement.
    await q.query(`ALTER TABLE alert ADD COLUMN kind text NOT NULL DEFAULT 'RECHECK' CHECK (kind IN ('RECHECK','FOLLOW_UP_OVERDUE'))`);
    await q.query('DROP INDEX alert_one_open');
    await q.query('CREATE UNIQUE INDEX alert_one_open ON alert (placement_id, kind) WHERE NOT acknowledged');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX alert_one_open');
    await q.query(`DELETE FROM alert WHERE kind <> 'RECHECK'`);
    await q.query('ALTER TABLE alert DROP COLUMN kind');
    await q.query('CREATE UNIQUE INDEX alert_one_open ON alert (placement_id) WHERE NOT acknowledged');
    await q.query('DROP TABLE case_follow_up');
    await q.query('DROP TABLE case_assessment_step');
    await q.query('DROP TABLE case_transition');
  }
}
