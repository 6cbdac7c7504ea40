import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Confidence, NetworkRelationKind } from '@registry/checker';
import { RequiresPurpose, Roles } from '../auth/access.decorators.js';
import { ConfidenceEnum, NetworkRelationKindEnum } from '../common/graphql-enums.js';
import { DateScalar } from '../common/scalars.js';
import { NetworkInput } from './dto/network.input.js';
import { Network, NetworkPresence, NetworkRelation } from './models/network.model.js';
import { NetworksService } from './networks.service.js';

/** Police read network intelligence; only national coordination (NOA) writes it. */
@Resolver(() => Network)
@RequiresPurpose()
@Roles('POLICE_REGIONAL', 'POLICE_NATIONAL')
export class NetworksResolver {
  constructor(private readonly service: NetworksService) {}

  @Query(() => [Network])
  networks(): Promise<Network[]> {
    return this.service.list();
  }

  @Query(() => [NetworkPresence])
  networkPresences(@Args('networkId', { type: () => ID }) networkId: string): Promise<NetworkPresence[]> {
    return this.service.presences(networkId);
  }

  @Query(() => [NetworkRelation])
  networkRelations(@Args('networkId', { type: () => ID }) networkId: string): Promise<NetworkRelation[]> {
    return this.service.relations(networkId);
  }

  @Mutation(() => Network)
  @Roles('POLICE_NATIONAL')
  createNetwork(@Args('input') input: NetworkInput): Promise<Network> {
    return this.service.create(input);
  }

  @Mutation(() => NetworkPresence)
  @Roles('POLICE_NATIONAL')
  addNetworkPresence(
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('municipalityCode') municipalityCode: string,
    @Args('confidence', { type: () => ConfidenceEnum }) confidence: Confidence,
    @Args('validFrom', { type: () => DateScalar }) validFrom: string,
    @Args('validTo', { type: () => DateScalar, nullable: true }) validTo?: string | null,
  ): Promise<NetworkPresence> {
    return this.service.addPresence(networkId, municipalityCode, confidence, validFrom, validTo ?? null);
  }

  @Mutation(() => NetworkRelation)
  @Roles('POLICE_NATIONAL')
  relateNetworks(
    @Args('aId', { type: () => ID }) aId: string,
    @Args('bId', { type: () => ID }) bId: string,
    @Args('kind', { type: () => NetworkRelationKindEnum }) kind: NetworkRelationKind,
    @Args('validFrom', { type: () => DateScalar }) validFrom: string,
    @Args('validTo', { type: () => DateScalar, nullable: true }) validTo?: string | null,
  ): Promise<NetworkRelation> {
    return this.service.relate(aId, bId, kind, validFrom, validTo ?? null);
  }

  @Mutation(() => NetworkRelation)
  @Roles('POLICE_NATIONAL')
  endNetworkRelation(
    @Args('id', { type: () => ID }) id: string,
    @Args('validTo', { type: () => DateScalar }) validTo: string,
  ): Promise<NetworkRelation> {
    return this.service.endRelation(id, validTo);
  }
}
