import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONFLICT_ROLES, KEEP_APART_SCOPES, type ConflictRole, type KeepApartScope } from '@registry/checker';
import { ConflictRoleEnum, KeepApartScopeEnum } from '../../common/graphql-enums.js';
import { DateScalar } from '../../common/scalars.js';

@InputType({
  description:
    'What a personal conflict says beyond its kind. Omitted fields keep their value (reviewPersonalConflict) or take the default (a new conflict: UNKNOWN roles, SAME_MUNICIPALITY, no reason, no review date).',
})
export class ConflictTermsInput {
  @Field(() => ConflictRoleEnum, { nullable: true, description: "personId's part" })
  @IsOptional()
  @IsIn(CONFLICT_ROLES)
  personRole?: ConflictRole | null;

  @Field(() => ConflictRoleEnum, { nullable: true, description: "otherPersonId's part" })
  @IsOptional()
  @IsIn(CONFLICT_ROLES)
  otherRole?: ConflictRole | null;

  @Field(() => KeepApartScopeEnum, { nullable: true })
  @IsOptional()
  @IsIn(KEEP_APART_SCOPES)
  scope?: KeepApartScope | null;

  // Checked in full by the service (visible plain text, 3 to 1000 characters once trimmed).
  @Field(() => String, { nullable: true, description: 'Why the two must be kept apart; sealed; 3 to 1000 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the conflict is next to be reviewed' })
  @IsOptional()
  @IsString()
  reviewDue?: string | null;
}
