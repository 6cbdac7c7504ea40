import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CaseStatus, ProposalStatus, Severity } from '@registry/checker';
import type { FlagCode } from '@registry/checker';
import type { PoliceRegion } from '@registry/geo';
import { CaseStatusEnum, FlagCodeEnum, PoliceRegionEnum, ProposalStatusEnum, SeverityEnum } from '../../common/graphql-enums.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { TEAM_ROLES, type TeamRole } from '../team.repository.js';

export const TeamRoleEnum = Object.fromEntries(TEAM_ROLES.map((r) => [r, r])) as Record<TeamRole, TeamRole>;
registerEnumType(TeamRoleEnum, {
  name: 'TeamRole',
  description:
    'RESPONSIBLE_OFFICER (ansvarig handläggare; the officer who opens a case), LOCAL_COORDINATOR (lokal avhopparsamordnare, LAS), CONTACT_OFFICER, SOCIAL_SECRETARY, OTHER',
});

export const CaseAccessLevelEnum = { SUMMARY: 'SUMMARY', DETAILS: 'DETAILS' } as const;
export type CaseAccessLevelName = keyof typeof CaseAccessLevelEnum;
registerEnumType(CaseAccessLevelEnum, {
  name: 'CaseAccessLevel',
  description:
    "DETAILS: the caller reads the case's protected details (team member, unexpired break-glass, national coordination, or CASE_ACCESS=region). SUMMARY: existence, status and checker results only.",
});

@ObjectType({ description: "A member of a case's team; the officer is their token subject (JWT sub)" })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field() officer!: string;
  @Field(() => TeamRoleEnum) role!: TeamRole;
  @Field() reason!: string;
  @Field({ description: 'the officer who added them' }) addedBy!: string;
  @Field(() => DateTimeScalar) addedAt!: Date;
}

@ObjectType({
  description:
    "Time-limited access to a case's details by an officer outside its team: reported at once to auditors (auditAnomalies: BREAK_GLASS) and to the case's responsible officer (notifications)",
})
export class BreakGlassGrant {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field() officer!: string;
  @Field() reason!: string;
  @Field(() => DateTimeScalar) grantedAt!: Date;
  @Field(() => DateTimeScalar) expiresAt!: Date;
}

@ObjectType({ description: 'A flag by code and severity only: its message may name places' })
export class FlagSummary {
  @Field(() => FlagCodeEnum) code!: FlagCode;
  @Field(() => SeverityEnum) severity!: Severity;
}

@ObjectType({ description: "One of the case's proposals as the checker left it, without its destination" })
export class CheckSummary {
  @Field(() => ProposalStatusEnum) proposalStatus!: ProposalStatus;
  @Field() cleared!: boolean;
  @Field(() => [FlagSummary]) flags!: FlagSummary[];
  @Field(() => DateTimeScalar) checkedAt!: Date;
}

@ObjectType({ description: 'What every officer of the region may know of a case: that it exists, its status and its checker results' })
export class CaseSummary {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => PoliceRegionEnum) region!: PoliceRegion;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => CaseAccessLevelEnum, { description: 'what the caller may read of this case now' }) access!: CaseAccessLevelName;
  @Field(() => [CheckSummary]) checks!: CheckSummary[];
}
