import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PlainText } from '../../common/plain-text.js';
import { DateScalar } from '../../common/scalars.js';
import { TeamRoleEnum } from '../../teams/models/team.models.js';
import { TEAM_ROLES, type TeamRole } from '../../teams/team.repository.js';
import {
  COMPLIANCE_GRADES,
  CONDITION_KINDS,
  MAX_AREA_MUNICIPALITIES,
  type ComplianceGrade,
  type ConditionKind,
} from '../condition-vocabulary.js';
import { ComplianceGradeEnum, ConditionKindEnum } from '../models/condition.models.js';

export const MAX_CONDITION_TEXT = 1000;

@InputType({ description: 'A condition the defector signed' })
export class AddConditionInput {
  @Field(() => ConditionKindEnum) @IsIn(CONDITION_KINDS) kind!: ConditionKind;
  @Field(() => [String], {
    nullable: true,
    description: 'STAY_AWAY_FROM_AREA: the municipality codes (at least one); not given for other kinds. Protected (sealed).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_AREA_MUNICIPALITIES)
  @ArrayUnique()
  @IsString({ each: true })
  areaMunicipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'the condition in words; required for OTHER. Protected (sealed).' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONDITION_TEXT)
  @PlainText({ multiline: true })
  description?: string | null;
  @Field({ description: 'what counts as a breach (e.g. "a positive test or a missed test"). Protected (sealed).' })
  @IsString()
  @MinLength(3)
  @MaxLength(MAX_CONDITION_TEXT)
  @PlainText({ multiline: true })
  breachRule!: string;
  @Field(() => [TeamRoleEnum], {
    nullable: true,
    description: 'the team roles told of a breach; the responsible officer always is (default: RESPONSIBLE_OFFICER, LOCAL_COORDINATOR)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(TEAM_ROLES, { each: true })
  notify?: TeamRole[] | null;
  @Field(() => DateScalar, { description: 'the day the defector signed it; not after today' }) @IsString() signedOn!: string;
}

@InputType({ description: 'One observation of how a condition was kept' })
export class RecordComplianceInput {
  @Field(() => ComplianceGradeEnum) @IsIn(COMPLIANCE_GRADES) compliance!: ComplianceGrade;
  @Field(() => DateScalar, { description: 'not after today, not before the condition was signed' }) @IsString() observedOn!: string;
  @Field(() => String, { nullable: true, description: 'protected (sealed)' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONDITION_TEXT)
  @PlainText({ multiline: true })
  note?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'raise a review for the team on this observation too (e.g. PARTLY: "seen with the wrong people"); BREACHED always raises one',
  })
  @IsOptional()
  @IsBoolean()
  raiseReview?: boolean | null;
}
