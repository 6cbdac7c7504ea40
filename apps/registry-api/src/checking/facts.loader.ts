import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  areaView,
  buildNationalFacts,
  type Viewer,
  type HouseholdFacts,
  type KnownLocationFact,
  type NationalFacts,
  type OccupancyFact,
  type PresenceFact,
} from '@registry/checker';
import type { DataKey } from '@registry/crypto';
import type { CaseRow } from '../cases/case.repository.js';
import { CaseRepository } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import { privacyAreaOf } from '@registry/geo';
import { ForbiddenError } from '../common/errors.js';
import { LinkRequestRepository } from '../persons/link-request.repository.js';
import { FactsRepository, type SealedPlaceRow } from './facts.repository.js';

const areaOf = (code: string): readonly string[] => privacyAreaOf(code)?.codes ?? [code];

/** Enough for every case a busy instance works on within one facts version. */
const MAX_CACHED_HOUSEHOLDS = 1000;

interface CachedNationalFacts {
  version: number;
  today: string;
  facts: NationalFacts;
  /** Each region's view (areaView), made when first asked for at this version. */
  regional: Map<string, NationalFacts>;
}

/**
 * Builds the checker's snapshot. The national part is decrypted once per facts version and kept in this
 * process's memory only (never written back anywhere); every write bumps the version in the database, so
 * every instance notices with one cheap query per check.
 */
