import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module.js';
import { CaseAccessModule } from '../teams/access.module.js';
import { LinkRequestRepository } from './link-request.repository.js';
import { PersonRepository } from './person.repository.js';
import { PersonsResolver } from './persons.resolver.js';
import { PersonsService } from './persons.service.js';

@Module({
  imports: [NetworksModule, CaseAccessModule],
  providers: [PersonsResolver, PersonsService, PersonRepository, LinkRequestRepository],
  exports: [PersonsService, PersonRepository, LinkRequestRepository],
})
export class PersonsModule {}
