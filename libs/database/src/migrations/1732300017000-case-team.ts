import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's team and break-glass grants (access follows assignment).
 *
 * An officer is held twice: `officer_token`, a keyed token of the JWT `sub` (the same sub always gives the
 * same token, so "is this caller on the team" is one indexed lookup, yet the table alone names nobody), and
 * `officer_sealed`, the sub sealed with the case's data key so the team can be shown and is shredded with
 * the case. Which officer works which defector's case is what someone hunting the household would want
 * to know (to pressure the officer, or to follow them), so it gets the protection of the case, not the
 * audit log's plain actor. Reasons are free text and may name anything: sealed too.
 */
export class CaseTeam1732300017000 implements MigrationInterface {
  name = 'CaseTeam1732300017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_team_member (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        officer_token bytea NOT NULL,
        officer_sealed bytea NOT NULL,
        role text NOT NULL CHECK (role IN ('RESPONSIBLE_OFFICER', 'LOCAL_COORDINATOR', 'CONTACT_OFFICER', 'SOCIAL_SECRETARY', 'OTHER')),
        reason_sealed bytea NOT NULL,
        added_by_sealed bytea NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        removed_by_sealed bytea,
        removed_at timestamptz,
        removal_reason_sealed bytea,
        CHECK ((removed_at IS NULL) = (removed_by_sealed IS NULL) AND (removed_at IS NULL) = (removal_reason_sealed IS NULL))
      )`);
    // One current membership per officer and case; history stays as removed rows.
    await q.query('CREATE UNIQUE INDEX case_team_member_current ON case_team_member (case_id, officer_token) WHERE removed_at IS NULL');
    await q.query('CREATE INDEX case_team_member_officer ON case_team_member (officer_token) WHERE removed_at IS NULL');
    await q.query(`
      CREATE TABLE break_glass (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        officer_token bytea NOT NULL,
        officer_sealed bytea NOT NULL,
        reason_sealed bytea NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK (expires_at > granted_at)
      )`);
    await q.query('CREATE INDEX break_glass_officer ON break_glass (officer_token, expires_at)');
    await q.query('CREATE INDEX break_glass_case ON break_glass (case_id, granted_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE break_glass');
    await q.query('DROP TABLE case_team_member');
  }
}
