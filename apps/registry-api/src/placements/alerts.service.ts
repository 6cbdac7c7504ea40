import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { redactFlags, type Flag as CheckerFlag } from '@registry/checker';
import { hasRole, type Principal } from '@registry/auth';
import { CaseRepository } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { CheckingService, caseViewer, viewerOf } from '../checking/checking.service.js';
import { flagOf } from '../checking/flag.resolver.js';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ErasedDataError } from '../protection/erased-data.error.js';
import { RowSealer } from '../protection/sealer.js';
import type { Alert } from './models/placement.models.js';
import { PlacementRepository, type AlertRow } from './proposal.repository.js';
import { CaseAccessService } from '../teams/case-access.service.js';
import { LifecycleService } from '../lifecycle/lifecycle.service.js';
import { ProposalsService } from './proposals.service.js';

const BATCH = 1000;

/**
 * Continuous re-checking. Writes leave a row in the re-check outbox in their own transaction; this drains
 * it: one transaction takes the pending rows (SKIP LOCKED, so instances share the work), re-checks every
 * active placement, raises at most one open alert per blocked placement, and marks the rows done. If it
 * fails, the rows stay pending and the next run does the work again: nothing is lost.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger('Recheck');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: PlacementRepository,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly checking: CheckingService,
    private readonly proposals: ProposalsService,
    private readonly caseAccess: CaseAccessService,
    private readonly lifecycle: LifecycleService,
  ) {}

  /** Processes what is pending; the number of alerts raised. */
  async processPending(): Promise<number> {
    return this.uow.transaction(async (m) => {
      const pending = (await m.query(
        'SELECT id FROM recheck_outbox WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [BATCH],
      )) as { id: string }[];
      if (pending.length === 0) return 0;
      const raised = await this.recheckActivePlacements(m);
      await m.query('UPDATE recheck_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])', [pending.map((p) => p.id)]);
      return raised;
    });
  }

  /**
   * Re-checks every active placement now, with no write behind it: a consent lapses at its review date
   * with nothing written, so the worker calls this once a day; overdue follow-ups are raised with it
   * (a follow-up falls due with nothing written either). Open alerts are not raised twice.
   */
  async recheckAll(): Promise<number> {
    return this.uow.transaction(
      async (m) => (await this.recheckActivePlacements(m)) + (await this.lifecycle.raiseOverdueAlerts(m, todayInSweden())),
    );
  }

  private async recheckActivePlacements(m: EntityManager): Promise<number> {
    let raised = 0;
    for (const placement of await this.repository.activePlacements(m, todayInSweden())) {
      const caseRow = await this.caseRows.find(m, placement.case_id);
      if (!caseRow) continue;
      try {
        const key = await this.cases.caseKey(m, caseRow);
        const destination = this.proposals.destinationOf(key, 'placement', placement);
        const period = { startDate: placement.start_date, endDate: placement.end_date };
        const check = await this.checking.evaluate(m, caseRow, destination, period, caseViewer(caseRow));
        const blocking = check.flags.filter((flag) => flag.severity === 'BLOCK');
        if (blocking.length === 0) continue;
        const id = randomUUID();
        const sealed = new RowSealer(key, 'alert', id).seal('flags', JSON.stringify(blocking));
        if (await this.repository.raiseAlert(m, id, placement.id, sealed)) raised += 1;
      } catch (error) {
        // An erased household has nothing left to protect or to check.
        if (error instanceof ErasedDataError) continue;
        throw error;
      }
    }
    if (raised > 0) this.logger.log(`Re-check raised ${raised} alert(s)`);
    return raised;
  }

  private async toAlert(m: EntityManager, principal: Principal, row: AlertRow & { case_id: string }): Promise<Alert> {
    const caseRow = await this.caseRows.find(m, row.case_id);
    const placement = await this.repository.placement(m, row.placement_id);
    if (!caseRow || !placement) throw new NotFoundError('Alert not found');
    const key = await this.cases.caseKey(m, caseRow);
    const flags = JSON.parse(new RowSealer(key, 'alert', row.id).open('flags', row.flags_sealed)) as CheckerFlag[];
    return {
      id: row.id,
      placement: await this.proposals.toPlacement(m, caseRow, placement),
      raisedAt: row.raised_at,
      // Worded at read time from the sealed causes, in whatever language the reader asks for.
      flags: redactFlags(flags, viewerOf(principal)).map(flagOf),
      acknowledged: row.acknowledged,
      kind: row.kind,
    };
  }

  /** The placement's region sees its alerts, national coordination all of them. */
  async list(principal: Principal, acknowledged: boolean | null): Promise<Alert[]> {
    const m = this.uow.manager;
    const region = hasRole(principal, 'POLICE_NATIONAL') ? null : (principal.policeRegion ?? '');
    const rows = await this.repository.alerts(m, region, acknowledged);
    // An alert shows a placement: only to those who read its case's details (teams/case-access.service.ts).
    const cases = (await this.caseRows.findMany(m, [...new Set(rows.map((row) => row.case_id))])).map((c) => ({
      id: c.id,
      region: c.region,
    }));
    const levels = await this.caseAccess.levels(m, principal, cases);
    const readable = new Set(cases.filter((_, i) => levels[i] === 'DETAILS').map((c) => c.id));
    return Promise.all(rows.filter((row) => readable.has(row.case_id)).map((row) => this.toAlert(m, principal, row)));
  }

  async acknowledge(principal: Principal, id: string): Promise<Alert> {
    return this.uow.transaction(async (m) => {
      const row = isUuid(id) ? await this.repository.alert(m, id) : undefined;
      if (!row) throw new NotFoundError('Alert not found');
      await this.cases.visibleRow(m, principal, row.case_id).catch(() => {
        throw new NotFoundError('Alert not found');
      });
      if (row.acknowledged) throw new BadUserInputError('The alert is already acknowledged');
      await this.repository.acknowledge(m, id, principal.sub);
      return this.toAlert(m, principal, { ...row, acknowledged: true });
    });
  }
}
