import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { CaseStage, ClosureReason, FollowUpInput } from '../../../gql/graphql';

export const CaseLifecycleQuery = graphql(`
  query CaseLifecycle($id: ID!) {
    case(id: $id) {
      id
      status
      stage
      closureReason
      escalated
      nextStages
      history {
        id
        kind
        fromStage
        toStage
        closureReason
        fromRegion
        toRegion
        actor
        reason
        at
      }
      followUps {
        id
        dueOn
        overdue
        recordedOn
        outcome
        housing
        income
        relapse
        threatStands
        notes
        recordedBy
      }
    }
  }
`);

/** A case's stage, where it may go next, its history and its follow-ups. */
export function useCaseLifecycle(id: string) {
  return useQuery({ query: CaseLifecycleQuery, variables: { id } });
}

const LIFECYCLE_FIELDS = 'Case';

export const TransitionCaseMutation = graphql(`
  mutation TransitionCase($caseId: ID!, $to: CaseStage!, $reason: String!) {
    transitionCase(caseId: $caseId, to: $to, reason: $reason) {
      id
      stage
      status
    }
  }
`);

export const CloseCaseWithReasonMutation = graphql(`
  mutation CloseCaseWithReason($caseId: ID!, $closureReason: ClosureReason!, $reason: String!) {
    closeCaseWithReason(caseId: $caseId, closureReason: $closureReason, reason: $reason) {
      id
      stage
      status
    }
  }
`);

export const ReopenCaseMutation = graphql(`
  mutation ReopenCase($caseId: ID!, $reason: String!) {
    reopenCase(caseId: $caseId, reason: $reason) {
      id
      stage
      status
    }
  }
`);

export const EscalateCaseMutation = graphql(`
  mutation EscalateCase($caseId: ID!, $reason: String!) {
    escalateCase(caseId: $caseId, reason: $reason) {
      id
      escalated
    }
  }
`);

export const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($caseId: ID!, $input: FollowUpInput!) {
    recordFollowUp(caseId: $caseId, input: $input) {
      id
      stage
    }
  }
`);

/** Every change reloads the case everywhere on the page (status, stage, proposals). */
const refresh = { additionalTypenames: [LIFECYCLE_FIELDS] };

export function useTransitionCase() {
  const [state, execute] = useMutation(TransitionCaseMutation);
  return [state, (caseId: string, to: CaseStage, reason: string) => execute({ caseId, to, reason }, refresh)] as const;
}

export function useCloseCaseWithReason() {
  const [state, execute] = useMutation(CloseCaseWithReasonMutation);
  return [
    state,
    (caseId: string, closureReason: ClosureReason, reason: string) => execute({ caseId, closureReason, reason }, refresh),
  ] as const;
}

export function useReopenCase() {
  const [state, execute] = useMutation(ReopenCaseMutation);
  return [state, (caseId: string, reason: string) => execute({ caseId, reason }, refresh)] as const;
}

export function useEscalateCase() {
  const [state, execute] = useMutation(EscalateCaseMutation);
  return [state, (caseId: string, reason: string) => execute({ caseId, reason }, refresh)] as const;
}

export function useRecordFollowUp() {
  const [state, execute] = useMutation(RecordFollowUpMutation);
  return [state, (caseId: string, input: FollowUpInput) => execute({ caseId, input }, refresh)] as const;
}
