import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web console's sign-ins, held server-side so the browser keeps one opaque cookie and nothing else.
 *
 * - `console_session`: a signed-in user. The key is the SHA-256 of the 256-bit secret in the cookie, never
 *   the secret, so a copy of this table (a backup, a replica) signs nobody in. The identity columns mean
 *   what the token claims mean (`sub`, `roles`, `police_region`, `municipality_code`); `sign_in` says how
 *   it was made, so a session from the development form is worthless once the service runs with OpenID
 *   Connect. No CSRF token is stored: it is derived from the secret (see console/session-secret.ts).
 * - `console_sign_in`: an OpenID Connect sign-in under way, keyed by the SHA-256 of the secret in a
 *   short-lived cookie; state, nonce and PKCE verifier are derived from that secret, so nothing here can
 *   finish a sign-in. A row is used once (deleted when the provider sends the browser back).
 *
 * Expired rows are deleted by the service as it goes (sign-ins, look-ups of expired sessions).
 */
export class ConsoleSessions1732300007000 implements MigrationInterface {
  name = 'ConsoleSessions1732300007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE console_session (
        secret_hash bytea PRIMARY KEY CHECK (octet_length(secret_hash) = 32),
        sign_in text NOT NULL CHECK (sign_in IN ('development', 'oidc')),
        sub text NOT NULL CHECK (length(sub) BETWEEN 1 AND 200),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        police_region text,
        municipality_code text,
        purpose text,
        created_at timestamptz(3) NOT NULL,
        last_seen_at timestamptz(3) NOT NULL
      )`);
    await q.query('CREATE INDEX console_session_created ON console_session (created_at)');
    await q.query('CREATE INDEX console_session_last_seen ON console_session (last_seen_at)');
    await q.query(`
      CREATE TABLE console_sign_in (
        secret_hash bytea PRIMARY KEY CHECK (octet_length(secret_hash) = 32),
        created_at timestamptz(3) NOT NULL
      )`);
    await q.query('CREATE INDEX console_sign_in_created ON console_sign_in (created_at)');
    // The console's "refused only" filter on the audit log, paged in chain order.
    await q.query(`CREATE INDEX audit_event_denied ON audit_event (seq) WHERE outcome = 'denied'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_event_denied');
    await q.query('DROP TABLE console_sign_in');
    await q.query('DROP TABLE console_session');
  }
}
