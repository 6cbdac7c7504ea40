import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActualAreaKind, Confidence } from '@registry/checker';
import { ActualAreaKindEnum, ConfidenceEnum } from '../../common/graphql-enums.js';
import { DateScalar } from '../../common/scalars.js';

@ObjectType({
  description:
    "Where a person actually lives or spends time besides the registered home municipality (police intelligence). The checker counts a household member's areas valid in a placement's period as home for HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME; a POSSIBLE one warns and never blocks.",
})
export class ActualArea {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'the municipality (SCB code)' }) municipalityCode!: string;
  @Field(() => ActualAreaKindEnum) kind!: ActualAreaKind;
  @Field(() => ConfidenceEnum) confidence!: Confidence;
  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => String, { nullable: true }) sourceNote!: string | null;
  @Field({ description: 'ended with endActualArea (validTo then says when it stopped counting)' }) ended!: boolean;
}