@Injectable()
export class FactsLoader {
  private cached: CachedNationalFacts | undefined;
  private loading: Promise<CachedNationalFacts> | undefined;
  /** Households recently checked, by case, each valid for the facts version it was read at. */
  private readonly households = new Map<string, { version: number; facts: HouseholdFacts }>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: FactsRepository,
    private readonly keys: DataKeysService,
    private readonly factsChanges: FactsChanges,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly links: LinkRequestRepository,
  ) {}

  async national(today: string): Promise<NationalFacts> {
    return (await this.nationalAt(await this.factsChanges.currentVersion(), today)).facts;
  }

  /** National coordination's exact facts, or a region's view of them in which other regions' households are areas. */
  private viewFor(cached: CachedNationalFacts, viewer: Viewer): NationalFacts {
    if (viewer.national) return cached.facts;
    // A regional view needs a region: without one there is nobody whose households could be shown exactly.
    if (viewer.region === undefined) throw new ForbiddenError();
    let view = cached.regional.get(viewer.region);
    if (!view) {
      view = areaView(cached.facts, { region: viewer.region, areaOf });
      cached.regional.set(viewer.region, view);
    }
    return view;
  }

  /**
   * Everything one check needs, read at one facts version. Every write to a household (assessments,
   * affiliations, conflicts, holds, closing) bumps the version too, so a household read at the current
   * version is current; the case key is fetched first, so an erased household is refused, never served.
   */
  async snapshot(
    m: EntityManager,
    row: CaseRow,
    today: string,
    viewer: Viewer,
  ): Promise<{ household: HouseholdFacts; national: NationalFacts }> {
    const version = await this.factsChanges.currentVersion();
    await this.cases.caseKey(m, row);
    const national = this.viewFor(await this.nationalAt(version, today), viewer);
    const cached = this.households.get(row.id);
    if (cached && cached.version === version) return { household: cached.facts, national };
    const household = await this.household(m, row);
    this.households.delete(row.id);
    this.households.set(row.id, { version, facts: household });
    // A Map keeps insertion order: drop the oldest beyond the bound.
    if (this.households.size > MAX_CACHED_HOUSEHOLDS) this.households.delete(this.households.keys().next().value as string);
    return { household, national };
  }

  private async nationalAt(version: number, today: string): Promise<CachedNationalFacts> {
    if (this.cached && this.cached.version === version && this.cached.today === today) return this.cached;
    // Versions are never reused (a sequence), and every write bumps the version after writing, so what a
    // load sees at version V is what V means even inside a transaction: it may be cached under V.
    // Loads outside a transaction are shared by concurrent requests; inside one they use its connection.
    const loaded = this.uow.inTransaction ? await this.load(version, today) : await this.sharedLoad(version, today);
    if (!this.cached || loaded.version >= this.cached.version) this.cached = loaded;
    return loaded;
  }

  private sharedLoad(version: number, today: string): Promise<CachedNationalFacts> {
    this.loading ??= this.load(version, today).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private openPlaces(key: DataKey, table: string, rows: SealedPlaceRow[]): { row: SealedPlaceRow; code: string }[] {
    return rows.map((row) => ({ row, code: new RowSealer(key, table, row.id).open('municipality', row.municipality_sealed) }));
  }

  private async load(version: number, today: string): Promise<CachedNationalFacts> {
    const m = this.uow.manager;
    const intelligence = await this.keys.networkIntelligence(m);
    const [networks, relations, presenceRows, locationRows, affiliations, personalConflicts, occupancyRows, personRegions] = [
      await this.repository.networks(m),
      await this.repository.relations(m),
      await this.repository.presences(m),
      await this.repository.knownLocations(m),
      await this.repository.affiliations(m),
      await this.repository.conflicts(m),
      await this.repository.occupancies(m, today),
      await this.repository.locatedPersonScopes(m),
    ];
    const presences: PresenceFact[] = this.openPlaces(intelligence, 'network_presence', presenceRows).map(({ row, code }) => ({
      networkId: row.owner_id,
      municipalityCode: code,
      confidence: row.confidence ?? 'POSSIBLE',
      validFrom: row.valid_from,
      validTo: row.valid_to,
    }));
    const knownLocations: KnownLocationFact[] = this.openPlaces(intelligence, 'known_location', locationRows).map(({ row, code }) => ({
      personId: row.owner_id,
      municipalityCode: code,
      validFrom: row.valid_from,
      validTo: row.valid_to,
    }));
    const occupancies: OccupancyFact[] = [];
    for (const row of occupancyRows) {
      const key = await this.keys.getReadAsLive(m, row.data_key_id);
      const table = row.kind === 'PLACEMENT' ? 'placement' : 'proposal';
      occupancies.push({
        id: row.id,
        caseId: row.case_id,
        region: row.region,
        personIds: row.person_ids,
        municipalityCode: new RowSealer(key, table, row.id).open('municipality', row.municipality_sealed),
        startDate: row.start_date,
        endDate: row.end_date,
        kind: row.kind,
      });
    }
    const facts = buildNationalFacts({
      networks,
      relations,
      presences,
      knownLocations,
      affiliations,
      occupancies,
      personalConflicts,
      personRegions,
    });
    return { version, today, facts, regional: new Map() };
  }

  /** The case's household and assessments, decrypted for this check only. */
  async household(m: EntityManager, row: CaseRow): Promise<HouseholdFacts> {
    const key = await this.cases.caseKey(m, row);
    const members = await this.repository.members(m, row.id);
    const personIds = members.map((member) => member.person_id);
    const affiliations = await this.repository.affiliations(m, personIds);
    const conflicts = await this.repository.conflicts(m, personIds);
    const threat = await this.caseRows.latestThreatAssessment(m, row.id);
    const placement = await this.caseRows.latestPlacementAssessment(m, row.id);
    const approvedActors = await this.links.approvedThreatActorIds(m, row.id);
    const lists = placement ? this.cases.openPlacementLists(key, placement) : undefined;
    return {
      caseId: row.id,
      region: row.region,
      homeMunicipalityCode: this.cases.homeMunicipalityCode(key, row),
      members: members.map((member) => ({
        personId: member.person_id,
        kind: member.kind,
        surveillanceHold: member.surveillance_hold,
        affiliations: affiliations
          .filter((a) => a.personId === member.person_id)
          .map((a) => ({ networkId: a.networkId, role: a.role, confidence: a.confidence, validFrom: a.validFrom, validTo: a.validTo })),
        conflicts: conflicts
          .filter((c) => c.personId === member.person_id || c.otherPersonId === member.person_id)
          .map((c) => ({ otherPersonId: c.personId === member.person_id ? c.otherPersonId : c.personId, kind: c.kind })),
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
    };
  }
}
