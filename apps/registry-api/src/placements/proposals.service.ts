import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { redactFlags, type DestinationCheck, type PlacementEndReason } from '@registry/checker';
import { AUDIT_ACTIONS } from '@registry/audit';
import type { Principal } from '@registry/auth';
import { AuditTrail } from '../audit/audit-trail.js';
import type { DataKey } from '@registry/crypto';
import type { CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { CheckingService, caseViewer, viewerOf } from '../checking/checking.service.js';
import { privacyAreaOf } from '@registry/geo';
import { flagOf } from '../checking/flag.resolver.js';
import type { CheckResult } from '../checking/models/check-result.model.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode } from '../common/input-rules.js';
import { requirePlanningPeriod } from '../common/planning-period.js';
import { requirePlainText } from '../common/plain-text.js';
import { todayInSweden } from '../common/calendar.js';
import { ErasedDataError } from '../protection/erased-data.error.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { Municipality } from '../municipalities/models/municipality.model.js';
import { RowSealer } from '../protection/sealer.js';
import { FlagTallyRepository } from '../statistics/flag-tally.repository.js';
import type { ProposalInput } from './dto/proposal.input.js';
import { clearanceReferenceHash, newClearanceReference } from './clearance-reference.js';
import type { Placement, Proposal } from './models/placement.models.js';
import { PlacementRepository, type PlacementRow, type ProposalRow } from './proposal.repository.js';
import { StageWriter } from '../lifecycle/stage-writer.js';

export const MIN_JUSTIFICATION = 20;
const MAX_JUSTIFICATION = 4000;
const CLOSED_CASE = ['COMPLETED', 'ABORTED'];

/**
 * A stored check, sealed with the household's key: the case region's view, which decided the status, and
 * the exact flags that only national coordination is shown.
 */
interface StoredCheck extends DestinationCheck {
  checkedAt: string;
  exactFlags?: DestinationCheck['flags'];
}

/**
 * Proposals and placements. Every check that can clear a household into a municipality holds the advisory
 * lock of that municipality's privacy area until its transaction ends, so two rival households proposed into
 * the same place (or, as other regions see it, the same area) at the same moment are checked one after the
 * other, the second seeing the first's reservation.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: PlacementRepository,
    private readonly cases: CasesService,
    private readonly checking: CheckingService,
    private readonly factsChanges: FactsChanges,
    private readonly municipalities: MunicipalitiesService,
    private readonly trail: AuditTrail,
    private readonly flagTally: FlagTallyRepository,
    private readonly stages: StageWriter,
  ) {}

  async lockDestination(m: EntityManager, code: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`destination-area:${privacyAreaOf(code)?.id ?? code}`]);
  }

  private municipality(code: string): Municipality {
    return this.municipalities.find(code) as Municipality;
  }

  /** @throws ErasedDataError when the retention schedule erased the place (an ended placement, docs/retention.md) */
  destinationOf(key: DataKey, table: 'proposal' | 'placement', row: { id: string; municipality_sealed: Buffer | null }): string {
    if (!row.municipality_sealed) throw new ErasedDataError();
    return new RowSealer(key, table, row.id).open('municipality', row.municipality_sealed);
  }

  /** @throws ErasedDataError when the retention schedule erased it with its placement */
  storedCheck(key: DataKey, row: ProposalRow): StoredCheck {
    if (!row.check_sealed) throw new ErasedDataError();
    return JSON.parse(new RowSealer(key, 'proposal', row.id).open('check', row.check_sealed)) as StoredCheck;
  }

  private checkResult(stored: StoredCheck, principal: Principal): CheckResult {
    const viewer = viewerOf(principal);
    const flags = viewer.national && stored.exactFlags ? stored.exactFlags : redactFlags(stored.flags, viewer);
    return {
      municipality: this.municipality(stored.municipalityCode),
      cleared: stored.cleared,
      // Worded again at read time from the stored causes: the sealed messages are English only.
      flags: flags.map(flagOf),
      checkedAt: new Date(stored.checkedAt),
    };
  }

  async toProposal(
    m: EntityManager,
    principal: Principal,
    caseRow: CaseRow,
    row: ProposalRow,
    clearanceReference: string | null = null,
  ): Promise<Proposal> {
    const key = await this.cases.caseKey(m, caseRow);
    return {
      id: row.id,
      case: await this.cases.toCase(m, caseRow),
      municipality: this.municipality(this.destinationOf(key, 'proposal', row)),
      housingType: row.housing_type,
      startDate: row.start_date,
      endDate: row.end_date,
      status: row.status,
      check: this.checkResult(this.storedCheck(key, row), principal),
      clearanceReference,
    };
  }

  async toPlacement(m: EntityManager, caseRow: CaseRow, row: PlacementRow): Promise<Placement> {
    const key = await this.cases.caseKey(m, caseRow);
    return {
      id: row.id,
      case: await this.cases.toCase(m, caseRow),
      municipality: this.municipality(this.destinationOf(key, 'placement', row)),
      housingType: row.housing_type,
      startDate: row.start_date,
      endDate: row.end_date,
      endedOn: row.ended_on,
      endReason: row.end_reason,
    };
  }

  private requireOpenCase(row: CaseRow): void {
    if (CLOSED_CASE.includes(row.status)) throw new BadUserInputError('The case is closed');
  }

  async submit(principal: Principal, input: ProposalInput): Promise<Proposal> {
    requireMunicipalityCode(input.municipalityCode);
    requirePlanningPeriod({ startDate: input.startDate, endDate: input.endDate }, todayInSweden());
    return this.uow.transaction(async (m) => {
      const caseRow = await this.cases.visibleRow(m, principal, input.caseId, true);
      this.requireOpenCase(caseRow);
      await this.lockDestination(m, input.municipalityCode);
      const period = { startDate: input.startDate, endDate: input.endDate };
      const check = await this.checking.evaluate(m, caseRow, input.municipalityCode, period, caseViewer(caseRow));
      const exact = await this.checking.evaluate(m, caseRow, input.municipalityCode, period, { national: true });
      const key = await this.cases.caseKey(m, caseRow);
      const id = randomUUID();
      const sealer = new RowSealer(key, 'proposal', id);
      const checkedAt = new Date();
      const reference = check.cleared ? newClearanceReference() : null;
      const row: ProposalRow = {
        id,
        case_id: caseRow.id,
        municipality_sealed: sealer.seal('municipality', input.municipalityCode),
        housing_type: input.housingType,
        start_date: input.startDate,
        end_date: input.endDate,
        status: check.cleared ? 'CLEARED' : 'NOT_CLEARED',
        check_sealed: sealer.seal(
          'check',
          JSON.stringify({ ...check, checkedAt: checkedAt.toISOString(), exactFlags: exact.flags } satisfies StoredCheck),
        ),
        checked_at: checkedAt,
        clearance_reference_hash: reference ? clearanceReferenceHash(reference) : null,
      };
      await this.repository.insertProposal(m, row);
      // Statistics count what the case's region was shown, never national coordination's exact flags.
      await this.flagTally.count(
        m,
        caseRow.region,
        check.flags.map((f) => f.code),
      );
      // A cleared proposal reserves the destination: every later check must see it.
      if (check.cleared) await this.factsChanges.record({ kind: 'proposal', id });
      if (check.cleared) await this.stages.follow(m, key, caseRow, 'PROPOSAL_CLEARED', principal.sub);
      return this.toProposal(m, principal, caseRow, row, reference);
    });
  }

  /** The proposal and its case, as this caller may see them; NOT_FOUND for anything else. */
  private async visibleProposal(
    m: EntityManager,
    principal: Principal,
    proposalId: string,
  ): Promise<{ row: ProposalRow; caseRow: CaseRow }> {
    const row = isUuid(proposalId) ? await this.repository.proposal(m, proposalId, true) : undefined;
    if (!row) throw new NotFoundError('Proposal not found');
    const caseRow = await this.cases.visibleRow(m, principal, row.case_id).catch(() => {
      throw new NotFoundError('Proposal not found');
    });
    return { row, caseRow };
  }

  async override(principal: Principal, proposalId: string, justification: string): Promise<Proposal> {
    const text = requirePlainText(justification, 'justification', { multiline: true }).trim();
    if (text.length < MIN_JUSTIFICATION || text.length > MAX_JUSTIFICATION) {
      throw new BadUserInputError(`justification must be ${MIN_JUSTIFICATION} to ${MAX_JUSTIFICATION} characters`);
    }
    return this.uow.transaction(async (m) => {
      const { row, caseRow } = await this.visibleProposal(m, principal, proposalId);
      if (row.status !== 'NOT_CLEARED') throw new BadUserInputError('Only a NOT_CLEARED proposal can be overridden');
      this.requireOpenCase(caseRow);
      const key = await this.cases.caseKey(m, caseRow);
      const reference = newClearanceReference();
      await this.repository.override(
        m,
        row.id,
        new RowSealer(key, 'proposal', row.id).seal('override_justification', text),
        principal.sub,
        clearanceReferenceHash(reference),
      );
      await this.factsChanges.record({ kind: 'proposal', id: row.id });
      // An override of a blocking flag is a decision of its own in the log, beside the mutation that made it.
      await this.trail.record({ action: AUDIT_ACTIONS.proposalOverride, resourceType: 'proposal', resourceId: row.id });
      await this.stages.follow(m, key, caseRow, 'PROPOSAL_CLEARED', principal.sub);
      return this.toProposal(m, principal, caseRow, { ...row, status: 'OVERRIDDEN' }, reference);
    });
  }

  async withdraw(principal: Principal, proposalId: string): Promise<Proposal> {
    return this.uow.transaction(async (m) => {
      const { row, caseRow } = await this.visibleProposal(m, principal, proposalId);
      if (row.status === 'WITHDRAWN' || row.status === 'PLACED')
        throw new BadUserInputError(`A ${row.status} proposal cannot be withdrawn`);
      await this.repository.setProposalStatus(m, row.id, 'WITHDRAWN');
      await this.factsChanges.record({ kind: 'proposal', id: row.id });
      return this.toProposal(m, principal, caseRow, { ...row, status: 'WITHDRAWN' });
    });
  }

  /**
   * Checks again at the moment of placing: facts may have changed since the proposal cleared. A cleared
   * proposal that no longer clears is refused; national coordination can then override a new proposal.
   * An overridden proposal is a recorded decision and goes ahead.
   */
  async confirm(principal: Principal, proposalId: string): Promise<Placement> {
    return this.uow.transaction(async (m) => {
      const { row, caseRow } = await this.visibleProposal(m, principal, proposalId);
      if (row.status !== 'CLEARED' && row.status !== 'OVERRIDDEN')
        throw new BadUserInputError('Only a CLEARED or OVERRIDDEN proposal can be placed');
      this.requireOpenCase(caseRow);
      const key = await this.cases.caseKey(m, caseRow);
      const destination = this.destinationOf(key, 'proposal', row);
      await this.lockDestination(m, destination);
      if (row.status === 'CLEARED') {
        const period = { startDate: row.start_date, endDate: row.end_date };
        const check = await this.checking.evaluate(m, caseRow, destination, period, caseViewer(caseRow));
        if (!check.cleared)
          throw new BadUserInputError('The destination no longer clears; the proposal cannot be placed without an override');
      }
      const placement: PlacementRow = {
        id: randomUUID(),
        case_id: caseRow.id,
        proposal_id: row.id,
        municipality_sealed: Buffer.alloc(0),
        housing_type: row.housing_type,
        start_date: row.start_date,
        end_date: row.end_date,
        ended_on: null,
        end_reason: null,
      };
      placement.municipality_sealed = new RowSealer(key, 'placement', placement.id).seal('municipality', destination);
      await this.repository.insertPlacement(m, placement);
      await this.repository.setProposalStatus(m, row.id, 'PLACED');
      // The case moves to PLACED, and its status to ACTIVE with it (lifecycle/case-stages.ts).
      const placedCase = await this.stages.follow(m, key, caseRow, 'PLACEMENT_CONFIRMED', principal.sub);
      // The reservation gives way to the placement.
      await this.factsChanges.record({ kind: 'placement', id: placement.id }, { kind: 'proposal', id: row.id });
      return this.toPlacement(m, placedCase, placement);
    });
  }

  async end(principal: Principal, placementId: string, endedOn: string, reason: PlacementEndReason): Promise<Placement> {
    return this.uow.transaction(async (m) => {
      const row = isUuid(placementId) ? await this.repository.placement(m, placementId, true) : undefined;
      if (!row) throw new NotFoundError('Placement not found');
      const caseRow = await this.cases.visibleRow(m, principal, row.case_id).catch(() => {
        throw new NotFoundError('Placement not found');
      });
      if (row.ended_on) throw new BadUserInputError('The placement has already ended');
      if (endedOn < row.start_date) throw new BadUserInputError('endedOn is before the placement started');
      await this.repository.endPlacement(m, row.id, endedOn, reason);
      await this.factsChanges.record({ kind: 'placement', id: row.id });
      // The last placement ended: the case moves to FOLLOW_UP, its follow-up due six months on.
      await this.stages.follow(m, await this.cases.caseKey(m, caseRow), caseRow, 'PLACEMENTS_ENDED', principal.sub);
      return this.toPlacement(m, caseRow, { ...row, ended_on: endedOn, end_reason: reason });
    });
  }

  async proposalsOf(principal: Principal, caseRow: CaseRow): Promise<Proposal[]> {
    const m = this.uow.manager;
    const rows = await this.repository.proposalsOf(m, caseRow.id);
    return Promise.all(rows.map((row) => this.toProposal(m, principal, caseRow, row)));
  }

  async placementsOf(caseRow: CaseRow): Promise<Placement[]> {
    const m = this.uow.manager;
    const rows = await this.repository.placementsOf(m, caseRow.id);
    return Promise.all(rows.map((row) => this.toPlacement(m, caseRow, row)));
  }
}
