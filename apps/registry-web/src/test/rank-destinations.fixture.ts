import type { RankDestinationsQuery } from '../gql/graphql';
import { MAP_CODES } from '../features/destinations/map/sweden-map';

type Result = RankDestinationsQuery['rankDestinations'][number];

function result(code: string, name: string, cleared: boolean, flags: Result['flags']): Result {
  return {
    cleared,
    checkedAt: '2026-11-30T08:00:00.000Z',
    municipality: { code, name, policeRegion: 'SYD', county: { code: code.slice(0, 2), name: `County ${code.slice(0, 2)}` } },
    flags,
  };
}

/** A fixed answer of rankDestinations for a case whose home is Malmö (1280). */
export const HOME_CODE = '1280';

export const FIXED_RANKING: Result[] = [
  result('2080', 'Falun', true, []),
  result('1780', 'Karlstad', true, [{ code: 'OUTSIDE_SUITABLE_LIST', severity: 'WARN', message: 'Not on the suitable list.' }]),
  result('1283', 'Helsingborg', false, [
    { code: 'RIVAL_NETWORK_PRESENCE', severity: 'BLOCK', message: 'A rival network is present here.' },
    { code: 'CO_PLACEMENT', severity: 'WARN', message: 'Another protected person is placed here.' },
  ]),
  result('1280', 'Malmö', false, [{ code: 'HOME_MUNICIPALITY', severity: 'BLOCK', message: 'The home municipality.' }]),
];

/** All 290, the four above first, the rest cleared without flags. */
export function fullRanking(): Result[] {
  const fixed = new Set(FIXED_RANKING.map((item) => item.municipality.code));
  return [...FIXED_RANKING, ...MAP_CODES.filter((code) => !fixed.has(code)).map((code) => result(code, `Municipality ${code}`, true, []))];
}
