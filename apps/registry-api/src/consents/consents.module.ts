import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { PersonsModule } from '../persons/persons.module.js';
import { CaseConsentsResolver, ConsentsResolver } from './consents.resolver.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [CasesModule, PersonsModule],
  providers: [ConsentsService, ConsentsResolver, CaseConsentsResolver],
  exports: [ConsentsService],
})
export class ConsentsModule {}
