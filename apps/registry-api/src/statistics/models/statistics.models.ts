import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { listOf } from '../../common/query-cost.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { MAX_PERIOD_MONTHS } from '../statistics-period.js';
import { MAX_TABLE_COUNT, MEASURE_IDS } from '../measures.js';

export const StatisticsMeasureEnum = Object.fromEntries(MEASURE_IDS.map((id) => [id, id])) as Record<string, string>;
registerEnumType(StatisticsMeasureEnum, {
  name: 'StatisticsMeasure',
  description:
    'CASES_OPENED, PLACEMENTS (confirmed), PROPOSAL_TO_PLACEMENT_DAYS (median), OVERRIDES, FLAGS_BY_CODE (one table per flag code), CLOSURES_BY_REASON (one table per ClosureReason), FOLLOW_UP_OUTCOMES (recorded follow-ups, one table per FollowUpOutcome), HOUSING_TYPES (placements, one table per HousingType, suppressed together with PLACEMENTS; month totals only, no region or year totals)',
});

export enum StatisticsDimension {
  REGION = 'REGION',
  MONTH = 'MONTH',
}
registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: 'police region or calendar month; never anything finer',
});

export enum StatisticsUnit {
  COUNT = 'COUNT',
  MEDIAN_DAYS = 'MEDIAN_DAYS',
}
registerEnumType(StatisticsUnit, { name: 'StatisticsUnit' });

@InputType({ description: 'Whole calendar months, YYYY-MM, at most 12, ending before the current month' })
export class StatisticsPeriodInput {
  @Field() @IsString() @MaxLength(7) from!: string;
  @Field() @IsString() @MaxLength(7) to!: string;
}

@ObjectType({ description: 'One figure: its value, or suppressed (shown as "–") because it could help identify a person' })
export class StatisticsCell {
  @Field(() => Float, { nullable: true, description: 'null when suppressed, or for a median of no events' }) value!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType()
export class StatisticsRow {
  @Field() label!: string;
  @Field(() => [StatisticsCell], { complexity: listOf(MAX_PERIOD_MONTHS) }) cells!: StatisticsCell[];
  @Field(() => StatisticsCell, { nullable: true, description: 'the row total; null where the table publishes none' })
  total!: StatisticsCell | null;
}

@ObjectType({ description: 'A table of one measure, small figures suppressed so that no published figure lets one be recovered' })
export class StatisticsTable {
  @Field(() => StatisticsMeasureEnum) measure!: string;
  @Field(() => String, {
    nullable: true,
    description: 'the category of a split measure (the flag code of FLAGS_BY_CODE, the housing type of HOUSING_TYPES…)',
  })
  category!: string | null;
  @Field(() => StatisticsUnit) unit!: StatisticsUnit;
  @Field(() => StatisticsDimension) rowDimension!: StatisticsDimension;
  @Field(() => StatisticsDimension, { nullable: true, description: 'null for a one-dimensional table (one column of values)' })
  columnDimension!: StatisticsDimension | null;
  @Field(() => [String], { complexity: listOf(MAX_PERIOD_MONTHS) }) columns!: string[];
  @Field(() => [StatisticsRow], { complexity: listOf(MAX_PERIOD_MONTHS) }) rows!: StatisticsRow[];
  @Field(() => [StatisticsCell], {
    nullable: true,
    complexity: listOf(MAX_PERIOD_MONTHS),
    description: 'null where the table publishes none',
  })
  columnTotals!: StatisticsCell[] | null;
  @Field(() => StatisticsCell, { nullable: true }) grandTotal!: StatisticsCell | null;
  @Field(() => Int, { description: 'figures from 1 to threshold − 1 are never published' }) threshold!: number;
  @Field(() => DateTimeScalar, { description: 'when the figures were read from the register' }) asOf!: Date;
  @Field({ description: 'what the figures are counted from' }) source!: string;
}

/** An upper bound for query cost: every measure, a measure split into categories as one table per category. */
export const MAX_TABLES = MAX_TABLE_COUNT;
