import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_ACTIONS } from '@registry/audit';
import { readKeyRingFile, ready, type KeyRing } from '@registry/crypto';
import { stampPendingRows } from '@registry/database';
import { todayInSweden } from '../../../registry-api/src/common/calendar.js';
import { judgeRegister } from '../demo-history/demo-register.js';
import { previousMonths, STAGE_MONTHS } from '../demo-history/history-layout.js';
import { countsLine, moveHistory } from '../demo-history/move-history.js';
import { recordOperatorEvent } from '../operator-audit.js';
import { UsageError } from '../usage-error.js';
import { openRegistryDatabase } from './audit-database.js';

export const DEMO_HISTORY_USAGE = `npm run demo:history -- [--months N]
  For a DEMO register only (every network named "Demo: …", as npm run demo makes them; refused in production
  and on any other register, once only): moves the recorded events of every case (opened, proposed, overridden,
  placed, transitions, closed, followed up) and the flag tally into the last N completed months (default 6, ${STAGE_MONTHS} to 12),
  each case in its own order and each region's cases on one calendar, so that the statistics page, which
  publishes completed months only, has figures to show. Audited as counts. Run it right after npm run demo.
  Key ring: KEYRING_FILE, else DATA_DIR/keyring.json. Database: DATABASE_URL, or the embedded database under
  DATA_DIR (stop the server first).`;

const RESOURCE_TYPE = 'demo.history';

export async function demoHistoryCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  // Published months must never change in a real register (docs/statistics.md): this is for demos only.
  if (env.NODE_ENV === 'production') throw new UsageError('demo-history is for demo registers: refused with NODE_ENV=production');
  const { values, positionals } = parseArgs({ args, options: { months: { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError('demo-history takes no arguments but --months');
  const months = values.months === undefined ? 6 : Number(values.months);
  if (!Number.isInteger(months) || months < STAGE_MONTHS || months > 12)
    throw new UsageError(`--months must be a whole number from ${STAGE_MONTHS} to 12`);
  const window = previousMonths(todayInSweden().slice(0, 7), months);

  await ready();
  let ring: KeyRing;
  try {
    ring = await readKeyRingFile(env.KEYRING_FILE || join(env.DATA_DIR || './data', 'keyring.json'));
  } catch (error) {
    throw new UsageError(`the key ring cannot be read (${(error as Error).message}): it is needed to tell a demo register`);
  }
  const database = await openRegistryDatabase(env);
  try {
    const outcome = await database.dataSource.transaction('SERIALIZABLE', async (m) => {
      await m.query("SELECT pg_advisory_xact_lock(hashtext('registry-cli demo-history'))");
      const verdict = await judgeRegister(m, ring);
      if (!verdict.demo) {
        // Someone pointed a timestamp-rewriting tool at a register that is not the demo's: auditors should know.
        await recordOperatorEvent(m, env, {
          action: AUDIT_ACTIONS.demoHistory,
          resourceType: RESOURCE_TYPE,
          resourceId: 'refused: not a demo register',
          outcome: 'denied',
        });
        return { refused: `not a demo register (${verdict.reason}): demo-history changes nothing here` };
      }
      const [done] = (await m.query(
        `SELECT (EXISTS (SELECT 1 FROM audit_event WHERE action = $1 AND outcome = 'ok')
              OR EXISTS (SELECT 1 FROM audit_pending WHERE action = $1 AND outcome = 'ok')) AS done`,
        [AUDIT_ACTIONS.demoHistory],
      )) as { done: boolean }[];
      if (done?.done) return { refused: 'demo-history has already run on this register: start from a fresh DATA_DIR to run it again' };
      const [cases] = (await m.query('SELECT count(*)::int AS n FROM registry_case')) as { n: number }[];
      if (!cases?.n) return { refused: 'the register has no cases: run npm run demo first' };
      const counts = await moveHistory(m, window);
      // case_transition.at is under the row MAC: stamp the moved rows (each old MAC is verified first).
      await stampPendingRows(m, ring);
      await recordOperatorEvent(m, env, {
        action: AUDIT_ACTIONS.demoHistory,
        resourceType: RESOURCE_TYPE,
        resourceId: `${window[0]}..${window.at(-1)}: ${countsLine(counts)}`,
      });
      return { counts };
    });
    if ('refused' in outcome) throw new UsageError(outcome.refused);
    const { counts } = outcome;
    return [
      `moved the demo's recorded events into ${window[0]} to ${window.at(-1)}: ${countsLine(counts)}`,
      ...(counts.tallyApproximated > 0
        ? [`${counts.tallyApproximated} region(s) had proposals in more than one month: their flag tally went to the month of most`]
        : []),
      `start the service again and ask the statistics page for ${window[0]} to ${window.at(-1)}`,
    ].join('\n');
  } finally {
    await database.close();
  }
}
