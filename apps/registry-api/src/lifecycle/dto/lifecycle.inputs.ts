import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PlainText } from '../../common/plain-text.js';
import { DateScalar } from '../../common/scalars.js';
import {
  ASSESSMENT_KINDS,
  FOLLOW_UP_HOUSING,
  FOLLOW_UP_INCOME,
  FOLLOW_UP_OUTCOMES,
  RELAPSE_ANSWERS,
  THREAT_STANDS_ANSWERS,
  type AssessmentKind,
  type FollowUpHousing,
  type FollowUpIncome,
  type FollowUpOutcome,
  type RelapseAnswer,
  type ThreatStandsAnswer,
} from '../case-stages.js';
import {
  AssessmentKindEnum,
  FollowUpHousingEnum,
  FollowUpIncomeEnum,
  FollowUpOutcomeEnum,
  RelapseAnswerEnum,
  ThreatStandsAnswerEnum,
} from '../models/lifecycle.models.js';

export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 2000;

@InputType({ description: 'An assessment the case needs: record it when required (no completedOn) and again when completed' })
export class AssessmentStepInput {
  @Field(() => AssessmentKindEnum) @IsIn(ASSESSMENT_KINDS) kind!: AssessmentKind;
  @Field() @IsString() @MaxLength(MAX_NAME_LENGTH) @PlainText() instrument!: string;
  @Field() @IsString() @MaxLength(MAX_NAME_LENGTH) @PlainText() assessor!: string;
  @Field(() => DateScalar) @IsString() requiredOn!: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() completedOn?: string | null;
}

@InputType({ description: 'The answers of a follow-up (uppföljning); fills the case’s waiting follow-up, or records one more' })
export class FollowUpInput {
  @Field(() => DateScalar, { description: 'the day the follow-up was made' }) @IsString() recordedOn!: string;
  @Field(() => FollowUpOutcomeEnum) @IsIn(FOLLOW_UP_OUTCOMES) outcome!: FollowUpOutcome;
  @Field(() => FollowUpHousingEnum) @IsIn(FOLLOW_UP_HOUSING) housing!: FollowUpHousing;
  @Field(() => FollowUpIncomeEnum) @IsIn(FOLLOW_UP_INCOME) income!: FollowUpIncome;
  @Field(() => RelapseAnswerEnum) @IsIn(RELAPSE_ANSWERS) relapse!: RelapseAnswer;
  @Field(() => ThreatStandsAnswerEnum) @IsIn(THREAT_STANDS_ANSWERS) threatStands!: ThreatStandsAnswer;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH)
  @PlainText({ multiline: true })
  notes?: string | null;
}
