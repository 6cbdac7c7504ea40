import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DevTokenRequest } from '@registry/auth';
import { todayInSweden } from '../../apps/registry-api/src/common/calendar.js';
import { demoHistoryCommand } from '../../apps/registry-cli/src/commands/demo-history.command.js';
import { previousMonths } from '../../apps/registry-cli/src/demo-history/history-layout.js';
import { runDemo } from '../../apps/registry-cli/src/demo/run-demo.js';
import { UsageError } from '../../apps/registry-cli/src/usage-error.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { queryRows } from '../support/test-database.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field, as in the other e2e tests
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions: { code: string } }[] };
type Cell = { value: number | null; suppressed: boolean };
type Table = { measure: string; category: string | null; rows: { label: string; cells: Cell[] }[]; columnTotals: Cell[] | null };

/** The demo's worked cases (one in each of six regions) and its intake: five referrals in MITT (demo-referrals.ts). */
const DEMO_CASES = 6 + 5;
const STATISTICS = `query($p: StatisticsPeriodInput!) { statistics(period: $p) {
  measure category rows { label cells { value suppressed } } columnTotals { value suppressed } } }`;

/** Every recorded timestamp the command may move, and the tally: what a refusal must leave as it was. */
const SNAPSHOT = `SELECT
  (SELECT json_agg(opened_at ORDER BY id) FROM registry_case) AS cases,
  (SELECT json_agg(json_build_array(created_at, overridden_at) ORDER BY id) FROM proposal) AS proposals,
  (SELECT json_agg(created_at ORDER BY id) FROM placement) AS placements,
  (SELECT json_agg(at ORDER BY id) FROM case_transition) AS transitions,
  (SELECT json_agg(json_build_array(region, month, code, proposals) ORDER BY region, month, code) FROM statistics_flag_tally) AS tally`;

