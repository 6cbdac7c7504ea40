import { describe, expect, it } from '@jest/globals';
import { mayWrite } from './statement-kind.js';

describe('mayWrite: only a plain read counts as one', () => {
  it.each([
    'SELECT id FROM registry_case WHERE id = $1',
    '  select 1',
    '(SELECT a FROM t) UNION (SELECT b FROM u)',
    '-- the head\nSELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
    '/* comment */ SELECT 1',
    'WITH household AS (SELECT case_id FROM case_member GROUP BY case_id) SELECT * FROM household',
    'VALUES (1)',
    'SELECT pg_advisory_xact_lock(hashtext($1))',
    'SELECT updated_at, deleted_on FROM proposal FOR SHARE',
  ])('read: %s', (sql) => {
    expect(mayWrite(sql)).toBe(false);
  });

  it.each([
    'INSERT INTO audit_pending (at) VALUES ($1)',
    'UPDATE facts_version SET version = 2',
    'DELETE FROM audit_pending WHERE id = ANY($1)',
    'WITH moved AS (DELETE FROM t RETURNING *) SELECT * FROM moved',
    'WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x',
    'SELECT * INTO copy_of_case FROM registry_case',
    'SELECT id FROM proposal WHERE id = $1 FOR UPDATE',
    'SELECT id FROM proposal FOR NO KEY UPDATE',
    "SELECT nextval('facts_version_seq')",
    "SELECT setval('facts_version_seq', 1)",
    'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DO NOTHING',
    'SAVEPOINT before_failure',
    'ROLLBACK TO SAVEPOINT before_failure',
    'CREATE TEMP TABLE arrival (n int)',
    "SET LOCAL statement_timeout = '1s'",
    'COMMIT',
    "SELECT 'update'",
    '',
  ])('may write: %s', (sql) => {
    expect(mayWrite(sql)).toBe(true);
  });
});
