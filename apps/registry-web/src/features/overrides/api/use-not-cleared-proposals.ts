import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

/*
 * The schema has no query for proposals across cases, so this reads every case national coordination
 * sees with its proposals and keeps the NOT_CLEARED ones. A `proposals(status: ProposalStatus)` query in
 * the API would let the server do the filtering (suggested to the API team).
 */
export const NotClearedProposalsQuery = graphql(`
  query NotClearedProposals {
    cases {
      id
      reference
      region
      proposals {
        id
        status
        housingType
        startDate
        endDate
        municipality {
          code
          name
        }
        check {
          checkedAt
          flags {
            code
            severity
            message
          }
        }
      }
    }
  }
`);

export function useNotClearedProposals() {
  const context = useMemo(() => ({ additionalTypenames: ['Proposal'] }), []);
  const [result, reexecute] = useQuery({ query: NotClearedProposalsQuery, requestPolicy: 'cache-and-network', context });
  const proposals = useMemo(
    () =>
      (result.data?.cases ?? []).flatMap((item) =>
        item.proposals
          .filter((proposal) => proposal.status === 'NOT_CLEARED')
          .map((proposal) => ({ ...proposal, caseId: item.id, caseReference: item.reference, caseRegion: item.region })),
      ),
    [result.data],
  );
  return { result, proposals, reexecute };
}
