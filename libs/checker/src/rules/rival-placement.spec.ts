import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts, NationalFactsInput } from '../facts.js';
import {
  ALLY_NET,
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEST,
  LOCAL_RIVAL_NET,
  LONG_AGO,
  NEXT,
  OWN_CASE,
  OWN_NET,
  PERIOD,
  RIVALS_RIVAL_NET,
  RIVAL_NET,
  UNRELATED_NET,
  affiliation,
  checkWorld,
  flagOf,
  makeHousehold,
  occupancy,
} from '../testing/fake-world.js';

const OTHER = 'person-other';
const OTHER_RELATIVE = 'person-other-relative';

interface Row {
  name: string;
  household?: HouseholdFacts;
  national: Partial<NationalFactsInput>;
  persons: string[];
}

const rows: Row[] = [
  {
    name: 'a former rival member placed here',
    national: { affiliations: [affiliation(OTHER, RIVAL_NET)], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [OTHER],
  },
  {
    name: 'a rival member cleared to move here',
    national: {
      affiliations: [affiliation(OTHER, LOCAL_RIVAL_NET)],
      occupancies: [occupancy({ personIds: [OTHER], kind: 'RESERVATION' })],
    },
    persons: [OTHER],
  },
  {
    name: 'a rival member placed next door only',
    national: { affiliations: [affiliation(OTHER, RIVAL_NET)], occupancies: [occupancy({ personIds: [OTHER], municipalityCode: NEXT })] },
    persons: [],
  },
  {
    name: 'a rival placement that ended the day before the start',
    national: {
      affiliations: [affiliation(OTHER, RIVAL_NET)],
      occupancies: [occupancy({ personIds: [OTHER], endDate: DAY_BEFORE_START })],
    },
    persons: [],
  },
  {
    name: 'a rival placement that ends on the start date',
    national: {
      affiliations: [affiliation(OTHER, RIVAL_NET)],
      occupancies: [occupancy({ personIds: [OTHER], endDate: PERIOD.startDate })],
    },
    persons: [OTHER],
  },
  {
    name: 'a rival reservation that begins the day after the end',
    national: {
      affiliations: [affiliation(OTHER, RIVAL_NET)],
      occupancies: [occupancy({ personIds: [OTHER], startDate: DAY_AFTER_END, kind: 'RESERVATION' })],
    },
    persons: [],
  },
  {
    name: 'an ally member placed here',
    national: { affiliations: [affiliation(OTHER, ALLY_NET)], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [],
  },
  {
    name: "a rival's rival placed here",
    national: { affiliations: [affiliation(OTHER, RIVALS_RIVAL_NET)], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [],
  },
  {
    name: 'a rival affiliation that begins after the period',
    national: { affiliations: [affiliation(OTHER, RIVAL_NET, DAY_AFTER_END)], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [],
  },
  {
    name: 'a rival affiliation that ended long ago',
    national: { affiliations: [affiliation(OTHER, RIVAL_NET, LONG_AGO, '2021-01-01')], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [OTHER],
  },
  {
    name: 'a rivalry that ended before the period',
    national: {
      relations: [{ a: OWN_NET, b: UNRELATED_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: DAY_BEFORE_START }],
      affiliations: [affiliation(OTHER, UNRELATED_NET)],
      occupancies: [occupancy({ personIds: [OTHER] })],
    },
    persons: [],
  },
  {
    name: 'a member of a network named as a threat',
    household: makeHousehold({ threatAssessment: { ...makeHousehold().threatAssessment!, threatNetworkIds: [UNRELATED_NET] } }),
    national: { affiliations: [affiliation(OTHER, UNRELATED_NET)], occupancies: [occupancy({ personIds: [OTHER] })] },
    persons: [OTHER],
  },
  {
    name: "the household's own occupancy here, whatever its members' ties",
    national: {
      affiliations: [affiliation(OTHER, RIVAL_NET)],
      occupancies: [occupancy({ caseId: OWN_CASE, region: 'SYD', personIds: [OTHER] })],
    },
    persons: [],
  },
  {
    name: 'only the rival member of another household counts',
    national: {
      affiliations: [affiliation(OTHER, RIVAL_NET), affiliation(OTHER_RELATIVE, ALLY_NET)],
      occupancies: [occupancy({ personIds: [OTHER, OTHER_RELATIVE] })],
    },
    persons: [OTHER],
  },
];

describe('RIVAL_PLACEMENT', () => {
  it.each(rows)('$name', ({ household, national, persons }) => {
    const flag = flagOf(checkWorld({ ...(household ? { household } : {}), national }), 'RIVAL_PLACEMENT');
    expect((flag?.causes ?? []).map((cause) => cause.personId).sort()).toEqual([...persons].sort());
  });

  it('blocks, counts persons and records what redaction needs', () => {
    const result = checkWorld({
      national: {
        affiliations: [affiliation(OTHER, RIVAL_NET), affiliation(OTHER_RELATIVE, RIVAL_NET)],
        occupancies: [occupancy({ id: 'placement-7', personIds: [OTHER, OTHER_RELATIVE] })],
      },
    });
    const flag = flagOf(result, 'RIVAL_PLACEMENT');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.message).toBe('2 protected persons affiliated with a rival network are placed or cleared to move here during the period.');
    expect(flag?.causes[0]).toEqual({
      kind: 'OCCUPANCY',
      municipalityCode: DEST,
      nearby: false,
      protectedPerson: true,
      subjectRegion: 'NORD',
      caseId: 'case-other',
      personId: OTHER,
      occupancyId: 'placement-7',
      occupancyKind: 'PLACEMENT',
      networkId: RIVAL_NET,
    });
  });
});
