import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { HOUSING_TYPES, type HousingType } from '@registry/checker';
import { HousingTypeEnum } from '../../common/graphql-enums.js';
import { DateScalar } from '../../common/scalars.js';

@InputType()
export class ProposalInput {
  @Field(() => ID) @IsString() @MaxLength(64) caseId!: string;
  @Field() @IsString() @MaxLength(4) municipalityCode!: string;
  @Field(() => HousingTypeEnum) @IsIn(HOUSING_TYPES) housingType!: HousingType;
  @Field(() => DateScalar) @IsString() startDate!: string;
  @Field(() => DateScalar) @IsString() endDate!: string;
}
