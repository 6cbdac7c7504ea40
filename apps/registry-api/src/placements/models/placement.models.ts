import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FLAG_CODES, type HousingType, type PlacementEndReason, type ProposalStatus } from '@registry/checker';
import { Case } from '../../cases/models/case.model.js';
import { CheckResult, Flag } from '../../checking/models/check-result.model.js';
import { HousingTypeEnum, PlacementEndReasonEnum, ProposalStatusEnum } from '../../common/graphql-enums.js';
import { listOf } from '../../common/query-cost.js';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';

@ObjectType({ description: 'A proposed destination for a case household, with the check made when it was submitted' })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field(() => Case) case!: Case;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => HousingTypeEnum) housingType!: HousingType;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => ProposalStatusEnum) status!: ProposalStatus;
  @Field(() => CheckResult) check!: CheckResult;
  @Field(() => String, {
    nullable: true,
    description: 'Set when CLEARED or OVERRIDDEN, in the answer that made it so: only a hash is stored, so it is shown once',
  })
  clearanceReference!: string | null;
}

@ObjectType({ description: 'A household placed in a municipality' })
export class Placement {
  @Field(() => ID) id!: string;
  @Field(() => Case) case!: Case;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => HousingTypeEnum) housingType!: HousingType;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => DateScalar, { nullable: true }) endedOn!: string | null;
  @Field(() => PlacementEndReasonEnum, { nullable: true }) endReason!: PlacementEndReason | null;
}

@ObjectType({ description: 'All a receiving municipality ever learns about a placement' })
export class Clearance {
  @Field() reference!: string;
  @Field(() => Municipality, { description: 'the destination' }) municipality!: Municipality;
  @Field() cleared!: boolean;
  @Field(() => HousingTypeEnum) housingType!: HousingType;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) validUntil!: string;
}

@ObjectType()
export class DestinationAnswer {
  @Field() cleared!: boolean;
  @Field(() => DateTimeScalar) checkedAt!: Date;
}

export const AlertKindEnum = { RECHECK: 'RECHECK', FOLLOW_UP_OVERDUE: 'FOLLOW_UP_OVERDUE' } as const;
export type AlertKind = keyof typeof AlertKindEnum;
registerEnumType(AlertKindEnum, { name: 'AlertKind', description: 'What an alert is about' });

@ObjectType({
  description: 'Raised on a placement: an active placement that a change of facts has made blocked, or an overdue follow-up after it ended',
})
export class Alert {
  @Field(() => ID) id!: string;
  @Field(() => Placement) placement!: Placement;
  @Field(() => DateTimeScalar) raisedAt!: Date;
  @Field(() => [Flag], { complexity: listOf(FLAG_CODES.length) }) flags!: Flag[];
  @Field() acknowledged!: boolean;
  @Field(() => AlertKindEnum, {
    description:
      'RECHECK: a re-check of the active placement blocks (flags say why); FOLLOW_UP_OVERDUE: the follow-up due after the placement ended is not recorded (no flags)',
  })
  kind!: AlertKind;
}
