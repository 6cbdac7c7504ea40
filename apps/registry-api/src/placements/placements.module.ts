import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { CheckingModule } from '../checking/checking.module.js';
import { CaseAccessModule } from '../teams/access.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { StatisticsModule } from '../statistics/statistics.module.js';
import { AlertsService } from './alerts.service.js';
import { ClearancesService } from './clearances.service.js';
import { CasePlacementsResolver, ClearancesResolver, PlacementsResolver } from './placements.resolver.js';
import { PlacementRepository } from './proposal.repository.js';
import { ProposalsService } from './proposals.service.js';
import { RecheckWorker } from './recheck.worker.js';

@Module({
  imports: [CasesModule, CheckingModule, MunicipalitiesModule, StatisticsModule, CaseAccessModule],
  providers: [
    PlacementsResolver,
    CasePlacementsResolver,
    ClearancesResolver,
    ProposalsService,
    AlertsService,
    ClearancesService,
    PlacementRepository,
    RecheckWorker,
  ],
  exports: [AlertsService, ProposalsService, PlacementRepository],
})
export class PlacementsModule {}
