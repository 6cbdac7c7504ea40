import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { PoliceRegion } from '@registry/geo';
import { PoliceRegionEnum } from '../../common/graphql-enums.js';

@ObjectType()
export class County {
  @Field({ description: 'SCB county code, 2 digits' })
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'One of the 290 municipalities (public reference data)' })
export class Municipality {
  @Field({ description: 'SCB code, 4 digits' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => County)
  county!: County;

  @Field(() => PoliceRegionEnum)
  policeRegion!: PoliceRegion;

  @Field(() => Float, { description: 'centroid latitude (WGS 84)' })
  latitude!: number;

  @Field(() => Float, { description: 'centroid longitude (WGS 84)' })
  longitude!: number;

  /** codes of the neighbours; resolved to Municipality by the resolver */
  neighbourCodes!: readonly string[];
}
