import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { TeamRole } from '../../../gql/graphql';

export const CaseTeamQuery = graphql(`
  query CaseTeam($id: ID!) {
    case(id: $id) {
      id
      status
      team {
        id
        officer
        role
        reason
        addedAt
        addedBy
      }
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($caseId: ID!, $officer: String!, $role: TeamRole!, $reason: String!) {
    addTeamMember(caseId: $caseId, officer: $officer, role: $role, reason: $reason) {
      id
      officer
      role
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($caseId: ID!, $memberId: ID!, $reason: String!) {
    removeTeamMember(caseId: $caseId, memberId: $memberId, reason: $reason)
  }
`);

/** The case's current team: who, in what role, why, and who added them. */
export function useCaseTeam(caseId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['TeamMember'] }), []);
  return useQuery({ query: CaseTeamQuery, variables: { id: caseId }, requestPolicy: 'cache-and-network', context });
}

const refresh = { additionalTypenames: ['TeamMember', 'Case', 'CaseSummary'] };

export function useAddTeamMember() {
  const [state, execute] = useMutation(AddTeamMemberMutation);
  return [
    state,
    (caseId: string, officer: string, role: TeamRole, reason: string) => execute({ caseId, officer, role, reason }, refresh),
  ] as const;
}

export function useRemoveTeamMember() {
  const [state, execute] = useMutation(RemoveTeamMemberMutation);
  return [state, (caseId: string, memberId: string, reason: string) => execute({ caseId, memberId, reason }, refresh)] as const;
}
