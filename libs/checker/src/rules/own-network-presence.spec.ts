import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts, NationalFactsInput } from '../facts.js';
import {
  ALLY_NET,
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEFECTOR,
  DEST,
  LONG_AGO,
  NEXT,
  OWN_NET,
  RIVAL_NET,
  checkWorld,
  flagOf,
  makeHousehold,
  member,
  presence,
} from '../testing/fake-world.js';

function defectorTiedTo(from: string, to: string | null): HouseholdFacts {
  return makeHousehold({
    members: [
      member(DEFECTOR, {
        kind: 'DEFECTOR',
        affiliations: [{ networkId: OWN_NET, role: 'LEADER', confidence: 'CONFIRMED', validFrom: from, validTo: to }],
      }),
    ],
  });
}

interface Row {
  name: string;
  household?: HouseholdFacts;
  national: Partial<NationalFactsInput>;
  networks: string[];
}

const rows: Row[] = [
  { name: 'the former network here', national: { presences: [presence(OWN_NET, DEST)] }, networks: [OWN_NET] },
  { name: 'the former network next door', national: { presences: [presence(OWN_NET, NEXT)] }, networks: [] },
  { name: 'an ally here', national: { presences: [presence(ALLY_NET, DEST)] }, networks: [] },
  {
    name: 'the network here until the day before the start',
    national: { presences: [presence(OWN_NET, DEST, LONG_AGO, DAY_BEFORE_START)] },
    networks: [],
  },
  {
    name: 'a current leader role',
    household: defectorTiedTo(LONG_AGO, null),
    national: { presences: [presence(OWN_NET, DEST)] },
    networks: [OWN_NET],
  },
  {
    name: 'a role that begins after the period',
    household: defectorTiedTo(DAY_AFTER_END, null),
    national: { presences: [presence(OWN_NET, DEST)] },
    networks: [],
  },
];

describe('OWN_NETWORK_PRESENCE', () => {
  it.each(rows)('$name', ({ household, national, networks }) => {
    const flag = flagOf(checkWorld({ ...(household ? { household } : {}), national }), 'OWN_NETWORK_PRESENCE');
    expect((flag?.causes ?? []).map((cause) => cause.networkId)).toEqual(networks);
  });

  it('warns and leaves the destination cleared', () => {
    const result = checkWorld({ national: { presences: [presence(OWN_NET, DEST, LONG_AGO, null, 'POSSIBLE')] } });
    const flag = flagOf(result, 'OWN_NETWORK_PRESENCE');
    expect(result.cleared).toBe(true);
    expect(flag?.severity).toBe('WARN');
    expect(flag?.message).toBe('1 network a household member is or was affiliated with is present here (highest confidence: possible).');
  });

  it('flags a network that is both own and a rival of another member under both codes', () => {
    const household = makeHousehold({
      members: [
        ...makeHousehold().members,
        member('person-cousin', {
          affiliations: [{ networkId: RIVAL_NET, role: 'ASSOCIATE', confidence: 'PROBABLE', validFrom: LONG_AGO, validTo: null }],
        }),
      ],
    });
    const result = checkWorld({ household, national: { presences: [presence(RIVAL_NET, DEST)] } });
    expect(flagOf(result, 'OWN_NETWORK_PRESENCE')?.causes.map((cause) => cause.networkId)).toEqual([RIVAL_NET]);
    expect(flagOf(result, 'RIVAL_NETWORK_PRESENCE')?.causes.map((cause) => cause.networkId)).toEqual([RIVAL_NET]);
  });
});
