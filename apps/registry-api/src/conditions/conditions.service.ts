import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import { CaseRepository, type CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode } from '../common/input-rules.js';
import { hasVisibleContent, requirePlainText } from '../common/plain-text.js';
import { parseInputDate } from '../common/scalars.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { ErasedDataError } from '../protection/erased-data.error.js';
import { RowSealer } from '../protection/sealer.js';
import { CaseAccessService } from '../teams/case-access.service.js';
import { TeamRepository, type TeamRole } from '../teams/team.repository.js';
import { ConditionStore, type ComplianceRow, type ConditionRow, type ReviewRow } from './condition.store.js';
import type { AddConditionInput, RecordComplianceInput } from './dto/condition.inputs.js';
import {
  SHOWN_COMPLIANCE_RECORDS,
  SHOWN_REVIEWS,
  type Condition,
  type ConditionCompliance,
  type ConditionReview,
} from './models/condition.models.js';

/** What a condition says, sealed together: the areas are places the household must not be seen near. */
interface ConditionTerms {
  areas: string[];
  description: string | null;
}

const DEFAULT_NOTIFY: readonly TeamRole[] = ['RESPONSIBLE_OFFICER', 'LOCAL_COORDINATOR'];
const MIN_TEXT = 3;
const MAX_REVIEWS = 100;
/** Most conditions one case holds, ended ones included: a signed contract is a page, not a book. */
export const MAX_CONDITIONS_PER_CASE = 20;

/** Trimmed free text of at least MIN_TEXT visible characters (the DTO already bounds the length). */
function requireText(value: string, field: string): string {
  requirePlainText(value, field, { multiline: true });
  const trimmed = value.trim();
  if (trimmed.length < MIN_TEXT || !hasVisibleContent(trimmed))
    throw new BadUserInputError(`${field} must be at least ${MIN_TEXT} characters`);
  return trimmed;
}

function optionalText(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requireText(value, field);
}

