import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts, NationalFactsInput } from '../facts.js';
import {
  ALLY_NET,
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEFECTOR,
  DEST,
  LOCAL_RIVAL_NET,
  LONG_AGO,
  NEXT,
  OWN_NET,
  PERIOD,
  RELATIVE,
  RIVALS_RIVAL_NET,
  RIVAL_NET,
  UNRELATED_NET,
  affiliation,
  checkWorld,
  flagOf,
  makeHousehold,
  member,
  presence,
} from '../testing/fake-world.js';

/** A household whose only tie is `networkId`, held by the relative from `from` to `to`. */
function relativeTiedTo(networkId: string, from = LONG_AGO, to: string | null = null): HouseholdFacts {
  return makeHousehold({
    members: [
      member(DEFECTOR, { kind: 'DEFECTOR' }),
      member(RELATIVE, {
        affiliations: [{ networkId, role: 'FORMER_MEMBER', confidence: 'POSSIBLE', validFrom: from, validTo: to }],
      }),
    ],
  });
}

const untied = makeHousehold({ members: [member(DEFECTOR, { kind: 'DEFECTOR' })] });

interface Row {
  name: string;
  household?: HouseholdFacts;
  national: Partial<NationalFactsInput>;
  networks: string[];
}

const rows: Row[] = [
  { name: 'a rival present here', national: { presences: [presence(RIVAL_NET, DEST)] }, networks: [RIVAL_NET] },
  {
    name: 'a rival recorded with the relation the other way round',
    national: { presences: [presence(LOCAL_RIVAL_NET, DEST)] },
    networks: [LOCAL_RIVAL_NET],
  },
  { name: 'a rival present only nearby', national: { presences: [presence(RIVAL_NET, NEXT)] }, networks: [] },
  { name: 'an ally present here', national: { presences: [presence(ALLY_NET, DEST)] }, networks: [] },
  { name: "a rival's rival present here", national: { presences: [presence(RIVALS_RIVAL_NET, DEST)] }, networks: [] },
  { name: 'an unrelated network present here', national: { presences: [presence(UNRELATED_NET, DEST)] }, networks: [] },
  {
    name: 'a presence that ended the day before the start',
    national: { presences: [presence(RIVAL_NET, DEST, LONG_AGO, DAY_BEFORE_START)] },
    networks: [],
  },
  {
    name: 'a presence that ends on the start date',
    national: { presences: [presence(RIVAL_NET, DEST, LONG_AGO, PERIOD.startDate)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a presence that begins on the end date',
    national: { presences: [presence(RIVAL_NET, DEST, PERIOD.endDate)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a presence that begins the day after the end',
    national: { presences: [presence(RIVAL_NET, DEST, DAY_AFTER_END)] },
    networks: [],
  },
  {
    name: 'a rivalry that ended the day before the start',
    national: {
      relations: [{ a: OWN_NET, b: UNRELATED_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: DAY_BEFORE_START }],
      presences: [presence(UNRELATED_NET, DEST)],
    },
    networks: [],
  },
  {
    name: 'a rivalry that begins on the end date',
    national: {
      relations: [{ a: UNRELATED_NET, b: OWN_NET, kind: 'RIVAL', validFrom: PERIOD.endDate, validTo: null }],
      presences: [presence(UNRELATED_NET, DEST)],
    },
    networks: [UNRELATED_NET],
  },
  {
    name: 'allied and rival at once: the rivalry still counts',
    national: {
      relations: [
        { a: OWN_NET, b: UNRELATED_NET, kind: 'ALLIED', validFrom: LONG_AGO, validTo: null },
        { a: OWN_NET, b: UNRELATED_NET, kind: 'RIVAL', validFrom: LONG_AGO, validTo: null },
      ],
      presences: [presence(UNRELATED_NET, DEST)],
    },
    networks: [UNRELATED_NET],
  },
  {
    name: "a relative's former network's rival (whole household counts)",
    household: relativeTiedTo(OWN_NET),
    national: { presences: [presence(RIVAL_NET, DEST)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a membership that ended years before the period still counts',
    household: relativeTiedTo(OWN_NET, LONG_AGO, '2021-06-30'),
    national: { presences: [presence(RIVAL_NET, DEST)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a membership that begins on the end date counts',
    household: relativeTiedTo(OWN_NET, PERIOD.endDate),
    national: { presences: [presence(RIVAL_NET, DEST)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a membership that begins after the period does not count',
    household: relativeTiedTo(OWN_NET, DAY_AFTER_END),
    national: { presences: [presence(RIVAL_NET, DEST)] },
    networks: [],
  },
  {
    name: "a member's affiliation known only nationally",
    household: untied,
    national: { affiliations: [affiliation(DEFECTOR, OWN_NET)], presences: [presence(RIVAL_NET, DEST)] },
    networks: [RIVAL_NET],
  },
  {
    name: 'a network named as a threat',
    household: makeHousehold({
      threatAssessment: { ...makeHousehold().threatAssessment!, threatNetworkIds: [UNRELATED_NET] },
    }),
    national: { presences: [presence(UNRELATED_NET, DEST)] },
    networks: [UNRELATED_NET],
  },
  {
    name: 'two rivals here, one twice',
    national: {
      presences: [presence(RIVAL_NET, DEST), presence(LOCAL_RIVAL_NET, DEST), presence(RIVAL_NET, DEST, '2025-01-01')],
    },
    networks: [RIVAL_NET, LOCAL_RIVAL_NET],
  },
];

describe('RIVAL_NETWORK_PRESENCE', () => {
  it.each(rows)('$name', ({ household, national, networks }) => {
    const flag = flagOf(checkWorld({ ...(household ? { household } : {}), national }), 'RIVAL_NETWORK_PRESENCE');
    expect((flag?.causes ?? []).map((cause) => cause.networkId).sort()).toEqual([...networks].sort());
  });

  it('blocks at any confidence and carries the strongest one present', () => {
    const result = checkWorld({
      national: {
        presences: [presence(RIVAL_NET, DEST, LONG_AGO, null, 'POSSIBLE'), presence(RIVAL_NET, DEST, '2025-01-01', null, 'PROBABLE')],
      },
    });
    const flag = flagOf(result, 'RIVAL_NETWORK_PRESENCE');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.causes).toEqual([
      {
        kind: 'NETWORK_PRESENCE',
        municipalityCode: DEST,
        nearby: false,
        protectedPerson: false,
        networkId: RIVAL_NET,
        confidence: 'PROBABLE',
        namedThreat: false,
      },
    ]);
    expect(flag?.message).toBe('1 network in conflict with the household is present here (highest confidence: probable).');
  });

  it('says how many are named as threats, never which', () => {
    const household = makeHousehold({
      threatAssessment: { ...makeHousehold().threatAssessment!, threatNetworkIds: [UNRELATED_NET] },
    });
    const flag = flagOf(
      checkWorld({ household, national: { presences: [presence(UNRELATED_NET, DEST), presence(RIVAL_NET, DEST)] } }),
      'RIVAL_NETWORK_PRESENCE',
    );
    expect(flag?.message).toBe(
      '2 networks in conflict with the household (1 named in the threat assessment) are present here (highest confidence: confirmed).',
    );
    expect(flag?.message).not.toContain(UNRELATED_NET);
  });
});
