import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AffiliationRole, Confidence, PersonalConflictKind } from '@registry/checker';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { AffiliationRoleEnum, ConfidenceEnum, PersonalConflictKindEnum } from '../common/graphql-enums.js';
import { DateScalar } from '../common/scalars.js';
import { ConflictTermsInput } from './dto/conflict-terms.input.js';
import { PersonInput } from './dto/person.input.js';
import { Affiliation, Person } from './models/person.model.js';
import { PersonalConflictsService } from './personal-conflicts.service.js';
import { PersonsService } from './persons.service.js';

/** Police only. Holds are national coordination's alone: a hold is never explained outside the police. */
@Resolver(() => Person)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class PersonsResolver {
  constructor(
    private readonly service: PersonsService,
    private readonly closings: PersonalConflictsService,
  ) {}

  @Query(() => Person, { nullable: true })
  person(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.service.find(principal, id);
  }

  @Query(() => Person, { nullable: true })
  personByIdentityNumber(@CurrentPrincipal() principal: Principal, @Args('personalIdentityNumber') number: string): Promise<Person | null> {
    return this.service.findByIdentityNumber(principal, number);
  }

  @Query(() => [Affiliation])
  affiliations(@CurrentPrincipal() principal: Principal, @Args('personId', { type: () => ID }) personId: string): Promise<Affiliation[]> {
    return this.service.affiliations(principal, personId);
  }

  @Mutation(() => Person, {
    description:
      "The person belongs to the caller's region (national coordination's: to none) until a case says otherwise. Refuses an identity number the caller can already see; another region's record of the same number is not revealed, and national coordination reconciles the two (duplicateRegistrations).",
  })
  registerPerson(@CurrentPrincipal() principal: Principal, @Args('input') input: PersonInput): Promise<Person> {
    return this.service.register(principal, input);
  }

  @Query(() => [[Person]], { description: 'National coordination: identity numbers registered by more than one region, to reconcile' })
  @Roles('POLICE_NATIONAL')
  duplicateRegistrations(): Promise<Person[][]> {
    return this.service.duplicateRegistrations();
  }

  @Mutation(() => Affiliation)
  addAffiliation(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('role', { type: () => AffiliationRoleEnum }) role: AffiliationRole,
    @Args('confidence', { type: () => ConfidenceEnum }) confidence: Confidence,
    @Args('validFrom', { type: () => DateScalar }) validFrom: string,
    @Args('validTo', { type: () => DateScalar, nullable: true }) validTo?: string | null,
  ): Promise<Affiliation> {
    return this.service.addAffiliation(principal, personId, networkId, role, confidence, validFrom, validTo ?? null);
  }

  @Mutation(() => Boolean, {
    description:
      'With a person the caller can see, the conflict counts at once. With anyone else (another region’s person, or an id that names nobody, which answer alike) it waits for national coordination as a link request (Case.linkRequests); until approved it does not count, and once approved the caller’s checks report it by area only.',
  })
  addPersonalConflict(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('otherPersonId', { type: () => ID }) otherPersonId: string,
    @Args('kind', { type: () => PersonalConflictKindEnum }) kind: PersonalConflictKind,
    @Args('terms', {
      type: () => ConflictTermsInput,
      nullable: true,
      description: "Each side's role, the keep-apart scope, a reason and a review date; without it, today's defaults",
    })
    terms?: ConflictTermsInput | null,
  ): Promise<boolean> {
    return this.service.addPersonalConflict(principal, personId, otherPersonId, kind, terms);
  }

  @Mutation(() => Boolean, { description: 'Where a threat actor is known to stay' })
  setKnownLocation(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('municipalityCode') municipalityCode: string,
    @Args('validFrom', { type: () => DateScalar }) validFrom: string,
    @Args('validTo', { type: () => DateScalar, nullable: true }) validTo?: string | null,
  ): Promise<boolean> {
    return this.service.setKnownLocation(principal, personId, municipalityCode, validFrom, validTo ?? null);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets or lifts a police surveillance hold. Lifting an active hold is recorded as closeSurveillanceHold does (who, when), with the reason "setSurveillanceHold(active: false)"; closeSurveillanceHold takes a reason of the caller\'s own',
  })
  @Roles('POLICE_NATIONAL')
  async setSurveillanceHold(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('active') active: boolean,
  ): Promise<boolean> {
    if (active) return this.service.setSurveillanceHold(principal, personId, true);
    await this.closings.liftByContract(principal, personId);
    return true;
  }
}
