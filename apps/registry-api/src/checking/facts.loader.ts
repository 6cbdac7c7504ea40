import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { areaView, NationalFactsIndex, type HouseholdFacts, type NationalFacts, type Viewer } from '@registry/checker';
import type { DataKey } from '@registry/crypto';
import { privacyAreaOf, type PoliceRegion } from '@registry/geo';
import type { CaseRow } from '../cases/case.repository.js';
import { ActualAreasService } from '../actual-areas/actual-areas.service.js';
import { CaseRepository } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { ForbiddenError } from '../common/errors.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { ConsentStore, consentFacts } from '../consents/consent.store.js';
import { LinkRequestRepository } from '../persons/link-request.repository.js';
import { PersonRepository } from '../persons/person.repository.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import { FactsReader } from './facts.reader.js';
import { FactsRepository } from './facts.repository.js';
import { HouseholdCache } from './household-cache.js';

const areaOf = (code: string): readonly string[] => privacyAreaOf(code)?.codes ?? [code];

/** Enough for every case a busy instance works on: ten times today's national scale has 2,500 open cases. */
const MAX_CACHED_HOUSEHOLDS = 5000;
/** More changes than this since the cached version and a full load is the cheaper way to catch up. */
const MAX_CHANGES_APPLIED = 2000;

interface LoadedFacts {
  readonly version: number;
  readonly today: string;
  readonly index: NationalFactsIndex;
  /** Each region's view (areaView), made when first asked for at this version. */
  readonly regional: Map<PoliceRegion, NationalFacts>;
}

/** How this instance has kept its facts current: for the benchmarks and the logs. */
export interface FactsLoaderStats {
  fullLoads: number;
  /** Catch-ups by applying the logged changes. */
  increments: number;
  changesApplied: number;
  lastFullLoadMs: number;
}

/**
 * Builds the checker's snapshot. The national part is decrypted once and kept in this process's memory only
 * (never written back anywhere), under the facts version it was read at. Every write bumps the version in
 * the database and logs what it changed (FactsChanges), so every instance notices with one cheap query per
 * check, and catches up by reading and decrypting just the changed rows: applying them to its facts
 * (NationalFactsIndex.apply), making regional views anew (one pass each), and dropping only the cached
 * households the changes touched. It reloads the country only when it has none, on a new day (reservations
 * expire by date), when the log cannot say what changed (pruned, too long, or a bump that named nothing,
 * such as `keys shred-case`).
 */
@Injectable()
export class FactsLoader {
  private readonly logger = new Logger('FactsLoader');
  private current: LoadedFacts | undefined;
  /** Loads and catch-ups under way, by day and version: concurrent requests share one. */
  private readonly pending = new Map<string, Promise<LoadedFacts>>();
  private readonly households = new HouseholdCache(MAX_CACHED_HOUSEHOLDS);
  readonly stats: FactsLoaderStats = { fullLoads: 0, increments: 0, changesApplied: 0, lastFullLoadMs: 0 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly reader: FactsReader,
    private readonly repository: FactsRepository,
    private readonly factsChanges: FactsChanges,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly links: LinkRequestRepository,
    private readonly consents: ConsentStore,
    private readonly personRows: PersonRepository,
    private readonly keys: DataKeysService,
    private readonly actualAreas: ActualAreasService,
  ) {}

  /** Each member's birth year (who must sign a consent), opened from the person's own sealed field. */
  private async birthYears(m: EntityManager, personIds: readonly string[]): Promise<Map<string, number | null>> {
    const years = new Map<string, number | null>();
    for (const person of await this.personRows.findMany(m, [...personIds])) {
      const year = new RowSealer(await this.keys.get(m, person.data_key_id), 'person', person.id).openOptional(
        'birth_year',
        person.birth_year_sealed,
      );
      years.set(person.id, year === null ? null : Number(year));
    }
    return years;
  }

  /** The national facts at the current version (or later). */
  async national(today: string): Promise<NationalFacts> {
    return (await this.at(await this.factsChanges.currentVersion(), today)).index.facts;
  }

