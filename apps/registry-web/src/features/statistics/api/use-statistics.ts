import { useQuery } from 'urql';
import { graphql } from '../../../gql';

export const StatisticsQuery = graphql(`
  query Statistics($period: StatisticsPeriodInput!) {
    statistics(period: $period, groupBy: [REGION, MONTH]) {
      measure
      category
      unit
      columns
      rows {
        label
        cells {
          value
          suppressed
        }
        total {
          value
          suppressed
        }
      }
      columnTotals {
        value
        suppressed
      }
      grandTotal {
        value
        suppressed
      }
      threshold
      asOf
      source
    }
  }
`);

export function useStatistics(period: { from: string; to: string }) {
  const [result] = useQuery({ query: StatisticsQuery, variables: { period } });
  return result;
}
