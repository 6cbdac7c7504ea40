import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { NetworksModule } from '../networks/networks.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { CaseRepository } from './case.repository.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

@Module({
  imports: [MunicipalitiesModule, NetworksModule, PersonsModule],
  providers: [CasesResolver, CasesService, CaseRepository],
  exports: [CasesService, CaseRepository],
})
export class CasesModule {}
