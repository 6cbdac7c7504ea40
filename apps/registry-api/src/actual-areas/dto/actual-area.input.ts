import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ACTUAL_AREA_KINDS, CONFIDENCES, type ActualAreaKind, type Confidence } from '@registry/checker';
import { ActualAreaKindEnum, ConfidenceEnum } from '../../common/graphql-enums.js';
import { PlainText } from '../../common/plain-text.js';
import { DateScalar } from '../../common/scalars.js';

@InputType({ description: 'Where a household member actually lives or spends time, besides the registered home municipality' })
export class ActualAreaInput {
  @Field(() => ID, { description: 'the person (usually a household member) the intelligence is about' })
  @IsString()
  @MaxLength(64)
  personId!: string;

  @Field({ description: 'the municipality (4-digit SCB code); sealed, shown only to callers who may see the person' })
  @IsString()
  @MaxLength(4)
  municipalityCode!: string;

  @Field(() => ActualAreaKindEnum)
  @IsIn(ACTUAL_AREA_KINDS)
  kind!: ActualAreaKind;

  @Field(() => ConfidenceEnum, {
    description: 'CONFIRMED and PROBABLE count as home in HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME; POSSIBLE (unconfirmed) warns only',
  })
  @IsIn(CONFIDENCES)
  confidence!: Confidence;

  @Field(() => DateScalar)
  @IsString()
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'absent: open-ended' })
  @IsOptional()
  @IsString()
  validTo?: string | null;

  @Field(() => String, { nullable: true, description: 'where the intelligence comes from; sealed, never in a flag or the audit log' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @PlainText({ multiline: true })
  sourceNote?: string | null;
}
