import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { AddConditionInput, RecordComplianceInput } from '../../../gql/graphql';

export const AddConditionMutation = graphql(`
  mutation AddCondition($caseId: ID!, $input: AddConditionInput!) {
    addCondition(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const RecordComplianceMutation = graphql(`
  mutation RecordCompliance($conditionId: ID!, $input: RecordComplianceInput!) {
    recordCompliance(conditionId: $conditionId, input: $input) {
      id
      currentCompliance
    }
  }
`);

export const EndConditionMutation = graphql(`
  mutation EndCondition($conditionId: ID!, $reason: String!) {
    endCondition(conditionId: $conditionId, reason: $reason) {
      id
      endedOn
    }
  }
`);

export const CloseConditionReviewMutation = graphql(`
  mutation CloseConditionReview($reviewId: ID!, $decision: String!) {
    closeConditionReview(reviewId: $reviewId, decision: $decision) {
      id
      closedAt
    }
  }
`);

const TYPENAMES = { additionalTypenames: ['Condition', 'ConditionReview'] };

export function useAddCondition() {
  const [state, execute] = useMutation(AddConditionMutation);
  return [state, (caseId: string, input: AddConditionInput) => execute({ caseId, input }, TYPENAMES)] as const;
}

export function useRecordCompliance() {
  const [state, execute] = useMutation(RecordComplianceMutation);
  return [state, (conditionId: string, input: RecordComplianceInput) => execute({ conditionId, input }, TYPENAMES)] as const;
}

export function useEndCondition() {
  const [state, execute] = useMutation(EndConditionMutation);
  return [state, (conditionId: string, reason: string) => execute({ conditionId, reason }, TYPENAMES)] as const;
}

export function useCloseConditionReview() {
  const [state, execute] = useMutation(CloseConditionReviewMutation);
  return [state, (reviewId: string, decision: string) => execute({ reviewId, decision }, TYPENAMES)] as const;
}
