/**
 * Which statements the service spends its database time on, without pg_stat_statements (the shared test
 * server has it unloaded): every query a `pg` client sends in this process is timed from send to answer
 * and counted by its text, with the parameters of the last call kept to EXPLAIN it with afterwards.
 */
import pg from 'pg';

export interface StatementStat {
  text: string;
  calls: number;
  totalMs: number;
  /** The parameters of the last call. */
  sample: unknown[];
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/** Starts recording (until `stop`); `reset` forgets what was recorded so far. */
export function recordStatements(): { stop(): void; reset(): void; stats(): StatementStat[] } {
  const stats = new Map<string, StatementStat>();
  let recording = true;
  const original = pg.Client.prototype.query as unknown as Query;
  const patched: Query = function (this: pg.Client, ...args: unknown[]) {
    const started = performance.now();
    const result = original.apply(this, args);
    const [text, values] = args;
    if (recording && typeof text === 'string' && result instanceof Promise) {
      const key = text.replace(/\s+/g, ' ').trim();
      void result.then(
        () => {
          const stat = stats.get(key) ?? { text: key, calls: 0, totalMs: 0, sample: [] };
          stat.calls += 1;
          stat.totalMs += performance.now() - started;
          stat.sample = Array.isArray(values) ? values : [];
          stats.set(key, stat);
        },
        () => undefined,
      );
    }
    return result;
  };
  (pg.Client.prototype as unknown as { query: Query }).query = patched;
  return {
    stop() {
      recording = false;
      (pg.Client.prototype as unknown as { query: Query }).query = original;
    },
    reset() {
      stats.clear();
    },
    stats() {
      return [...stats.values()].sort((a, b) => b.totalMs - a.totalMs);
    },
  };
}

const EXPLAINABLE = /^(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement with its sampled parameters, inside a transaction that is
 * rolled back (ANALYZE runs a write for real). Statements that are not plain DML (BEGIN, SET, locks) are
 * skipped by the caller's choice of `stats`.
 */
export async function explainAll(url: string, statements: readonly StatementStat[]): Promise<{ stat: StatementStat; plan: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans: { stat: StatementStat; plan: string }[] = [];
    for (const stat of statements) {
      if (!EXPLAINABLE.test(stat.text)) continue;
      await client.query('BEGIN');
      try {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${stat.text}`, stat.sample);
        plans.push({ stat, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
      } catch (error) {
        plans.push({ stat, plan: `(could not be explained: ${(error as Error).message})` });
      } finally {
        await client.query('ROLLBACK');
      }
    }
    return plans;
  } finally {
    await client.end();
  }
}

/**
 * Tables that grow with the register, for reading plans: a sequential scan on one of these on a request path is
 * a finding. Not audit_pending: a queue that the chain writer empties as it goes (a handful of rows at any time).
 */
export const GROWING_TABLES = [
  'network_presence',
  'network_relation',
  'person',
  'affiliation',
  'personal_conflict',
  'known_location',
  'registry_case',
  'case_member',
  'threat_assessment',
  'placement_assessment',
  'proposal',
  'placement',
  'data_key',
  'link_request',
  'alert',
  'facts_change',
  'recheck_outbox',
  'destination_probe',
  'audit_event',
];

/** The growing tables a plan reads whole. */
export function sequentialScans(plan: string): string[] {
  const found = new Set<string>();
  for (const match of plan.matchAll(/Seq Scan on (\w+)/g)) if (GROWING_TABLES.includes(match[1]!)) found.add(match[1]!);
  return [...found];
}
