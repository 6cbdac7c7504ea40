import { parseArgs } from 'node:util';
import { AUDIT_ACTIONS, CASE_RESOURCE_TYPE } from '@registry/audit';
import { keyCustodyState, transactionOn, withKeyCustodyLock } from '@registry/database';
import { ConfigurationError, retentionScheduleFrom } from '../../../registry-api/src/config/configuration.js';
import { countExpired, countsLine, eraseExpired, type RetentionCounts } from '../../../registry-api/src/retention/expired-records.js';
import { RETENTION_RESOURCE_TYPE } from '../../../registry-api/src/retention/retention-resource.js';
import { retentionCutoffs, type RetentionCutoff } from '../../../registry-api/src/retention/retention-schedule.js';
import { recordOperatorEvent } from '../operator-audit.js';
import { UsageError } from '../usage-error.js';
import { openRegistryDatabase } from './audit-database.js';

export const RETENTION_USAGE = `npm run retention -- [--dry-run]
  Erases what the retention schedule says has expired (docs/retention.md): closed cases' households are
  crypto-shredded, ended placements' places erased, ended presences and affiliations deleted, and old audit
  events' personal fields erased; the run is audited as counts per kind. --dry-run shows the counts and
  changes nothing. The service runs the same job daily unless RETENTION_JOB=off.
  Schedule: RETENTION_CLOSED_CASE_DAYS, RETENTION_ENDED_PLACEMENT_DAYS, RETENTION_PRESENCE_DAYS,
    RETENTION_AFFILIATION_DAYS, AUDIT_PERSONAL_RETENTION_DAYS (the service's settings).
  Database: DATABASE_URL, or the embedded database under DATA_DIR (stop the server first).`;

function since(cutoff: RetentionCutoff): string {
  return cutoff.kind === 'CLOSED_CASE' || cutoff.kind === 'AUDIT_PERSONAL'
    ? `before ${cutoff.before.toISOString()}`
    : `on or before ${cutoff.lastExpiredDay}`;
}

function table(cutoffs: readonly RetentionCutoff[], counts: RetentionCounts, verb: string): string[] {
  return cutoffs.map(
    (cutoff) => `${cutoff.kind.padEnd(16)} kept ${cutoff.days} days; ${counts[cutoff.kind]} ${verb} (ended ${since(cutoff)})`,
  );
}

/** `registry-cli retention [--dry-run]`: counts only, never an id or a value, on the terminal as in the log. */
export async function retentionCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values, positionals } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' } }, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError('retention takes no arguments but --dry-run');
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) throw new UsageError('DATABASE_URL is required in production');
  let schedule;
  try {
    schedule = retentionScheduleFrom(env);
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
  const cutoffs = retentionCutoffs(schedule, new Date());
  const database = await openRegistryDatabase(env);
  try {
    if (values['dry-run'] === true) {
      const counts = await database.dataSource.transaction('REPEATABLE READ', (m) => countExpired(m, cutoffs));
      return ['dry run: nothing was erased', ...table(cutoffs, counts, 'would be erased')].join('\n');
    }
    // Shredding, like `keys shred-case`, waits for no key rotation and lets none start meanwhile.
    return await withKeyCustodyLock(database.dataSource, async (runner) => {
      const run = await eraseExpired((work) => transactionOn(runner, work), cutoffs);
      await transactionOn(runner, async (m) => {
        for (const id of run.shreddedCaseIds) {
          await recordOperatorEvent(m, env, { action: AUDIT_ACTIONS.caseShred, resourceType: CASE_RESOURCE_TYPE, resourceId: id });
        }
        if (run.auditSeqRange) {
          const range = `${run.auditSeqRange.from}-${run.auditSeqRange.to}`;
          await recordOperatorEvent(m, env, {
            action: AUDIT_ACTIONS.personalFieldsErased,
            resourceType: 'audit.events',
            resourceId: range,
          });
        }
        await recordOperatorEvent(m, env, {
          action: AUDIT_ACTIONS.retentionRun,
          resourceType: RETENTION_RESOURCE_TYPE,
          resourceId: countsLine(run.counts),
        });
      });
      const lines = table(cutoffs, run.counts, 'erased');
      const state = await keyCustodyState(runner.manager);
      const pending = state.shredGeneration - state.erasedGeneration;
      if (pending > 0) {
        lines.push(
          `database backups still hold openable copies of ${pending} shredding(s)' keys until "npm run keys -- rotate --retire-old" runs`,
        );
      }
      return lines.join('\n');
    });
  } finally {
    await database.close();
  }
}
