import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/access.decorators.js';
import { RetentionPreview } from './models/retention-preview.model.js';
import { RetentionService } from './retention.service.js';

/**
 * The retention schedule's dry run, for auditors (who check that the register keeps nothing past its time)
 * and national coordination. Counts only, no protected value: no purpose required, and audited like every
 * operation.
 */
@Resolver()
@Roles('AUDITOR', 'POLICE_NATIONAL')
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @Query(() => RetentionPreview, {
    description:
      'What the retention schedule would erase now, per kind of record (a count, never which): a dry run that changes nothing. docs/retention.md gives the schedule and the rules it follows.',
  })
  retentionPreview(): Promise<RetentionPreview> {
    return this.service.preview();
  }
}
