import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module.js';
import { CaseAccessModule } from '../teams/access.module.js';
import { ConflictRecordRepository } from './conflict-record.repository.js';
import { ConflictTermsWriter } from './conflict-terms.js';
import { LinkRequestRepository } from './link-request.repository.js';
import { PersonalConflictsResolver } from './personal-conflicts.resolver.js';
import { PersonalConflictsService } from './personal-conflicts.service.js';
import { PersonRepository } from './person.repository.js';
import { PersonsResolver } from './persons.resolver.js';
import { PersonsService } from './persons.service.js';

@Module({
  imports: [NetworksModule, CaseAccessModule],
  providers: [
    PersonsResolver,
    PersonsService,
    PersonRepository,
    LinkRequestRepository,
    ConflictRecordRepository,
    ConflictTermsWriter,
    PersonalConflictsResolver,
    PersonalConflictsService,
  ],
  exports: [PersonsService, PersonRepository, LinkRequestRepository, ConflictRecordRepository],
})
export class PersonsModule {}