describe('npm run demo:history: the demo register gets past months for its statistics', () => {
  let app: TestApp;
  let url: string;
  const window = previousMonths(todayInSweden().slice(0, 7), 6);
  const env = () => ({ DATABASE_URL: app.database.url, DATA_DIR: app.config.dataDir, REGISTRY_OPERATOR: 'demo-operator' });
  const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => queryRows<T>(app.database.url, text, values);
  const token = (request: DevTokenRequest) =>
    app.idp.sign(
      {
        roles: [request.role],
        ...(request.region ? { police_region: request.region } : {}),
        ...(request.municipality ? { municipality_code: request.municipality } : {}),
      },
      { sub: request.sub ?? 'demo', expiresIn: request.ttlSeconds ?? 600 },
    );
  const refusal = async (run: Promise<string>) => {
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await app.registry.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.registry.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const { demo } = await runDemo({ url, token });
    expect(demo.cases.length + demo.referrals.length).toBe(DEMO_CASES);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('refuses with NODE_ENV=production before opening anything', async () => {
    const before = await sql(SNAPSHOT);
    expect(await refusal(demoHistoryCommand([], { ...env(), NODE_ENV: 'production' }))).toMatch(/refused with NODE_ENV=production/);
    expect(await refusal(demoHistoryCommand(['--months', '3'], env()))).toMatch(/--months must be a whole number from 4 to 12/);
    expect(await sql(SNAPSHOT)).toEqual(before);
  });

  it('refuses a register with a network not named by the demo, changes nothing, and audits the refusal', async () => {
    const national = await token({ role: 'POLICE_NATIONAL' });
    const created = await app.graphql('mutation($i: NetworkInput!) { createNetwork(input: $i) { id } }', {
      token: national,
      purpose: 'AVH demo-history test',
      variables: { i: { name: 'Real Street Crew', category: 'LOCAL_NETWORK', reach: 'LOCAL' } },
    });
    const networkId = (created.body as Body).data?.createNetwork.id as string;
    expect(networkId).toBeDefined();
    try {
      const before = await sql(SNAPSHOT);
      expect(await refusal(demoHistoryCommand([], env()))).toMatch(/not a demo register \(a network is not named "Demo: …"\)/);
      expect(await sql(SNAPSHOT)).toEqual(before);
      const audited = await sql<{ outcome: string; resource_id: string }>(
        `SELECT outcome, resource_id FROM audit_event WHERE action = 'demo.history'`,
      );
      expect(audited).toEqual([{ outcome: 'denied', resource_id: 'refused: not a demo register' }]);
    } finally {
      // The test's own stray network goes, so that the register is the demo's again.
      await sql('DELETE FROM network WHERE id = $1', [networkId]);
    }
  });

  it('moves every case into the last completed months in its own order, and the statistics publish figures', async () => {
    const output = await demoHistoryCommand([], env());
    expect(output).toContain(`into ${window[0]} to ${window[5]}: cases ${DEMO_CASES}, proposals 6`);
    expect(output).not.toMatch(/more than one month/);

    // Nothing is left in the current month, and every case keeps its order.
    const events = await sql<{ case_id: string; kind: string; at: Date; seq: number }>(
      `SELECT id AS case_id, 'opened' AS kind, opened_at AS at, 0 AS seq FROM registry_case
       UNION ALL SELECT case_id, 'proposed', created_at, 0 FROM proposal
       UNION ALL SELECT case_id, 'placed', created_at, 0 FROM placement
       UNION ALL SELECT case_id, 'transition', at, seq FROM case_transition
       UNION ALL SELECT case_id, 'followed-up', recorded_at, 0 FROM case_follow_up WHERE recorded_at IS NOT NULL`,
    );
    const monthOf = (d: Date) => todayInSweden(d).slice(0, 7);
    for (const e of events) expect(window).toContain(monthOf(e.at));
    const byCase = new Map<string, typeof events>();
    for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
    for (const list of byCase.values()) {
      const at = (kind: string) => list.filter((e) => e.kind === kind).map((e) => e.at.getTime());
      const opened = at('opened')[0]!;
      for (const t of [...at('proposed'), ...at('transition')]) expect(t).toBeGreaterThanOrEqual(opened);
      for (const t of at('placed')) expect(t).toBeGreaterThan(Math.min(...at('proposed')));
      for (const t of at('followed-up')) expect(t).toBeGreaterThan(Math.max(...at('placed')));
      const transitions = list.filter((e) => e.kind === 'transition').sort((a, b) => a.seq - b.seq);
      expect(transitions.map((e) => e.at.getTime())).toEqual(transitions.map((e) => e.at.getTime()).sort((a, b) => a - b));
    }
    const tally = await sql<{ month: string }>('SELECT DISTINCT month FROM statistics_flag_tally');
    expect(tally.length).toBeGreaterThan(0);
    for (const { month } of tally) expect(window).toContain(month);

    // The moved transitions were stamped anew: the service reads every case's history without an integrity error.
    const national = await token({ role: 'POLICE_NATIONAL' });
    const cases = await app.graphql('{ cases { id history { at } } }', { token: national, purpose: 'AVH demo-history test' });
    expect((cases.body as Body).errors).toBeUndefined();

    const answer = await app.graphql(STATISTICS, {
      token: national,
      purpose: 'AVH demo-history test',
      variables: { p: { from: window[0], to: window[5] } },
    });
    const tables = (answer.body as Body).data?.statistics as Table[];
    expect((answer.body as Body).errors).toBeUndefined();
    const figures = tables
      .filter((t) => t.measure !== 'PROPOSAL_TO_PLACEMENT_DAYS')
      .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => ({ measure: t.measure, region: r.label, ...c }))));
    // What is published is zero or at least the threshold; MITT's five referrals opened in one month are published.
    for (const f of figures) if (!f.suppressed) expect(f.value === null || f.value === 0 || f.value >= 5).toBe(true);
    expect(figures.filter((f) => !f.suppressed && f.value! >= 5)).toEqual([
      { measure: 'CASES_OPENED', region: 'MITT', value: 5, suppressed: false },
    ]);
    // The demo's own events are there too (it overrides nothing), each a small count: hidden, but counted.
    for (const measure of ['CASES_OPENED', 'PLACEMENTS', 'CLOSURES_BY_REASON', 'FOLLOW_UP_OUTCOMES', 'FLAGS_BY_CODE'])
      expect(figures.filter((f) => f.measure === measure && f.suppressed).length).toBeGreaterThan(0);

    // Audited once, as counts: no case, proposal or placement id.
    const [audited] = await sql<{ outcome: string; resource_id: string }>(
      `SELECT outcome, resource_id FROM audit_event WHERE action = 'demo.history' AND outcome = 'ok'`,
    );
    expect(audited!.resource_id).toMatch(new RegExp(`^${window[0]}\\.\\.${window[5]}: cases ${DEMO_CASES}, `));
    expect(audited!.resource_id).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('refuses a second run and changes nothing', async () => {
    const before = await sql(SNAPSHOT);
    expect(await refusal(demoHistoryCommand([], env()))).toMatch(/already run on this register/);
    expect(await sql(SNAPSHOT)).toEqual(before);
  });
});
