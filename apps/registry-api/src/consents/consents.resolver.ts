import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@registry/auth';
import { CurrentPrincipal, RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { Case } from '../cases/models/case.model.js';
import { listOf } from '../common/query-cost.js';
import type { RegistryRequest } from '../common/request-context.js';
import { MAX_RELATIVES } from '../cases/dto/case.inputs.js';
import { ConsentsService } from './consents.service.js';
import { ConsentSigningInput, RecordConsentInput } from './dto/consent.inputs.js';
import { Consent } from './models/consent.model.js';

/** Consents are worked like the rest of a case: by whoever may see the case. */
@Resolver(() => Consent)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class ConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @Mutation(() => Consent, {
    description: "Records a household member's consent; the case must be open and the person one of its household",
  })
  recordConsent(
    @CurrentPrincipal() principal: Principal,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: RecordConsentInput,
  ): Promise<Consent> {
    return this.service.record(principal, caseId, input);
  }

  @Mutation(() => Consent, {
    description: 'A new signing of the same scope: carries the consent on to a new review date (default six months)',
  })
  renewConsent(
    @CurrentPrincipal() principal: Principal,
    @Args('consentId', { type: () => ID }) consentId: string,
    @Args('signing') signing: ConsentSigningInput,
  ): Promise<Consent> {
    return this.service.renew(principal, consentId, signing);
  }

  @Mutation(() => Consent, {
    description:
      'Withdraws a consent today, at once: checks of the household block with CONSENT_MISSING, an active placement raises an alert, and a municipality it named gets no clearance answer',
  })
  withdrawConsent(@CurrentPrincipal() principal: Principal, @Args('consentId', { type: () => ID }) consentId: string): Promise<Consent> {
    return this.service.withdraw(principal, consentId);
  }
}

/** Case.consents: the case's visibility is asked again, so the field never outruns the rule that admitted the case. */
@Resolver(() => Case)
export class CaseConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @ResolveField(() => [Consent], {
    complexity: listOf(4 * (MAX_RELATIVES + 1)),
    description: "every consent recorded for the household's members, with its status as of today",
  })
  consents(@Parent() parent: Case, @Context('req') req: RegistryRequest): Promise<Consent[]> {
    return this.service.listForCase(req.principal as Principal, parent.id);
  }
}
