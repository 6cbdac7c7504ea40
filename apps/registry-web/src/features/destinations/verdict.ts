import type { RankDestinationsQuery } from '../../gql/graphql';

/** The map's `data-verdict` values; codes, never translated. */
export const VERDICTS = ['cleared', 'warning', 'blocked', 'home'] as const;
export type Verdict = (typeof VERDICTS)[number];

type CheckResult = RankDestinationsQuery['rankDestinations'][number];

export interface Destination {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  policeRegion: string;
  cleared: boolean;
  flags: CheckResult['flags'];
  verdict: Verdict;
  /** 1 for the API's best destination: cleared first, then fewest warnings, then farthest from threats */
  rank: number;
}

/**
 * home: the case's own home municipality, whatever the checker says of it (it is where the threat is);
 * blocked: not cleared (a BLOCK flag); warning: cleared with WARN flags; cleared: no flag at all.
 */
export function verdictOf(
  result: Pick<CheckResult, 'cleared' | 'flags'> & { municipality: { code: string } },
  homeCode: string | null,
): Verdict {
  if (homeCode !== null && result.municipality.code === homeCode) return 'home';
  if (!result.cleared) return 'blocked';
  if (result.flags.some((flag) => flag.severity === 'WARN')) return 'warning';
  return 'cleared';
}

export function toDestinations(results: readonly CheckResult[], homeCode: string | null): Destination[] {
  return results.map((result, index) => ({
    code: result.municipality.code,
    name: result.municipality.name,
    countyCode: result.municipality.county.code,
    countyName: result.municipality.county.name,
    policeRegion: result.municipality.policeRegion,
    cleared: result.cleared,
    flags: result.flags,
    verdict: verdictOf(result, homeCode),
    rank: index + 1,
  }));
}

export function countByVerdict(destinations: readonly Destination[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { cleared: 0, warning: 0, blocked: 0, home: 0 };
  for (const destination of destinations) counts[destination.verdict] += 1;
  return counts;
}

/** The order verdicts sort in: best first. */
export const VERDICT_ORDER: Record<Verdict, number> = { cleared: 0, warning: 1, blocked: 2, home: 3 };
