import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CONSENT_ANSWERS,
  CONSENT_DATA_CATEGORIES,
  CONSENT_RECIPIENTS,
  SIGNATORY_ROLES,
  type ConsentAnswer,
  type ConsentDataCategory,
  type ConsentRecipient,
  type SignatoryRole,
} from '@registry/checker';
import { ConsentAnswerEnum, ConsentDataCategoryEnum, ConsentRecipientEnum, SignatoryRoleEnum } from '../../common/graphql-enums.js';
import { PlainText } from '../../common/plain-text.js';
import { DateScalar } from '../../common/scalars.js';

/** Most signatories one signing may have: the member and their guardians, with room to spare. */
export const MAX_SIGNATORIES = 6;

@InputType()
export class ConsentSignatoryInput {
  @Field(() => SignatoryRoleEnum) @IsIn(SIGNATORY_ROLES) role!: SignatoryRole;
  @Field(() => ConsentAnswerEnum) @IsIn(CONSENT_ANSWERS) answer!: ConsentAnswer;
  @Field({ description: 'who signed; protected (sealed), shown only to those who may read the case' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @PlainText()
  name!: string;
}

@InputType({ description: 'A signing: the first, or a renewal' })
export class ConsentSigningInput {
  @Field(() => DateScalar, { description: 'the day signed; not after today' }) @IsString() signedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'default: six months after signedOn' })
  @IsOptional()
  @IsString()
  reviewDue?: string | null;
  @Field(() => [ConsentSignatoryInput], {
    description:
      'every answer given: the member alone from 18, the guardians and the member at 15–17, the guardians alone under 15 (judged on the day asked, so a member turning 15 or 18 needs a new signing)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SIGNATORIES)
  @ValidateNested({ each: true })
  @Type(() => ConsentSignatoryInput)
  signatories!: ConsentSignatoryInput[];
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID, { description: 'the household member the consent is about' }) @IsString() @MaxLength(64) personId!: string;
  @Field(() => [ConsentDataCategoryEnum])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CONSENT_DATA_CATEGORIES, { each: true })
  categories!: ConsentDataCategory[];
  @Field(() => [ConsentRecipientEnum])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CONSENT_RECIPIENTS, { each: true })
  recipients!: ConsentRecipient[];
  @Field(() => ConsentSigningInput) @ValidateNested() @Type(() => ConsentSigningInput) signing!: ConsentSigningInput;
}
