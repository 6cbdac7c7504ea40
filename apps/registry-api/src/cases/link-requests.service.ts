import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AUDIT_ACTIONS } from '@registry/audit';
import { hasRole, type Principal } from '@registry/auth';
import { AuditTrail } from '../audit/audit-trail.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/input-rules.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FactsChanges } from '../facts/facts-changes.js';
import { ConflictRecordRepository } from '../persons/conflict-record.repository.js';
import { LinkRequestRepository, type LinkRequestRow, type LinkStatus } from '../persons/link-request.repository.js';
import type { LinkRequest } from '../persons/models/link-request.model.js';
import { PersonRepository } from '../persons/person.repository.js';
import { PersonsService } from '../persons/persons.service.js';
import type { CaseRow } from './case.repository.js';

/**
 * National coordination's queue of links regional units asked for to persons they may not see. Approving
 * one makes it count in every check; the requesting region still learns only "in the area" (areaView).
 */
@Injectable()
export class LinkRequestsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: LinkRequestRepository,
    private readonly persons: PersonsService,
    private readonly personRows: PersonRepository,
    private readonly factsChanges: FactsChanges,
    private readonly trail: AuditTrail,
    private readonly conflictRecords: ConflictRecordRepository,
  ) {}

  /** The other person is resolved for national coordination only; a region gets back the id it named. */
  private async toLinkRequest(m: EntityManager, principal: Principal, row: LinkRequestRow): Promise<LinkRequest> {
    const other = hasRole(principal, 'POLICE_NATIONAL') ? await this.personRows.find(m, row.other_person_id) : undefined;
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      caseId: row.case_id,
      personId: row.person_id,
      otherPersonId: row.other_person_id,
      conflictKind: row.conflict_kind,
      otherPerson: other ? await this.persons.toPerson(m, other) : null,
      requestedAt: row.requested_at,
      decidedAt: row.decided_at,
    };
  }

  async list(principal: Principal, status: LinkStatus | null): Promise<LinkRequest[]> {
    const m = this.uow.manager;
    const region = hasRole(principal, 'POLICE_NATIONAL') ? null : (principal.policeRegion ?? null);
    if (region === null && !hasRole(principal, 'POLICE_NATIONAL')) return [];
    const rows = await this.repository.list(m, region, status);
    return Promise.all(rows.map((row) => this.toLinkRequest(m, principal, row)));
  }

  /** The requests about a case the caller can already see. */
  async ofCase(principal: Principal, caseRow: CaseRow): Promise<LinkRequest[]> {
    const m = this.uow.manager;
    const rows = await this.repository.ofCase(m, caseRow.id);
    return Promise.all(rows.map((row) => this.toLinkRequest(m, principal, row)));
  }

  /**
   * National coordination approves or rejects a pending request. A request naming nobody cannot be
   * approved: national coordination may learn that, the requester learns only "rejected".
   */
  async decide(principal: Principal, id: string, approve: boolean): Promise<LinkRequest> {
    return this.uow.transaction(async (m) => {
      const row = isUuid(id) ? await this.repository.find(m, id, true) : undefined;
      if (!row) throw new NotFoundError('Link request not found');
      if (row.status !== 'PENDING') throw new BadUserInputError('The link request has already been decided');
      // A conflict takes the request's id: terms given with the request were kept under it (addPersonalConflict).
      const conflictId = row.kind === 'PERSONAL_CONFLICT' ? row.id : randomUUID();
      if (approve) {
        if (!(await this.personRows.find(m, row.other_person_id))) throw new BadUserInputError('The id named in this request names nobody');
        if (row.kind === 'PERSONAL_CONFLICT')
          await this.personRows.insertConflict(m, conflictId, row.person_id as string, row.other_person_id, row.conflict_kind!);
      }
      if (!approve && row.kind === 'PERSONAL_CONFLICT') await this.conflictRecords.deleteTerms(m, row.id);
      const status = approve ? 'APPROVED' : 'REJECTED';
      await this.repository.decide(m, row.id, status, principal.sub);
      // An approved threat actor joins the case's threat assessment as the checker reads it.
      if (approve)
        await this.factsChanges.record(
          row.kind === 'PERSONAL_CONFLICT' ? { kind: 'conflict', id: conflictId } : { kind: 'assessment', id: row.case_id as string },
        );
      await this.trail.record({ action: AUDIT_ACTIONS.linkDecided, resourceType: 'link_request', resourceId: row.id });
      await this.persons.noteLinked(row.other_person_id);
      return this.toLinkRequest(m, principal, { ...row, status, decided_by: principal.sub, decided_at: new Date() });
    });
  }
}
