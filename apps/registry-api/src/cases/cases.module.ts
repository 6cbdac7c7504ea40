import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { NetworksModule } from '../networks/networks.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { ConsentStore } from '../consents/consent.store.js';
import { CaseAccessModule } from '../teams/access.module.js';
import { CaseRepository } from './case.repository.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { LinkRequestsResolver } from './link-requests.resolver.js';
import { LinkRequestsService } from './link-requests.service.js';
import { LifecycleRepository } from '../lifecycle/lifecycle.repository.js';
import { CaseSummaryStageResolver, LifecycleResolver } from '../lifecycle/lifecycle.resolver.js';
import { LifecycleService } from '../lifecycle/lifecycle.service.js';
import { StageWriter } from '../lifecycle/stage-writer.js';

@Module({
  imports: [MunicipalitiesModule, NetworksModule, PersonsModule, CaseAccessModule],
  providers: [
    CasesResolver,
    CasesService,
    CaseRepository,
    LinkRequestsService,
    LinkRequestsResolver,
    ConsentStore,
    // the case's stage, history and follow-ups (docs/case-lifecycle.md)
    LifecycleRepository,
    StageWriter,
    LifecycleService,
    LifecycleResolver,
    CaseSummaryStageResolver,
  ],
  exports: [CasesService, CaseRepository, ConsentStore, StageWriter, LifecycleService],
})
export class CasesModule {}
