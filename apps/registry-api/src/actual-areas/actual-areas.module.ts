import { Module } from '@nestjs/common';
import { PersonsModule } from '../persons/persons.module.js';
import { ActualAreaRepository } from './actual-area.repository.js';
import { ActualAreasResolver } from './actual-areas.resolver.js';
import { ActualAreasService } from './actual-areas.service.js';

@Module({
  imports: [PersonsModule],
  providers: [ActualAreasResolver, ActualAreasService, ActualAreaRepository],
  exports: [ActualAreasService],
})
export class ActualAreasModule {}
