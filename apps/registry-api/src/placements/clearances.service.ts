import { Injectable } from '@nestjs/common';
import type { FlagCode } from '@registry/checker';
import { DESTINATION_PROBE_RESOURCE_TYPE, formatDestinationProbeId } from '@registry/audit';
import { keyedToken } from '@registry/crypto';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Principal } from '@registry/auth';
import { CaseRepository } from '../cases/case.repository.js';
import { CasesService } from '../cases/cases.service.js';
import { CheckingService, caseViewer } from '../checking/checking.service.js';
import { NotFoundError, RateLimitedError } from '../common/errors.js';
import { isMunicipalityCode } from '@registry/geo';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { Municipality } from '../municipalities/models/municipality.model.js';
import { KeyRingHolder } from '../protection/key-ring.holder.js';
import { clearanceReferenceHash } from './clearance-reference.js';
import type { Clearance, DestinationAnswer } from './models/placement.models.js';
import { PlacementRepository } from './proposal.repository.js';
import { ProposalsService } from './proposals.service.js';

/** More distinct destinations than this for one case by one municipality in 24 hours is probing. */
export const MAX_DESTINATIONS_PER_CASE_PER_DAY = 10;
const PROBE_TOKEN_PURPOSE = 'destination_probe.destination';

/**
 * What a municipality may learn: whether a destination is cleared now, and until when. Never why. Any
 * reference or case it may not ask about is NOT_FOUND, the same as one that does not exist.
 */
@Injectable()
export class ClearancesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: PlacementRepository,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRepository,
    private readonly checking: CheckingService,
    private readonly proposals: ProposalsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly keyRing: KeyRingHolder,
    private readonly trail: AuditTrail,
  ) {}

  async clearance(principal: Principal, reference: string): Promise<Clearance> {
    const m = this.uow.manager;
    const notFound = () => new NotFoundError('Clearance not found');
    if (reference.length > 100) throw notFound();
    const row = await this.repository.proposalByReferenceHash(m, clearanceReferenceHash(reference));
    if (!row) throw notFound();
    const caseRow = await this.caseRows.find(m, row.case_id);
    if (!caseRow) throw notFound();
    const key = await this.cases.caseKey(m, caseRow);
    const destination = this.proposals.destinationOf(key, 'proposal', row);
    const home = this.cases.homeMunicipalityCode(key, caseRow);
    this.trail.describeResource('proposal', row.id);
    if (principal.municipalityCode !== destination && principal.municipalityCode !== home) throw notFound();

    let cleared = false;
    const placement = row.status === 'PLACED' ? await this.repository.placementOfProposal(m, row.id) : undefined;
    const live = row.status === 'CLEARED' || row.status === 'OVERRIDDEN' || (row.status === 'PLACED' && placement?.ended_on === null);
    if (live && !['COMPLETED', 'ABORTED'].includes(caseRow.status)) {
      const period = { startDate: row.start_date, endDate: row.end_date };
      const now = await this.checking.evaluate(m, caseRow, destination, period, caseViewer(caseRow));
      // An override covers the blocks that were reviewed when it was made; a new one withdraws the clearance.
      const covered = new Set<FlagCode>(
        row.overridden
          ? this.proposals
              .storedCheck(key, row)
              .flags.filter((f) => f.severity === 'BLOCK')
              .map((f) => f.code)
          : [],
      );
      cleared = now.flags.every((flag) => flag.severity !== 'BLOCK' || covered.has(flag.code));
    }
    return {
      reference,
      municipality: this.municipalities.find(destination) as Municipality,
      cleared,
      housingType: row.housing_type,
      startDate: row.start_date,
      validUntil: row.end_date,
    };
  }

  /**
   * The home municipality asks whether a destination would be cleared for its case now. Each question is
   * counted (by a keyed token, never the destination itself); a municipality that asks about too many
   * destinations for one case is refused, and the refusal is audited like any other.
   */
  async destinationCleared(principal: Principal, caseReference: string, municipalityCode: string): Promise<DestinationAnswer> {
    return this.uow.transaction(async (m) => {
      const notFound = () => new NotFoundError('Case not found');
      const caseRow = caseReference.length <= 40 ? await this.caseRows.findByReference(m, caseReference) : undefined;
      if (!caseRow) throw notFound();
      const key = await this.cases.caseKey(m, caseRow);
      if (this.cases.homeMunicipalityCode(key, caseRow) !== principal.municipalityCode) throw notFound();
      if (!isMunicipalityCode(municipalityCode)) throw notFound();
      const token = Buffer.from(keyedToken(this.keyRing.current, PROBE_TOKEN_PURPOSE, `${caseRow.id}:${municipalityCode}`));
      // The auditors' anomaly report counts distinct destinations per case by this token, never the code.
      this.trail.describeResource(DESTINATION_PROBE_RESOURCE_TYPE, formatDestinationProbeId(caseRow.id, token.toString('hex')));
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`probe:${principal.sub}:${caseRow.id}`]);
      const asked = await this.repository.probedDestinations(m, principal.sub, caseRow.id);
      const known = asked.some((t) => t.equals(token));
      if (!known && asked.length >= MAX_DESTINATIONS_PER_CASE_PER_DAY) {
        throw new RateLimitedError('Too many destinations asked about for this case in 24 hours');
      }
      await this.repository.recordProbe(m, principal.sub, caseRow.id, token);
      const check = await this.checking.evaluate(m, caseRow, municipalityCode, this.checking.period(), caseViewer(caseRow));
      return { cleared: check.cleared && !['COMPLETED', 'ABORTED'].includes(caseRow.status), checkedAt: new Date() };
    });
  }
}
