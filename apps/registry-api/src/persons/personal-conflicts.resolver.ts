import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { ConflictTermsInput } from './dto/conflict-terms.input.js';
import { KnownLocation, PersonalConflict, RecordClosure } from './models/personal-conflict.model.js';
import { PersonalConflictsService } from './personal-conflicts.service.js';

/**
 * Reviewing and closing personal conflicts, known locations and holds. Police only, like the records
 * themselves; anything the caller may not see answers NOT_FOUND, like an id that names nothing.
 */
@Resolver(() => PersonalConflict)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class PersonalConflictsResolver {
  constructor(private readonly service: PersonalConflictsService) {}

  @Query(() => [PersonalConflict], {
    description: "A person's personal conflicts, open and closed, oldest first, seen from that person's side",
  })
  personalConflicts(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<PersonalConflict[]> {
    return this.service.conflictsOf(principal, personId);
  }

  @Mutation(() => PersonalConflict, {
    description:
      'Changes what an open conflict says; omitted fields keep their value. Roles are as the conflict is shown to the caller (from its personId’s side). The next checks apply the new scope and review date.',
  })
  reviewPersonalConflict(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('terms') terms: ConflictTermsInput,
  ): Promise<PersonalConflict> {
    return this.service.review(principal, id, terms);
  }

  @Mutation(() => PersonalConflict, { description: 'Closes a conflict, saying why: kept as history, no longer counted by the checker' })
  closePersonalConflict(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<PersonalConflict> {
    return this.service.close(principal, id, reason);
  }

  @Query(() => [KnownLocation], { description: 'Where a person is or was known to stay, open and closed' })
  knownLocations(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<KnownLocation[]> {
    return this.service.knownLocationsOf(principal, personId);
  }

  @Mutation(() => KnownLocation, { description: 'Closes a known location, saying why: kept, no longer counted by the checker' })
  closeKnownLocation(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<KnownLocation> {
    return this.service.closeKnownLocation(principal, id, reason);
  }

  @Mutation(() => RecordClosure, {
    description: 'National coordination lifts a surveillance hold, saying why; each closing is kept (a hold may be set again)',
  })
  @Roles('POLICE_NATIONAL')
  closeSurveillanceHold(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('reason') reason: string,
  ): Promise<RecordClosure> {
    return this.service.closeSurveillanceHold(principal, personId, reason);
  }

  @Query(() => [RecordClosure], { description: "National coordination: every closing of a person's surveillance hold" })
  @Roles('POLICE_NATIONAL')
  surveillanceHoldClosures(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<RecordClosure[]> {
    return this.service.holdClosures(principal, personId);
  }
}
