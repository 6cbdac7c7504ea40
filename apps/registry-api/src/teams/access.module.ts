import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service.js';
import { TeamRepository } from './team.repository.js';
import { TeamWriter } from './team-writer.js';

/** Who may read which case's details: team membership and break-glass, used by cases and persons alike. */
@Module({
  providers: [CaseAccessService, TeamRepository, TeamWriter],
  exports: [CaseAccessService, TeamRepository, TeamWriter],
})
export class CaseAccessModule {}