  /** The national facts read and decrypted from scratch, kept nowhere: what the incremental ones must equal. */
  async loadedAfresh(today: string): Promise<NationalFacts> {
    return NationalFactsIndex.build(await this.reader.everything(this.uow.manager, today)).facts;
  }

  /** National coordination's exact facts, or a region's view of them in which other regions' households are areas. */
  private viewFor(loaded: LoadedFacts, viewer: Viewer): NationalFacts {
    if (viewer.national) return loaded.index.facts;
    // A regional view needs a region: without one there is nobody whose households could be shown exactly.
    if (viewer.region === undefined) throw new ForbiddenError();
    let view = loaded.regional.get(viewer.region);
    if (!view) {
      view = areaView(loaded.index.facts, { region: viewer.region, areaOf });
      loaded.regional.set(viewer.region, view);
    }
    return view;
  }

  /**
   * Everything one check needs, at the facts version read now or later. Every write to a household
   * (assessments, affiliations, conflicts, holds, closing) is logged too, so a household read at a version
   * is good until a logged change touches it; the case key is fetched first, so an erased household is
   * refused, never served.
   */
  async snapshot(
    m: EntityManager,
    row: CaseRow,
    today: string,
    viewer: Viewer,
    caseKey?: DataKey,
  ): Promise<{ household: HouseholdFacts; national: NationalFacts }> {
    const version = await this.factsChanges.currentVersion();
    // A key the caller read with the case row (CasesService.visibleRowWithKey) was checked in this transaction.
    const key = caseKey ?? (await this.cases.caseKey(m, row));
    const national = this.viewFor(await this.at(version, today), viewer);
    const cached = this.households.get(row.id, version);
    if (cached) return { household: cached, national };
    const household = await this.household(m, row, key);
    // A transaction that wrote facts reads its own uncommitted writes: nobody else may be served them.
    if (this.mayShare()) this.households.set(row.id, version, household);
    return { household, national };
  }

  /**
   * Whether what `snapshot` gives this request may be kept for others: not in a transaction that wrote facts,
   * which reads its own uncommitted writes.
   */
  mayShare(): boolean {
    return !this.factsChanges.wroteInThisTransaction();
  }

  /** Facts at `version` or later for `today`: the cached ones, or brought up to date. */
  private async at(version: number, today: string): Promise<LoadedFacts> {
    const current = this.current;
    // Later facts than the request read are still committed facts, and what its next statement would see.
    if (current && current.today === today && current.version >= version) return current;
    if (this.factsChanges.wroteInThisTransaction()) return this.advance(current, version, today, false);
    const key = `${today}:${version}`;
    const shared = this.pending.get(key);
    if (shared) {
      // Another request's catch-up runs on its connection; if that fails, this request tries on its own.
      return shared.catch(() => this.advance(this.current, version, today, true));
    }
    const mine = this.advance(current, version, today, true).finally(() => this.pending.delete(key));
    this.pending.set(key, mine);
    return mine;
  }

  /** Catches `from` up to `version` from the change log, or loads the country when the log cannot say. */
  private async advance(from: LoadedFacts | undefined, version: number, today: string, keep: boolean): Promise<LoadedFacts> {
    const m = this.uow.manager;
    if (from && from.today === today && from.version < version) {
      const since = await this.factsChanges.since(from.version, version, MAX_CHANGES_APPLIED);
      const unknown = since.complete && since.changes.some((change) => change.kind === 'unknown');
      if (since.complete && !unknown) {
        const { delta, cases, persons } = await this.reader.changed(m, today, from.index, since.changes);
        const next: LoadedFacts = { version, today, index: from.index.apply(delta), regional: new Map() };
        if (keep && this.keep(next)) {
          this.households.advance(from.version, version, cases, persons);
          this.stats.increments += 1;
          this.stats.changesApplied += since.changes.length;
        }
        return next;
      }
      this.logger.debug(
        `Reloading the facts in full: ${unknown ? 'a change the log does not describe' : (since as { reason: string }).reason}`,
      );
    }
    // Yesterday's facts serve nobody from now on (reservations expire by date): let them go before the new
    // load, so that the two are never held at once.
    if (keep && this.current && this.current.today !== today) this.current = undefined;
    const started = performance.now();
    const next: LoadedFacts = {
      version,
      today,
      index: NationalFactsIndex.build(await this.reader.everything(m, today)),
      regional: new Map(),
    };
    if (keep && this.keep(next)) {
      // What changed is not known: every cached household may be stale (or erased).
      this.households.clear();
      this.stats.fullLoads += 1;
      this.stats.lastFullLoadMs = performance.now() - started;
    }
    return next;
  }

