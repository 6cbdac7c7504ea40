import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CaseStatus, Reach, ThreatLevel, UnsuitableReason } from '@registry/checker';
import { municipalities, type PoliceRegion } from '@registry/geo';
import { CaseStatusEnum, PoliceRegionEnum, ReachEnum, ThreatLevelEnum, UnsuitableReasonEnum } from '../../common/graphql-enums.js';
import { listOf } from '../../common/query-cost.js';
import { DateScalar } from '../../common/scalars.js';
import { Municipality } from '../../municipalities/models/municipality.model.js';
import { Network } from '../../networks/models/network.model.js';
import { Person } from '../../persons/models/person.model.js';
import { MAX_RELATIVES, MAX_THREATS_NAMED } from '../dto/case.inputs.js';

@ObjectType({ description: 'hotbilds- och riskbedömning: the police threat assessment' })
export class ThreatAssessment {
  @Field(() => ThreatLevelEnum) level!: ThreatLevel;
  @Field(() => ReachEnum) reach!: Reach;
  @Field() relocationRequired!: boolean;
  @Field(() => [Person], { complexity: listOf(MAX_THREATS_NAMED) }) threatActors!: Person[];
  @Field(() => [Network], { complexity: listOf(MAX_THREATS_NAMED) }) threatNetworks!: Network[];
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => DateScalar) reviewDue!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
}

@ObjectType()
export class UnsuitableMunicipality {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => UnsuitableReasonEnum) reason!: UnsuitableReason;
}

@ObjectType({ description: 'placeringsbedömning: which municipalities suit the household as a destination' })
export class PlacementAssessment {
  @Field(() => [UnsuitableMunicipality], { complexity: listOf(municipalities.length) }) unsuitable!: UnsuitableMunicipality[];
  @Field(() => [Municipality], { complexity: listOf(municipalities.length) }) suitable!: Municipality[];
  @Field(() => Float, { nullable: true }) minDistanceFromHomeKm!: number | null;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => DateScalar) reviewDue!: string;
}

@ObjectType({ description: 'avhopparärende: the police case of one defector and the household moving with them' })
export class Case {
  @Field(() => ID) id!: string;
  @Field({ description: 'non-identifying, e.g. AVH-2026-000042' }) reference!: string;
  @Field(() => PoliceRegionEnum) region!: PoliceRegion;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => Municipality, { description: 'bosättningskommun: the responsible home municipality' }) homeMunicipality!: Municipality;
  @Field(() => Person) defector!: Person;
  @Field(() => [Person], { description: 'household members who move with the defector', complexity: listOf(MAX_RELATIVES) })
  relatives!: Person[];
  @Field() eligible!: boolean;
  @Field(() => ThreatAssessment, { nullable: true }) threatAssessment!: ThreatAssessment | null;
  @Field(() => PlacementAssessment, { nullable: true }) placementAssessment!: PlacementAssessment | null;
}
