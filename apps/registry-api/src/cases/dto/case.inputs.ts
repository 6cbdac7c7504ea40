import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REACHES, THREAT_LEVELS, UNSUITABLE_REASONS, type Reach, type ThreatLevel, type UnsuitableReason } from '@registry/checker';
import { POLICE_REGIONS, type PoliceRegion } from '@registry/geo';
import { PoliceRegionEnum, ReachEnum, ThreatLevelEnum, UnsuitableReasonEnum } from '../../common/graphql-enums.js';
import { PlainText } from '../../common/plain-text.js';
import { DateScalar } from '../../common/scalars.js';

/** The five criteria the police check before a case opens. */
@InputType()
export class EligibilityInput {
  @Field() @IsBoolean() meetsDefinition!: boolean;
  @Field() @IsBoolean() motivated!: boolean;
  @Field() @IsBoolean() consentToInformationExchange!: boolean;
  @Field({
    description:
      'the defector has signed the conditions form (an eligibility criterion, unchanged). The conditions themselves, with breach rules and compliance, are Case.conditions (addCondition); recording them does not change this answer.',
  })
  @IsBoolean()
  signedConditions!: boolean;
  @Field({ description: 'bevisperson: a suspect, defendant, injured party or witness; no defector case is opened for them' })
  @IsBoolean()
  evidencePerson!: boolean;
}

/** Most relatives one case may name; Case.relatives is at most this long. */
export const MAX_RELATIVES = 20;
/** Most threat actors, or threat networks, one threat assessment may name. */
export const MAX_THREATS_NAMED = 100;

@InputType()
export class OpenCaseInput {
  @Field(() => PoliceRegionEnum) @IsIn(POLICE_REGIONS) region!: PoliceRegion;
  @Field() @IsString() @MaxLength(4) homeMunicipalityCode!: string;
  @Field(() => ID) @IsString() @MaxLength(64) defectorId!: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(MAX_RELATIVES) @IsString({ each: true }) relativeIds?:
    string[] | null;
  @Field(() => EligibilityInput) @ValidateNested() @Type(() => EligibilityInput) eligibility!: EligibilityInput;
}

@InputType()
export class ThreatAssessmentInput {
  @Field(() => ThreatLevelEnum) @IsIn(THREAT_LEVELS) level!: ThreatLevel;
  @Field(() => ReachEnum) @IsIn(REACHES) reach!: Reach;
  @Field() @IsBoolean() relocationRequired!: boolean;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_THREATS_NAMED)
  @IsString({ each: true })
  threatActorIds?: string[] | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_THREATS_NAMED)
  @IsString({ each: true })
  threatNetworkIds?: string[] | null;
  @Field(() => DateScalar) @IsString() assessedOn!: string;
  @Field(() => DateScalar) @IsString() reviewDue!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) @PlainText({ multiline: true }) summary?:
    string | null;
}

@InputType()
export class UnsuitableInput {
  @Field() @IsString() @MaxLength(4) municipalityCode!: string;
  @Field(() => UnsuitableReasonEnum) @IsIn(UNSUITABLE_REASONS) reason!: UnsuitableReason;
}

@InputType()
export class PlacementAssessmentInput {
  @Field(() => [UnsuitableInput])
  @IsArray()
  @ArrayMaxSize(290)
  @ValidateNested({ each: true })
  @Type(() => UnsuitableInput)
  unsuitable!: UnsuitableInput[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(290) @IsString({ each: true }) suitableCodes?:
    string[] | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(2000) minDistanceFromHomeKm?: number | null;
  @Field(() => DateScalar) @IsString() assessedOn!: string;
  @Field(() => DateScalar) @IsString() reviewDue!: string;
}
