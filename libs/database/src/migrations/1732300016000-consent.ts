import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent to share a household member's data (samtycke). Sealed under the case's data key: the scope (which
 * data, to which recipients) and the signatories (name, role, answer), so a stolen database tells neither
 * who signed nor who may receive what. In plaintext, for the alert sweep and the checker's day arithmetic:
 * the case, the member, the days signed, due for review and withdrawn.
 */
export class Consent1732300016000 implements MigrationInterface {
  name = 'Consent1732300016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES registry_case(id),
        person_id uuid NOT NULL REFERENCES person(id),
        scope_sealed bytea NOT NULL,
        withdrawn_on date,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX consent_case ON consent (case_id)');
    // The first signing and every renewal: the latest one signed on or before a day governs that day.
    await q.query(`
      CREATE TABLE consent_signing (
        id uuid PRIMARY KEY,
        consent_id uuid NOT NULL REFERENCES consent(id),
        signed_on date NOT NULL,
        review_due date NOT NULL CHECK (review_due >= signed_on),
        signatories_sealed bytea NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX consent_signing_consent ON consent_signing (consent_id, signed_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE consent_signing');
    await q.query('DROP TABLE consent');
  }
}
