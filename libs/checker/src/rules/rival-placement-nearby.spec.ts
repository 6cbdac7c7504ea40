import { describe, expect, it } from '@jest/globals';
import type { NationalFactsInput } from '../facts.js';
import {
  ALLY_NET,
  BEYOND,
  DAY_BEFORE_START,
  EDGE,
  LOCAL_RIVAL_NET,
  NEXT,
  OWN_CASE,
  RIVAL_NET,
  affiliation,
  checkWorld,
  flagOf,
  occupancy,
} from '../testing/fake-world.js';

const OTHER = 'person-other';
const SECOND = 'person-second';

interface Row {
  name: string;
  national: Partial<NationalFactsInput>;
  causes: [string, string][];
}

const rival = [affiliation(OTHER, RIVAL_NET), affiliation(SECOND, LOCAL_RIVAL_NET)];

const rows: Row[] = [
  {
    name: 'a rival placed in a neighbour beyond the radius',
    national: { affiliations: rival, occupancies: [occupancy({ personIds: [OTHER], municipalityCode: NEXT })] },
    causes: [[OTHER, NEXT]],
  },
  {
    name: 'a rival reserved exactly at the radius',
    national: { affiliations: rival, occupancies: [occupancy({ personIds: [OTHER], municipalityCode: EDGE, kind: 'RESERVATION' })] },
    causes: [[OTHER, EDGE]],
  },
  {
    name: 'a rival placed just beyond the radius',
    national: { affiliations: rival, occupancies: [occupancy({ personIds: [OTHER], municipalityCode: BEYOND })] },
    causes: [],
  },
  {
    name: 'a member of a local-reach rival: reach does not matter for people',
    national: { affiliations: rival, occupancies: [occupancy({ personIds: [SECOND], municipalityCode: NEXT })] },
    causes: [[SECOND, NEXT]],
  },
  {
    name: 'an ally placed next door',
    national: { affiliations: [affiliation(OTHER, ALLY_NET)], occupancies: [occupancy({ personIds: [OTHER], municipalityCode: NEXT })] },
    causes: [],
  },
  {
    name: 'a rival next door whose placement ended the day before the start',
    national: {
      affiliations: rival,
      occupancies: [occupancy({ personIds: [OTHER], municipalityCode: NEXT, endDate: DAY_BEFORE_START })],
    },
    causes: [],
  },
  {
    name: 'a rival placed here and reserved next door: flagged here only',
    national: {
      affiliations: rival,
      occupancies: [
        occupancy({ personIds: [OTHER] }),
        occupancy({ caseId: 'case-other', personIds: [OTHER], municipalityCode: NEXT, kind: 'RESERVATION' }),
      ],
    },
    causes: [],
  },
  {
    name: 'one rival in two nearby places: once, at the nearest',
    national: {
      affiliations: rival,
      occupancies: [
        occupancy({ personIds: [OTHER], municipalityCode: NEXT, kind: 'RESERVATION' }),
        occupancy({ personIds: [OTHER], municipalityCode: EDGE }),
      ],
    },
    causes: [[OTHER, EDGE]],
  },
  {
    name: 'two rivals of two households nearby',
    national: {
      affiliations: rival,
      occupancies: [
        occupancy({ personIds: [OTHER], municipalityCode: NEXT }),
        occupancy({ caseId: 'case-third', region: 'SYD', personIds: [SECOND], municipalityCode: EDGE }),
      ],
    },
    causes: [
      [OTHER, NEXT],
      [SECOND, EDGE],
    ],
  },
  {
    name: "the household's own occupancy next door",
    national: { affiliations: rival, occupancies: [occupancy({ caseId: OWN_CASE, personIds: [OTHER], municipalityCode: NEXT })] },
    causes: [],
  },
];

describe('RIVAL_PLACEMENT_NEARBY', () => {
  it.each(rows)('$name', ({ national, causes }) => {
    const flag = flagOf(checkWorld({ national }), 'RIVAL_PLACEMENT_NEARBY');
    const found = (flag?.causes ?? []).map((cause) => [cause.personId, cause.municipalityCode]);
    expect(found.sort()).toEqual([...causes].sort());
  });

  it('warns and leaves the destination cleared', () => {
    const result = checkWorld({
      national: { affiliations: rival, occupancies: [occupancy({ personIds: [OTHER], municipalityCode: NEXT })] },
    });
    const flag = flagOf(result, 'RIVAL_PLACEMENT_NEARBY');
    expect(result.cleared).toBe(true);
    expect(flag?.severity).toBe('WARN');
    expect(flag?.causes[0]?.nearby).toBe(true);
    expect(flag?.message).toBe('1 protected person affiliated with a rival network is placed or cleared to move nearby during the period.');
  });
});
