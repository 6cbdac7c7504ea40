import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { maxNeighbourCount, municipalities } from '@registry/geo';
import { listOf } from '../common/query-cost.js';
import { Municipality } from './models/municipality.model.js';
import { MunicipalitiesService } from './municipalities.service.js';

/** Any authenticated caller: the municipality list is public reference data, but the API is not public. */
@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => [Municipality], { complexity: listOf(municipalities.length) })
  municipalities(): readonly Municipality[] {
    return this.service.list();
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Args('code') code: string): Municipality | null {
    return this.service.find(code) ?? null;
  }

  @ResolveField(() => [Municipality], { complexity: listOf(maxNeighbourCount) })
  neighbours(@Parent() municipality: Municipality): Municipality[] {
    return municipality.neighbourCodes.map((code) => this.service.find(code)).filter((m): m is Municipality => m !== undefined);
  }
}
