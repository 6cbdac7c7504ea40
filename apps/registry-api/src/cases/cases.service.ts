import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseStatus, UnsuitableReason } from '@registry/checker';
import { hasRole, type Principal } from '@registry/auth';
import type { DataKey } from '@registry/crypto';
import { AuditTrail } from '../audit/audit-trail.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { isUuid, requireMunicipalityCode } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import type { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { Network } from '../networks/models/network.model.js';
import { NetworksService } from '../networks/networks.service.js';
import { PersonRepository, type PersonForRead } from '../persons/person.repository.js';
import { maySee, personRegions } from '../access/need-to-know.js';
import type { PoliceRegion } from '@registry/geo';
import { PersonsService } from '../persons/persons.service.js';
import { DataKeysService } from '../protection/data-keys.service.js';
import { RowSealer } from '../protection/sealer.js';
import { ConsentStore, openingConsent } from '../consents/consent.store.js';
import { todayInSweden } from '../common/calendar.js';
import { CaseAccessService } from '../teams/case-access.service.js';
import { TeamWriter } from '../teams/team-writer.js';
import { closureReasonOfStatus } from '../lifecycle/case-stages.js';
import { StageWriter } from '../lifecycle/stage-writer.js';
import {
  CaseRepository,
  type CaseForRead,
  type CaseRow,
  type PlacementAssessmentRow,
  type ThreatAssessmentRow,
} from './case.repository.js';
import type { OpenCaseInput, PlacementAssessmentInput, ThreatAssessmentInput } from './dto/case.inputs.js';
import type { Case, PlacementAssessment, ThreatAssessment } from './models/case.model.js';

const CLOSED_STATUSES: readonly CaseStatus[] = ['COMPLETED', 'ABORTED'];

interface SealedUnsuitable {
  code: string;
  reason: UnsuitableReason;
}

