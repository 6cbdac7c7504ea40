import { Injectable } from '@nestjs/common';
import { householdSharingWithdrawn, type ConsentRecipient, type FlagCode } from '@registry/checker';
import type { EntityManager } from 'typeorm';
import type { DataKey } from '@registry/crypto';
import type { CaseRow } from '../cases/case.repository.js';
import { FactsLoader } from '../checking/facts.loader.js';
import { todayInSweden } from '../common/calendar.js';
import { MUNICIPAL_CLEARANCE_RESOURCE_TYPE, MUNICIPAL_DESTINATION_LIMIT, MUNICIPAL_DESTINATION_RESOURCE_TYPE } from '@registry/audit';
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
import { clearanceQuestionId, destinationQuestionId } from './municipal-question-ids.js';
import { PlacementRepository } from './proposal.repository.js';
import { ProposalsService } from './proposals.service.js';

/** More distinct destinations than this for one case by one municipality (all its accounts) in 24 hours is probing. */
export const MAX_DESTINATIONS_PER_CASE_PER_DAY = MUNICIPAL_DESTINATION_LIMIT;
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
    private readonly facts: FactsLoader,
  ) {}

  /**
   * Whether a household member withdrew consent to share with the asking municipality in the role it asks
   * in. Its answer is then "no clearance", worded exactly as a destination that is not cleared.
   */
  private async consentWithdrawnFor(
    m: EntityManager,
    caseRow: CaseRow,
    key: DataKey,
    roles: readonly ConsentRecipient[],
  ): Promise<boolean> {
    const household = await this.facts.household(m, caseRow, key);
    const members = household.members.map((member) => ({ personId: member.personId, birthYear: member.birthYear ?? null }));
    return householdSharingWithdrawn(household.consents ?? [], members, roles, todayInSweden());
  }

  async clearance(principal: Principal, reference: string): Promise<Clearance> {
    const m = this.uow.manager;
    const notFound = () => new NotFoundError('Clearance not found');
    const asker = askingMunicipality(principal, notFound);
    if (reference.length > 100) throw notFound();
    const row = await this.repository.proposalByReferenceHash(m, clearanceReferenceHash(reference));
    if (!row) throw notFound();
    // Named before any refusal too: an auditor sees a municipality asking about a clearance not its own.
    this.trail.describeResource(MUNICIPAL_CLEARANCE_RESOURCE_TYPE, clearanceQuestionId(this.keyRing.current, asker, row.id));
    const caseRow = await this.caseRows.find(m, row.case_id);
    if (!caseRow) throw notFound();
    const key = await this.cases.caseKey(m, caseRow);
    const destination = this.proposals.destinationOf(key, 'proposal', row);
    const home = this.cases.homeMunicipalityCode(key, caseRow);
    if (asker !== destination && asker !== home) throw notFound();

    let cleared = false;
    const placement = row.status === 'PLACED' ? await this.repository.placementOfProposal(m, row.id) : undefined;
    const live = row.status === 'CLEARED' || row.status === 'OVERRIDDEN' || (row.status === 'PLACED' && placement?.ended_on === null);
    const roles: ConsentRecipient[] = [
      ...(asker === destination ? (['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES'] as const) : []),
      ...(asker === home ? (['RESPONSIBLE_MUNICIPALITY'] as const) : []),
    ];
    if (live && !['COMPLETED', 'ABORTED'].includes(caseRow.status) && !(await this.consentWithdrawnFor(m, caseRow, key, roles))) {
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
   * counted (by a keyed token, never the destination itself) for the municipality, whichever of its
   * accounts asks; a municipality that asks about too many destinations for one case is refused, and the
   * refusal is audited like any other.
   */
  async destinationCleared(principal: Principal, caseReference: string, municipalityCode: string): Promise<DestinationAnswer> {
    return this.uow.transaction(async (m) => {
      const notFound = () => new NotFoundError('Case not found');
      const asker = askingMunicipality(principal, notFound);
      const caseRow = caseReference.length <= 40 ? await this.caseRows.findByReference(m, caseReference) : undefined;
      if (!caseRow) throw notFound();
      const key = await this.cases.caseKey(m, caseRow);
      if (this.cases.homeMunicipalityCode(key, caseRow) !== asker) throw notFound();
      if (!isMunicipalityCode(municipalityCode)) throw notFound();
      const token = Buffer.from(keyedToken(this.keyRing.current, PROBE_TOKEN_PURPOSE, `${caseRow.id}:${municipalityCode}`));
      // Opaque for the auditors too: neither the case (whose home is the asker) nor the destination.
      const questionId = destinationQuestionId(this.keyRing.current, asker, caseRow.id, municipalityCode);
      this.trail.describeResource(MUNICIPAL_DESTINATION_RESOURCE_TYPE, questionId);
      // One lock per municipality and case: two of its accounts asking at once are counted one after the other.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`probe:${asker}:${caseRow.id}`]);
      const asked = await this.repository.probedDestinations(m, asker, caseRow.id);
      const known = asked.some((t) => t.equals(token));
      if (!known && asked.length >= MAX_DESTINATIONS_PER_CASE_PER_DAY) {
        throw new RateLimitedError('Too many destinations asked about for this case in 24 hours');
      }
      await this.repository.recordProbe(m, principal.sub, asker, caseRow.id, token);
      const check = await this.checking.evaluate(m, caseRow, municipalityCode, this.checking.period(), caseViewer(caseRow));
      const withheld = await this.consentWithdrawnFor(m, caseRow, key, ['RESPONSIBLE_MUNICIPALITY']);
      return { cleared: check.cleared && !withheld && !['COMPLETED', 'ABORTED'].includes(caseRow.status), checkedAt: new Date() };
    });
  }
}

/** The caller's own municipality; the MUNICIPALITY role is only ever granted with one (see principalFromClaims). */
function askingMunicipality(principal: Principal, notFound: () => Error): string {
  if (principal.municipalityCode === undefined) throw notFound();
  return principal.municipalityCode;
}
