import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { ConsentSigningInput, RecordConsentInput } from '../../../gql/graphql';

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($caseId: ID!, $input: RecordConsentInput!) {
    recordConsent(caseId: $caseId, input: $input) {
      id
      status
      reviewDue
    }
  }
`);

export const RenewConsentMutation = graphql(`
  mutation RenewConsent($consentId: ID!, $signing: ConsentSigningInput!) {
    renewConsent(consentId: $consentId, signing: $signing) {
      id
      status
      lastSignedOn
      reviewDue
      renewals
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($consentId: ID!) {
    withdrawConsent(consentId: $consentId) {
      id
      status
      withdrawnOn
    }
  }
`);

const refresh = { additionalTypenames: ['Consent', 'Case', 'CheckResult'] };

export function useRecordConsent() {
  const [state, execute] = useMutation(RecordConsentMutation);
  return [state, (caseId: string, input: RecordConsentInput) => execute({ caseId, input }, refresh)] as const;
}

export function useRenewConsent() {
  const [state, execute] = useMutation(RenewConsentMutation);
  return [state, (consentId: string, signing: ConsentSigningInput) => execute({ consentId, signing }, refresh)] as const;
}

export function useWithdrawConsent() {
  const [state, execute] = useMutation(WithdrawConsentMutation);
  return [state, (consentId: string) => execute({ consentId }, refresh)] as const;
}