/** Conditions a defector signed: recorded, observed and ended by whoever reads the case's details. */
@Injectable()
export class ConditionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly store: ConditionStore,
    private readonly municipalities: MunicipalitiesService,
    private readonly access: CaseAccessService,
    private readonly teams: TeamRepository,
  ) {}

  // ---- reading -------------------------------------------------------------------------------------------

  private municipality(code: string): Municipality {
    const found = this.municipalities.find(code);
    if (!found) throw new Error('sealed municipality code is not a known municipality');
    return found;
  }

  private notifyOf(key: DataKey, row: ConditionRow): TeamRole[] {
    return JSON.parse(new RowSealer(key, 'case_condition', row.id).open('notify', row.notify_sealed)) as TeamRole[];
  }

  private toCompliance(key: DataKey, row: ComplianceRow): ConditionCompliance {
    const sealer = new RowSealer(key, 'condition_compliance', row.id);
    return {
      id: row.id,
      compliance: row.compliance,
      observedOn: row.observed_on,
      note: sealer.openOptional('note', row.note_sealed),
      recordedBy: sealer.open('recorded_by', row.recorded_by_sealed),
      recordedAt: row.recorded_at,
    };
  }

  private toReview(key: DataKey, caseRow: CaseRow, condition: ConditionRow, breach: ComplianceRow, row: ReviewRow): ConditionReview {
    const sealer = new RowSealer(key, 'condition_review', row.id);
    return {
      id: row.id,
      caseId: caseRow.id,
      caseReference: caseRow.reference,
      conditionId: condition.id,
      conditionKind: condition.kind,
      notify: this.notifyOf(key, condition),
      breach: this.toCompliance(key, breach),
      raisedAt: row.raised_at,
      closedAt: row.closed_at,
      closedBy: sealer.openOptional('closed_by', row.closed_by_sealed),
      decision: sealer.openOptional('decision', row.decision_sealed),
    };
  }

  /** Every condition of a case, with its compliance and reviews: for a caller already admitted to its details. */
  async ofCase(m: EntityManager, caseRow: CaseRow, key: DataKey): Promise<Condition[]> {
    const conditions = await this.store.conditionsOf(m, caseRow.id);
    const compliance = await this.store.complianceOf(m, caseRow.id);
    const reviews = await this.store.reviewsOf(m, caseRow.id);
    const byId = new Map(compliance.map((c) => [c.id, c]));
    return conditions.map((row) => {
      const sealer = new RowSealer(key, 'case_condition', row.id);
      const terms = JSON.parse(sealer.open('terms', row.terms_sealed)) as ConditionTerms;
      // complianceOf orders by the day observed, so the last is the latest observation.
      const observed = compliance.filter((c) => c.condition_id === row.id);
      const latest = observed[observed.length - 1];
      const raised = reviews.filter((r) => r.condition_id === row.id);
      return {
        id: row.id,
        kind: row.kind,
        areas: terms.areas.map((code) => this.municipality(code)),
        description: terms.description,
        breachRule: sealer.open('breach_rule', row.breach_rule_sealed),
        notify: this.notifyOf(key, row),
        signedOn: row.signed_on,
        addedBy: sealer.open('added_by', row.added_by_sealed),
        endedOn: row.ended_on,
        endReason: sealer.openOptional('end_reason', row.end_reason_sealed),
        currentCompliance: latest?.compliance ?? null,
        complianceCount: observed.length,
        compliance: observed.slice(-SHOWN_COMPLIANCE_RECORDS).map((c) => this.toCompliance(key, c)),
        reviews: raised.slice(-SHOWN_REVIEWS).map((r) => this.toReview(key, caseRow, row, byId.get(r.compliance_id) as ComplianceRow, r)),
      };
    });
  }

  /** Case.conditions: the case's details are asked for again, so the field never outruns the rule. */
  async listForCase(principal: Principal, caseId: string): Promise<Condition[]> {
    const m = this.uow.manager;
    const row = await this.cases.visibleRow(m, principal, caseId);
    return this.ofCase(m, row, await this.cases.caseKey(m, row));
  }

  private async one(m: EntityManager, caseRow: CaseRow, key: DataKey, id: string): Promise<Condition> {
    const found = (await this.ofCase(m, caseRow, key)).find((c) => c.id === id);
    if (!found) throw new NotFoundError('Condition not found');
    return found;
  }

  /** A condition the caller reads the details of (through its case), locked; else exactly as a missing one. */
  private async visibleCondition(m: EntityManager, principal: Principal, id: string) {
    const condition = isUuid(id) ? await this.store.condition(m, id.toLowerCase(), true) : undefined;
    if (!condition) throw new NotFoundError('Condition not found');
    let caseRow: CaseRow;
    try {
      caseRow = await this.cases.visibleRow(m, principal, condition.case_id, true);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('Condition not found');
      throw error;
    }
    return { condition, caseRow, key: await this.cases.caseKey(m, caseRow) };
  }

  // ---- writing -------------------------------------------------------------------------------------------

  async add(principal: Principal, caseId: string, input: AddConditionInput): Promise<Condition> {
    const today = todayInSweden();
    const signedOn = parseInputDate(input.signedOn);
    if (signedOn > today) throw new BadUserInputError('signedOn is after today');
    const codes = input.areaMunicipalityCodes ?? [];
    if (input.kind === 'STAY_AWAY_FROM_AREA' && codes.length === 0)
      throw new BadUserInputError('areaMunicipalityCodes must name at least one municipality for STAY_AWAY_FROM_AREA');
    if (input.kind !== 'STAY_AWAY_FROM_AREA' && codes.length > 0)
      throw new BadUserInputError('areaMunicipalityCodes is for STAY_AWAY_FROM_AREA only');
    codes.forEach((code) => requireMunicipalityCode(code, 'areaMunicipalityCodes'));
    const description = optionalText(input.description, 'description');
    if (input.kind === 'OTHER' && description === null) throw new BadUserInputError('description is required for OTHER');
    const breachRule = requireText(input.breachRule, 'breachRule');
    // The responsible officer answers for the case: always told of a breach.
    const notify = ['RESPONSIBLE_OFFICER' as TeamRole, ...(input.notify ?? DEFAULT_NOTIFY).filter((r) => r !== 'RESPONSIBLE_OFFICER')];
    return this.uow.transaction(async (m) => {
      const caseRow = await this.cases.visibleRow(m, principal, caseId, true);
      this.cases.requireOpen(caseRow);
      if ((await this.store.countOf(m, caseRow.id)) >= MAX_CONDITIONS_PER_CASE)
        throw new BadUserInputError(`A case holds at most ${MAX_CONDITIONS_PER_CASE} conditions`);
      const key = await this.cases.caseKey(m, caseRow);
      const id = randomUUID();
      const sealer = new RowSealer(key, 'case_condition', id);
      const terms: ConditionTerms = { areas: codes, description };
      await this.store.insertCondition(m, {
        id,
        case_id: caseRow.id,
        kind: input.kind,
        terms_sealed: sealer.seal('terms', JSON.stringify(terms)),
        breach_rule_sealed: sealer.seal('breach_rule', breachRule),
        notify_sealed: sealer.seal('notify', JSON.stringify(notify)),
        signed_on: signedOn,
        added_by_sealed: sealer.seal('added_by', principal.sub),
      });
      return this.one(m, caseRow, key, id);
    });
  }

  /** A BREACHED observation (or one marked raiseReview) raises a review for the case's team in the same transaction. */
  async recordCompliance(principal: Principal, conditionId: string, input: RecordComplianceInput): Promise<Condition> {
    const today = todayInSweden();
    const observedOn = parseInputDate(input.observedOn);
    if (observedOn > today) throw new BadUserInputError('observedOn is after today');
    const note = optionalText(input.note, 'note');
    return this.uow.transaction(async (m) => {
      const { condition, caseRow, key } = await this.visibleCondition(m, principal, conditionId);
      this.cases.requireOpen(caseRow);
      if (observedOn < condition.signed_on) throw new BadUserInputError('observedOn is before the condition was signed');
      if (condition.ended_on !== null && observedOn > condition.ended_on)
        throw new BadUserInputError('observedOn is after the condition ended');
      const id = randomUUID();
      const sealer = new RowSealer(key, 'condition_compliance', id);
      await this.store.insertCompliance(m, {
        id,
        condition_id: condition.id,
        case_id: caseRow.id,
        compliance: input.compliance,
        observed_on: observedOn,
        note_sealed: sealer.sealOptional('note', note),
        recorded_by_sealed: sealer.seal('recorded_by', principal.sub),
      });
      if (input.compliance === 'BREACHED' || input.raiseReview === true)
        await this.store.insertReview(m, randomUUID(), caseRow.id, condition.id, id);
      return this.one(m, caseRow, key, condition.id);
    });
  }

  async end(principal: Principal, conditionId: string, endedOn: string | null | undefined, reason: string): Promise<Condition> {
    const today = todayInSweden();
    const on = endedOn ? parseInputDate(endedOn) : today;
    if (on > today) throw new BadUserInputError('endedOn is after today');
    const why = requireText(reason, 'reason');
    return this.uow.transaction(async (m) => {
      const { condition, caseRow, key } = await this.visibleCondition(m, principal, conditionId);
      if (condition.ended_on !== null) throw new BadUserInputError('The condition has already ended');
      if (on < condition.signed_on) throw new BadUserInputError('endedOn is before the condition was signed');
      const sealer = new RowSealer(key, 'case_condition', condition.id);
      await this.store.end(m, condition.id, on, sealer.seal('ended_by', principal.sub), sealer.seal('end_reason', why));
      return this.one(m, caseRow, key, condition.id);
    });
  }

  async closeReview(principal: Principal, reviewId: string, decision: string): Promise<ConditionReview> {
    const why = requireText(decision, 'decision');
    return this.uow.transaction(async (m) => {
      const review = isUuid(reviewId) ? await this.store.review(m, reviewId.toLowerCase(), true) : undefined;
      if (!review) throw new NotFoundError('Review not found');
      let caseRow: CaseRow;
      try {
        caseRow = await this.cases.visibleRow(m, principal, review.case_id, true);
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError('Review not found');
        throw error;
      }
      if (review.closed_at !== null) throw new BadUserInputError('The review is already closed');
      const key = await this.cases.caseKey(m, caseRow);
      const sealer = new RowSealer(key, 'condition_review', review.id);
      await this.store.closeReview(m, review.id, sealer.seal('closed_by', principal.sub), sealer.seal('decision', why));
      const condition = (await this.ofCase(m, caseRow, key)).find((c) => c.id === review.condition_id);
      const closed = condition?.reviews.find((r) => r.id === review.id);
      if (!closed) throw new Error('closed review vanished');
      return closed;
    });
  }

  /**
   * The reviews the caller is told of: national coordination all; a regional officer those of cases of their
   * region where they are on the team in a role the condition names (a break-glass reader is not told; they
   * see the reviews under Case.conditions while their access lasts).
   */
  async reviews(principal: Principal, open: boolean | null): Promise<ConditionReview[]> {
    const m = this.uow.manager;
    const national = hasRole(principal, 'POLICE_NATIONAL');
    const region = national ? null : (principal.policeRegion ?? null);
    if (!national && !region) return [];
    const rows = await this.store.reviews(m, region, open, MAX_REVIEWS);
    const token = this.access.officerToken(principal.sub);
    const out: ConditionReview[] = [];
    const opened = new Map<
      string,
      { caseRow: CaseRow; key: DataKey; conditions: Map<string, ConditionRow>; compliance: Map<string, ComplianceRow> }
    >();
    for (const row of rows) {
      let found = opened.get(row.case_id);
      if (!found) {
        // The verified case row decides the region, not the join that found the review.
        const caseRow = await this.caseRows.find(m, row.case_id);
        if (!caseRow || (!national && caseRow.region !== region)) continue;
        let key: DataKey;
        try {
          key = await this.cases.caseKey(m, caseRow);
        } catch (error) {
          if (error instanceof ErasedDataError) continue;
          throw error;
        }
        found = {
          caseRow,
          key,
          conditions: new Map((await this.store.conditionsOf(m, caseRow.id)).map((c) => [c.id, c])),
          compliance: new Map((await this.store.complianceOf(m, caseRow.id)).map((c) => [c.id, c])),
        };
        opened.set(row.case_id, found);
      }
      const condition = found.conditions.get(row.condition_id);
      const breach = found.compliance.get(row.compliance_id);
      if (!condition || !breach) continue;
      if (!national) {
        const notify = this.notifyOf(found.key, condition);
        const roles = (await this.teams.currentMembers(m, row.case_id)).filter((t) => t.officer_token.equals(token)).map((t) => t.role);
        if (!roles.some((role) => notify.includes(role))) continue;
      }
      out.push(this.toReview(found.key, found.caseRow, condition, breach, row));
    }
    return out;
  }
}
