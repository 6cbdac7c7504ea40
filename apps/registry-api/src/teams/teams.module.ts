import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { PlacementsModule } from '../placements/placements.module.js';
import { CaseAccessModule } from './access.module.js';
import { CaseTeamResolver, TeamsResolver } from './teams.resolver.js';
import { TeamsService } from './teams.service.js';

@Module({
  imports: [CasesModule, PlacementsModule, CaseAccessModule],
  providers: [TeamsService, TeamsResolver, CaseTeamResolver],
})
export class TeamsModule {}
