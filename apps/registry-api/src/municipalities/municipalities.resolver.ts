import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Municipality } from './models/municipality.model.js';
import { MunicipalitiesService } from './municipalities.service.js';

/** Any authenticated caller: the municipality list is public reference data, but the API is not public. */
@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => [Municipality])
  municipalities(): readonly Municipality[] {
    return this.service.list();
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Args('code') code: string): Municipality | null {
    return this.service.find(code) ?? null;
  }

  @ResolveField(() => [Municipality])
  neighbours(@Parent() municipality: Municipality): Municipality[] {
    return municipality.neighbourCodes.map((code) => this.service.find(code)).filter((m): m is Municipality => m !== undefined);
  }
}
