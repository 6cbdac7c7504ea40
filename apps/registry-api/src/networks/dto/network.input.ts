import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { NETWORK_CATEGORIES, REACHES, type NetworkCategory, type Reach } from '@registry/checker';
import { NetworkCategoryEnum, ReachEnum } from '../../common/graphql-enums.js';
import { PlainText } from '../../common/plain-text.js';

@InputType()
export class NetworkInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @PlainText()
  name!: string;

  @Field(() => NetworkCategoryEnum)
  @IsIn(NETWORK_CATEGORIES)
  category!: NetworkCategory;

  @Field(() => ReachEnum)
  @IsIn(REACHES)
  reach!: Reach;
}
