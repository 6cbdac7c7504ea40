import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DataKey } from '@registry/crypto';
import { BadUserInputError } from '../common/errors.js';
import { RowSealer } from '../protection/sealer.js';
import { CaseAccessService } from './case-access.service.js';
import { TeamRepository, type TeamRole } from './team.repository.js';

/** Adds an officer to a case's team, sealed with the case's key; shared by openCase and addTeamMember. */
@Injectable()
export class TeamWriter {
  constructor(
    private readonly access: CaseAccessService,
    private readonly teams: TeamRepository,
  ) {}

  async add(
    m: EntityManager,
    key: DataKey,
    caseId: string,
    officer: string,
    role: TeamRole,
    reason: string,
    addedBy: string,
  ): Promise<string> {
    const token = this.access.officerToken(officer);
    if (await this.teams.isMember(m, caseId, token)) throw new BadUserInputError('The officer is already on the case’s team');
    const id = randomUUID();
    const sealer = new RowSealer(key, 'case_team_member', id);
    await this.teams.insertMember(m, {
      id,
      case_id: caseId,
      officer_token: token,
      officer_sealed: sealer.seal('officer', officer),
      role,
      reason_sealed: sealer.seal('reason', reason),
      added_by_sealed: sealer.seal('added_by', addedBy),
    });
    return id;
  }
}
