import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkPrepared,
  defaultPeriod,
  prepareHousehold,
  PreparedHouseholds,
  rankPrepared,
  redactCheck,
  type CheckContext,
  type CheckOptions,
  type DestinationCheck,
  type HouseholdFacts,
  type NationalFacts,
  type Period,
  type Viewer,
} from '@registry/checker';
import { hasRole, type Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import type { CaseRow } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { todayInSweden } from '../common/calendar.js';
import { BadUserInputError } from '../common/errors.js';
import { requireMunicipalityCode } from '../common/input-rules.js';
import { requirePlanningPeriod } from '../common/planning-period.js';
import type { AppConfig } from '../config/configuration.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import { Metrics } from '../observability/metrics.js';
import { FactsLoader } from './facts.loader.js';
import { flagOf } from './flag.resolver.js';
import { swedishGeography } from './geography.provider.js';
import type { CheckResult } from './models/check-result.model.js';

export const MAX_RANK_LIMIT = 290;

/**
 * Prepared households kept per national facts object (one per version and view): a case checked again, or
 * ranked after its checks, reuses its household's side and the places already worked out.
 */
const PREPARED_PER_FACTS = 256;

/** Who is looking: national coordination sees every cause, a regional unit its own region's in full. */
export function viewerOf(principal: Principal): Viewer {
  return { national: hasRole(principal, 'POLICE_NATIONAL'), region: principal.policeRegion };
}

/**
 * The household's own view: its case region's. Every verdict that outlives the request (a proposal's status,
 * a placement's alerts, a municipality's clearance) is judged in it, so that what the region later reads
 * never depends on where another region's household is exactly.
 */
export function caseViewer(row: CaseRow): Viewer {
  return { national: false, region: row.region };
}

/** Runs the pure checker on a snapshot the loader builds, and shapes its answer for one caller. */
@Injectable()
export class CheckingService {
  private readonly prepared = new PreparedHouseholds(PREPARED_PER_FACTS);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly facts: FactsLoader,
    private readonly cases: CasesService,
    private readonly municipalities: MunicipalitiesService,
    private readonly metrics: Metrics,
  ) {}

  /** The period a caller asks about, defaults filled in, under the same rule as a proposal's. */
  period(startDate?: string | null, endDate?: string | null): Period {
    const today = todayInSweden();
    return requirePlanningPeriod(defaultPeriod(today, startDate, endDate), today);
  }

  /** The verdict for one destination, unredacted: callers redact or reduce it before it leaves. */
  async evaluate(
    m: EntityManager,
    row: CaseRow,
    destination: string,
    period: Period,
    viewer: Viewer,
    caseKey?: DataKey,
  ): Promise<DestinationCheck> {
    requireMunicipalityCode(destination);
    const today = todayInSweden();
    const { household, national } = await this.facts.snapshot(m, row, today, viewer, caseKey);
    const options = { today, nearbyRadiusKm: this.config.nearbyRadiusKm };
    return this.metrics.timeChecker('check', () => checkPrepared(this.prepare(household, national, period, options), destination));
  }

  /** The household prepared for checks: a kept context when it may be shared (see PreparedHouseholds), else a new one. */
  private prepare(household: HouseholdFacts, national: NationalFacts, period: Period, options: CheckOptions): CheckContext {
    if (!this.facts.mayShare()) return prepareHousehold(household, national, swedishGeography, period, options);
    return this.prepared.prepare(household, national, swedishGeography, period, options);
  }

  toResult(check: DestinationCheck, principal: Principal, checkedAt = new Date()): CheckResult {
    const redacted = redactCheck(check, viewerOf(principal));
    return {
      municipality: this.municipalities.find(check.municipalityCode) as CheckResult['municipality'],
      cleared: redacted.cleared,
      flags: redacted.flags.map(flagOf),
      checkedAt,
    };
  }

  async check(
    principal: Principal,
    caseId: string,
    destination: string,
    startDate?: string | null,
    endDate?: string | null,
  ): Promise<CheckResult> {
    requireMunicipalityCode(destination);
    const period = this.period(startDate, endDate);
    const m = this.uow.manager;
    const { row, key } = await this.cases.visibleRowWithKey(m, principal, caseId);
    return this.toResult(await this.evaluate(m, row, destination, period, viewerOf(principal), key), principal);
  }

  async rank(
    principal: Principal,
    caseId: string,
    startDate: string | null | undefined,
    endDate: string | null | undefined,
    limit: number,
  ): Promise<CheckResult[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RANK_LIMIT)
      throw new BadUserInputError(`limit must be from 1 to ${MAX_RANK_LIMIT}`);
    const period = this.period(startDate, endDate);
    const m = this.uow.manager;
    const { row, key } = await this.cases.visibleRowWithKey(m, principal, caseId);
    const today = todayInSweden();
    const { household, national } = await this.facts.snapshot(m, row, today, viewerOf(principal), key);
    // All 290 are ordered; only the first `limit` are checked in full (and worded, and redacted).
    const options = { today, nearbyRadiusKm: this.config.nearbyRadiusKm };
    const ranked = this.metrics.timeChecker('rank', () => rankPrepared(this.prepare(household, national, period, options), limit));
    const checkedAt = new Date();
    return ranked.map((check) => this.toResult(check, principal, checkedAt));
  }
}
