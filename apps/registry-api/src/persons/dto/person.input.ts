import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PERSON_KINDS, type PersonKind } from '@registry/checker';
import { PersonKindEnum } from '../../common/graphql-enums.js';
import { PlainText } from '../../common/plain-text.js';

@InputType()
export class PersonInput {
  @Field(() => PersonKindEnum)
  @IsIn(PERSON_KINDS)
  kind!: PersonKind;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @PlainText()
  givenName!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @PlainText()
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'personnummer or samordningsnummer: YYMMDD-NNNN, YYMMDDNNNN or YYYYMMDDNNNN' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  personalIdentityNumber?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;
}
