import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Confidence, NetworkCategory, NetworkRelationKind, Reach } from '@registry/checker';
import { ConfidenceEnum, NetworkCategoryEnum, NetworkRelationKindEnum, ReachEnum } from '../../common/graphql-enums.js';
import { DateScalar } from '../../common/scalars.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';

@ObjectType({ description: 'A criminal network (police intelligence)' })
export class Network {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => NetworkCategoryEnum) category!: NetworkCategory;
  @Field(() => ReachEnum) reach!: Reach;
}

@ObjectType({ description: 'Where a network is present, with confidence and validity' })
export class NetworkPresence {
  @Field(() => ID) id!: string;
  @Field(() => Network) network!: Network;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => ConfidenceEnum) confidence!: Confidence;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}

@ObjectType({ description: 'A rivalry or alliance between two networks; symmetric' })
export class NetworkRelation {
  @Field(() => ID) id!: string;
  @Field(() => Network) a!: Network;
  @Field(() => Network) b!: Network;
  @Field(() => NetworkRelationKindEnum) kind!: NetworkRelationKind;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
}