  /** Makes `next` the current facts if it is for another day (days only move on) or a later version. */
  private keep(next: LoadedFacts): boolean {
    const current = this.current;
    if (current && current.today === next.today && current.version >= next.version) return false;
    this.current = next;
    return true;
  }

  /** The case's household and assessments, decrypted for checks only (with the case key, if the caller has just fetched it). */
  async household(m: EntityManager, row: CaseRow, caseKey?: DataKey): Promise<HouseholdFacts> {
    const key = caseKey ?? (await this.cases.caseKey(m, row));
    const members = await this.repository.members(m, row.id);
    const personIds = members.map((member) => member.person_id);
    const affiliations = await this.repository.affiliationsOfPersons(m, personIds);
    const conflicts = await this.repository.conflictsOfPersons(m, personIds);
    const { threat, placement } = await this.caseRows.latestAssessments(m, row.id);
    const approvedActors = await this.links.approvedThreatActorIds(m, row.id);
    const lists = placement ? this.cases.openPlacementLists(key, placement) : undefined;
    const birthYears = await this.birthYears(m, personIds);
    const consents = (await this.consents.ofCase(m, key, row.id)).map(consentFacts);
    const areas = await this.actualAreas.factsOf(m, personIds);
    return {
      caseId: row.id,
      region: row.region,
      homeMunicipalityCode: this.cases.homeMunicipalityCode(key, row),
      members: members.map((member) => ({
        personId: member.person_id,
        kind: member.kind,
        surveillanceHold: member.surveillance_hold,
        birthYear: birthYears.get(member.person_id) ?? null,
        actualAreas: areas.get(member.person_id) ?? [],
        affiliations: affiliations
          .filter((a) => a.personId === member.person_id)
          .map((a) => ({ networkId: a.networkId, role: a.role, confidence: a.confidence, validFrom: a.validFrom, validTo: a.validTo })),
        conflicts: conflicts
          .filter((c) => c.personId === member.person_id || c.otherPersonId === member.person_id)
          .map((c) => ({
            otherPersonId: c.personId === member.person_id ? c.otherPersonId : c.personId,
            kind: c.kind,
            ...(c.scope ? { scope: c.scope } : {}),
            ...(c.reviewDue ? { reviewDue: c.reviewDue } : {}),
          })),
      })),
      eligibility: {
        meetsDefinition: row.meets_definition,
        motivated: row.motivated,
        consentToInformationExchange: row.consent_to_information_exchange,
        signedConditions: row.signed_conditions,
        evidencePerson: row.evidence_person,
      },
      threatAssessment: threat
        ? {
            level: threat.level,
            reach: threat.reach,
            relocationRequired: threat.relocation_required,
            threatActorIds: [...new Set([...threat.threat_actor_ids, ...approvedActors])],
            threatNetworkIds: threat.threat_network_ids,
            assessedOn: threat.assessed_on,
            reviewDue: threat.review_due,
          }
        : null,
      placementAssessment:
        placement && lists
          ? {
              unsuitable: lists.unsuitable.map((u) => ({ municipalityCode: u.code, reason: u.reason })),
              suitableCodes: lists.suitable,
              minDistanceFromHomeKm: placement.min_distance_from_home_km,
              assessedOn: placement.assessed_on,
              reviewDue: placement.review_due,
            }
          : null,
      consents,
    };
  }
}