/** Cases: who may see which, the household, and the assessments the checker reads. */
@Injectable()
export class CasesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly keys: DataKeysService,
    private readonly repository: CaseRepository,
    private readonly persons: PersonsService,
    private readonly personRows: PersonRepository,
    private readonly networks: NetworksService,
    private readonly municipalities: MunicipalitiesService,
    private readonly factsChanges: FactsChanges,
    private readonly trail: AuditTrail,
    private readonly consents: ConsentStore,
    private readonly access: CaseAccessService,
    private readonly teamWriter: TeamWriter,
    private readonly stages: StageWriter,
  ) {}

  private municipality(code: string): Municipality {
    const found = this.municipalities.find(code);
    if (!found) throw new Error('sealed municipality code is not a known municipality');
    return found;
  }

  /**
   * A regional unit sees its own region's cases only. Another region's case and a case that does not
   * exist get the same NOT_FOUND, so nobody can learn that a case exists elsewhere.
   */
  async visibleRow(m: EntityManager, principal: Principal, id: string, lock = false): Promise<CaseRow> {
    const row = await this.summaryRow(m, principal, id, lock);
    await this.requireDetails(m, principal, row);
    return row;
  }

  /**
   * A case the caller may know exists (its region's, or any for national coordination), whether or not
   * they may read its details: for its summary, its team, and break-glass.
   */
  async summaryRow(m: EntityManager, principal: Principal, id: string, lock = false): Promise<CaseRow> {
    const row = isUuid(id) ? await this.repository.find(m, id, lock) : undefined;
    if (!row || !this.maySee(principal, row)) throw new NotFoundError('Case not found');
    return row;
  }

  /**
   * Access follows assignment (access/case-access.ts): an officer of the region who is not on the case's
   * team is refused its details, openly (the case's existence is no secret within the region), and the
   * refusal is audited like any other.
   */
  async requireDetails(m: EntityManager, principal: Principal, row: CaseRow): Promise<void> {
    if ((await this.access.level(m, principal, row)) !== 'DETAILS') {
      throw new ForbiddenError('Only the case’s team reads its details; breakGlass gives time-limited access with a stated reason');
    }
  }

  private maySee(principal: Principal, row: CaseRow): boolean {
    return maySee(principal, [row.region]);
  }

  async caseKey(m: EntityManager, row: CaseRow): Promise<DataKey> {
    return this.keys.get(m, row.data_key_id);
  }

  homeMunicipalityCode(key: DataKey, row: CaseRow): string {
    return new RowSealer(key, 'registry_case', row.id).open('home_municipality', row.home_municipality_sealed);
  }

  /**
   * Shows the actors the case's region may see now: one it named may since have joined another region's
   * case. `people` holds every actor the assessment names (PersonRepository.forCaseRead).
   */
  private async toThreatAssessment(
    key: DataKey,
    row: ThreatAssessmentRow,
    region: PoliceRegion,
    people: ReadonlyMap<string, PersonForRead>,
  ): Promise<ThreatAssessment> {
    const actors: PersonForRead[] = [];
    for (const id of row.threat_actor_ids) {
      const actor = people.get(id);
      if (actor && personRegions(actor.caseRegions ?? [], actor.row.registered_region).includes(region)) actors.push(actor);
    }
    const networks = await this.networks.require(row.threat_network_ids);
    return {
      level: row.level,
      reach: row.reach,
      relocationRequired: row.relocation_required,
      threatActors: await Promise.all(actors.map((actor) => this.persons.toPersonWithKeyRow(actor.row, actor.key))),
      threatNetworks: row.threat_network_ids.map((id) => networks.get(id) as Network),
      assessedOn: row.assessed_on,
      reviewDue: row.review_due,
      summary: new RowSealer(key, 'threat_assessment', row.id).openOptional('summary', row.summary_sealed),
    };
  }

  openPlacementLists(key: DataKey, row: PlacementAssessmentRow): { unsuitable: SealedUnsuitable[]; suitable: string[] } {
    const sealer = new RowSealer(key, 'placement_assessment', row.id);
    return {
      unsuitable: JSON.parse(sealer.open('unsuitable', row.unsuitable_sealed)) as SealedUnsuitable[],
      suitable: JSON.parse(sealer.open('suitable', row.suitable_sealed)) as string[],
    };
  }

  private toPlacementAssessment(key: DataKey, row: PlacementAssessmentRow): PlacementAssessment {
    const lists = this.openPlacementLists(key, row);
    return {
      unsuitable: lists.unsuitable.map((u) => ({ municipality: this.municipality(u.code), reason: u.reason })),
      suitable: lists.suitable.map((code) => this.municipality(code)),
      minDistanceFromHomeKm: row.min_distance_from_home_km,
      assessedOn: row.assessed_on,
      reviewDue: row.review_due,
    };
  }

  /**
   * The case as the API shows it. Reads in three statements at most whatever `loaded` (a read's own
   * findForRead) has not: the case key and latest assessments, the household and the named actors with
   * their keys, and the threat networks if any; every key's row is read in the same transaction as its
   * record, so an erased household or person is refused as `DataKeysService.get` refuses it.
   */
  async toCase(m: EntityManager, row: CaseRow, loaded?: CaseForRead): Promise<Case> {
    if (loaded) return this.shown(m, row, await this.keys.fromRow(row.data_key_id, loaded.key), loaded.threat, loaded.placement);
    const key = await this.caseKey(m, row);
    const { threat, placement } = await this.repository.latestAssessments(m, row.id);
    return this.shown(m, row, key, threat, placement);
  }

  private async shown(
    m: EntityManager,
    row: CaseRow,
    key: DataKey,
    threat: ThreatAssessmentRow | undefined,
    placement: PlacementAssessmentRow | undefined,
  ): Promise<Case> {
    const people = await this.personRows.forCaseRead(m, row.id, [row.defector_id, ...(threat?.threat_actor_ids ?? [])]);
    const byId = new Map(people.map((person) => [person.row.id, person]));
    const relatives = people
      .filter((person) => person.memberRole === 'RELATIVE')
      .sort((a, b) => (a.memberPosition ?? 0) - (b.memberPosition ?? 0));
    const defector = byId.get(row.defector_id) as PersonForRead;
    return {
      id: row.id,
      reference: row.reference,
      region: row.region,
      status: row.status,
      homeMunicipality: this.municipality(this.homeMunicipalityCode(key, row)),
      defector: await this.persons.toPersonWithKeyRow(defector.row, defector.key),
      relatives: await Promise.all(relatives.map((person) => this.persons.toPersonWithKeyRow(person.row, person.key))),
      eligible:
        row.meets_definition && row.motivated && row.consent_to_information_exchange && row.signed_conditions && !row.evidence_person,
      threatAssessment: threat ? await this.toThreatAssessment(key, threat, row.region, byId) : null,
      placementAssessment: placement ? this.toPlacementAssessment(key, placement) : null,
    };
  }

  async open(principal: Principal, input: OpenCaseInput): Promise<Case> {
    requireMunicipalityCode(input.homeMunicipalityCode, 'homeMunicipalityCode');
    if (!hasRole(principal, 'POLICE_NATIONAL') && input.region !== principal.policeRegion) {
      throw new ForbiddenError('A regional unit opens cases in its own region only');
    }
    const relativeIds = input.relativeIds ?? [];
    const household = [input.defectorId, ...relativeIds];
    if (new Set(household).size !== household.length) throw new BadUserInputError('A person appears twice in the household');
    return this.uow.transaction(async (m) => {
      for (const personId of household) {
        await this.persons.noteLinked(personId);
        await this.persons.visibleRow(m, principal, personId);
      }
      if ((await this.repository.openCasesOfDefector(m, input.defectorId)) > 0) {
        throw new BadUserInputError('This defector already has an open case');
      }
      const key = await this.keys.create(m, 'CASE');
      const id = randomUUID();
      const year = new Date().getUTCFullYear();
      const number = await this.repository.nextReferenceNumber(m, year);
      const e = input.eligibility;
      const row: CaseRow = {
        id,
        reference: `AVH-${year}-${String(number).padStart(6, '0')}`,
        data_key_id: key.id,
        region: input.region,
        status: 'OPEN',
        home_municipality_sealed: new RowSealer(key, 'registry_case', id).seal('home_municipality', input.homeMunicipalityCode),
        defector_id: input.defectorId,
        meets_definition: e.meetsDefinition,
        motivated: e.motivated,
        consent_to_information_exchange: e.consentToInformationExchange,
        signed_conditions: e.signedConditions,
        evidence_person: e.evidencePerson,
      };
      await this.repository.insert(m, row);
      await this.repository.insertMember(m, id, input.defectorId, 'DEFECTOR', 0);
      for (const [position, personId] of relativeIds.entries())
        await this.repository.insertMember(m, id, personId, 'RELATIVE', position + 1);
      if (e.consentToInformationExchange) {
        const consent = openingConsent(todayInSweden());
        await this.consents.insert(m, key, id, input.defectorId, consent.scope, consent.signing);
      }
      // The officer who opens a case is responsible for it until the team says otherwise.
      await this.teamWriter.add(m, key, id, principal.sub, 'RESPONSIBLE_OFFICER', 'opened the case', principal.sub);
      await this.stages.write(m, key, row, { kind: 'OPENED', to: 'REFERRED', actor: principal.sub, reason: 'opened the case' });
      // The household now belongs to this case's region: which regions may see each member's known locations.
      await this.factsChanges.record(...household.map((personId) => ({ kind: 'person-scope' as const, id: personId })));
      return this.toCase(m, row);
    });
  }

  async find(principal: Principal, id: string): Promise<Case> {
    const m = this.uow.manager;
    const loaded = isUuid(id) ? await this.repository.findForRead(m, id) : undefined;
    if (!loaded || !this.maySee(principal, loaded.row)) throw new NotFoundError('Case not found');
    await this.requireDetails(m, principal, loaded.row);
    return this.toCase(m, loaded.row, loaded);
  }

  /** visibleRow, with the case key from the same statement (an erased case refused as caseKey refuses it). */
  async visibleRowWithKey(m: EntityManager, principal: Principal, id: string): Promise<{ row: CaseRow; key: DataKey }> {
    const found = isUuid(id) ? await this.repository.findWithKey(m, id) : undefined;
    if (!found || !this.maySee(principal, found.row)) throw new NotFoundError('Case not found');
    await this.requireDetails(m, principal, found.row);
    return { row: found.row, key: await this.keys.fromRow(found.row.data_key_id, found.key) };
  }

  async findByReference(principal: Principal, reference: string): Promise<Case> {
    const m = this.uow.manager;
    const row = await this.repository.findByReference(m, reference);
    if (!row || !this.maySee(principal, row)) throw new NotFoundError('Case not found');
    this.trail.describeResource('case', row.id);
    await this.requireDetails(m, principal, row);
    return this.toCase(m, row);
  }

  async list(principal: Principal, status: CaseStatus | null): Promise<Case[]> {
    const m = this.uow.manager;
    const region = hasRole(principal, 'POLICE_NATIONAL') ? null : (principal.policeRegion ?? null);
    if (!region && !hasRole(principal, 'POLICE_NATIONAL')) return [];
    const rows = await this.repository.list(m, region, status);
    // Only the cases whose details the caller may read; the rest of the region is in caseSummaries.
    const levels = await this.access.levels(m, principal, rows);
    const cases: Case[] = [];
    for (const [i, row] of rows.entries()) if (levels[i] === 'DETAILS') cases.push(await this.toCase(m, row));
    return cases;
  }

  async recordThreatAssessment(principal: Principal, caseId: string, input: ThreatAssessmentInput): Promise<Case> {
    if (input.reviewDue < input.assessedOn) throw new BadUserInputError('reviewDue is before assessedOn');
    const actorIds = [...new Set(input.threatActorIds ?? [])];
    const networkIds = [...new Set(input.threatNetworkIds ?? [])];
    return this.uow.transaction(async (m) => {
      const row = await this.visibleRow(m, principal, caseId, true);
      this.requireOpen(row);
      // An actor the region may not see (or an id naming nobody: the two must look alike) is not stored
      // in the assessment; it waits for national coordination as a link request.
      const named: string[] = [];
      for (const actorId of actorIds) {
        if (!isUuid(actorId)) throw new NotFoundError('Threat actor not found');
        await this.persons.noteLinked(actorId);
        if (await this.persons.mayName(m, principal, actorId)) named.push(actorId);
        else
          await this.persons.requestLink(principal, {
            kind: 'THREAT_ACTOR',
            caseId,
            personId: null,
            otherPersonId: actorId,
            conflictKind: null,
          });
      }
      await this.networks.require(networkIds);
      const key = await this.caseKey(m, row);
      const id = randomUUID();
      await this.repository.insertThreatAssessment(m, {
        id,
        case_id: caseId,
        level: input.level,
        reach: input.reach,
        relocation_required: input.relocationRequired,
        threat_actor_ids: named,
        threat_network_ids: networkIds,
        assessed_on: input.assessedOn,
        review_due: input.reviewDue,
        summary_sealed: new RowSealer(key, 'threat_assessment', id).sealOptional('summary', input.summary),
      });
      await this.factsChanges.record({ kind: 'assessment', id: caseId });
      return this.toCase(m, row);
    });
  }

  async recordPlacementAssessment(principal: Principal, caseId: string, input: PlacementAssessmentInput): Promise<Case> {
    if (input.reviewDue < input.assessedOn) throw new BadUserInputError('reviewDue is before assessedOn');
    for (const u of input.unsuitable) requireMunicipalityCode(u.municipalityCode, 'unsuitable.municipalityCode');
    const suitable = [...new Set(input.suitableCodes ?? [])];
    for (const code of suitable) requireMunicipalityCode(code, 'suitableCodes');
    const unsuitableCodes = new Set(input.unsuitable.map((u) => u.municipalityCode));
    if (suitable.some((code) => unsuitableCodes.has(code)))
      throw new BadUserInputError('A municipality cannot be both suitable and unsuitable');
    return this.uow.transaction(async (m) => {
      const row = await this.visibleRow(m, principal, caseId, true);
      this.requireOpen(row);
      const key = await this.caseKey(m, row);
      const id = randomUUID();
      const sealer = new RowSealer(key, 'placement_assessment', id);
      const unsuitable: SealedUnsuitable[] = input.unsuitable.map((u) => ({ code: u.municipalityCode, reason: u.reason }));
      await this.repository.insertPlacementAssessment(m, {
        id,
        case_id: caseId,
        unsuitable_sealed: sealer.seal('unsuitable', JSON.stringify(unsuitable)),
        suitable_sealed: sealer.seal('suitable', JSON.stringify(suitable)),
        min_distance_from_home_km: input.minDistanceFromHomeKm ?? null,
        assessed_on: input.assessedOn,
        review_due: input.reviewDue,
      });
      await this.factsChanges.record({ kind: 'assessment', id: caseId });
      return this.toCase(m, row);
    });
  }

  /**
   * The contract's closeCase: COMPLETED closes with the reason PLAN_COMPLETED, ABORTED with OTHER
   * (docs/case-lifecycle.md); closeCaseWithReason gives the reason itself.
   */
  async close(principal: Principal, caseId: string, status: CaseStatus): Promise<Case> {
    const closureReason = CLOSED_STATUSES.includes(status) ? closureReasonOfStatus(status) : null;
    if (closureReason === null) throw new BadUserInputError('A case closes as COMPLETED or ABORTED');
    return this.uow.transaction(async (m) => {
      const row = await this.visibleRow(m, principal, caseId, true);
      this.requireOpen(row);
      const key = await this.caseKey(m, row);
      const closed = await this.stages.write(m, key, row, {
        kind: 'CLOSE',
        to: 'CLOSED',
        closureReason,
        actor: principal.sub,
        reason: `closeCase ${status}`,
      });
      return this.toCase(m, closed);
    });
  }

  requireOpen(row: CaseRow): void {
    if (CLOSED_STATUSES.includes(row.status)) throw new BadUserInputError('The case is closed');
  }
}
