import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { CaseAccessModule } from '../teams/access.module.js';
import { ConditionStore } from './condition.store.js';
import { CaseConditionsResolver, ConditionsResolver } from './conditions.resolver.js';
import { ConditionsService } from './conditions.service.js';

@Module({
  imports: [CasesModule, MunicipalitiesModule, CaseAccessModule],
  providers: [ConditionStore, ConditionsService, ConditionsResolver, CaseConditionsResolver],
})
export class ConditionsModule {}
