import { Module } from '@nestjs/common';
import { ActualAreasModule } from '../actual-areas/actual-areas.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { CheckingResolver } from './checking.resolver.js';
import { FlagResolver } from './flag.resolver.js';
import { CheckingService } from './checking.service.js';
import { FactsLoader } from './facts.loader.js';
import { FactsReader } from './facts.reader.js';
import { FactsRepository } from './facts.repository.js';

@Module({
  imports: [CasesModule, MunicipalitiesModule, PersonsModule, ActualAreasModule],
  providers: [CheckingResolver, FlagResolver, CheckingService, FactsLoader, FactsReader, FactsRepository],
  exports: [CheckingService, FactsLoader],
})
export class CheckingModule {}
