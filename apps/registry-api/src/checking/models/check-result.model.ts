import { Field, ObjectType } from '@nestjs/graphql';
import { FLAG_CODES, type FlagCode, type Language, type Severity } from '@registry/checker';
import { FlagCodeEnum, SeverityEnum } from '../../common/graphql-enums.js';
import { listOf } from '../../common/query-cost.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';

@ObjectType({ description: 'One rule that fired; its message sums up every cause, redacted for the caller' })
export class Flag {
  @Field(() => FlagCodeEnum) code!: FlagCode;
  @Field(() => SeverityEnum) severity!: Severity;
  /** Not a field: `message` picks the request's language from these (FlagResolver). */
  messages!: Readonly<Record<Language, string>>;
}

@ObjectType({ description: "The checker's advice for one destination. Not flagged never means safe." })
export class CheckResult {
  @Field(() => Municipality) municipality!: Municipality;
  @Field({ description: 'true exactly when no flag has severity BLOCK' }) cleared!: boolean;
  /** A result holds each code at most once. */
  @Field(() => [Flag], { complexity: listOf(FLAG_CODES.length) }) flags!: Flag[];
  @Field(() => DateTimeScalar) checkedAt!: Date;
}
