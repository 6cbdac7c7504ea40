import { describe, expect, it } from '@jest/globals';
import type { NationalFactsInput } from '../facts.js';
import {
  ALLY_NET,
  BEYOND,
  DAY_BEFORE_START,
  DEST,
  EDGE,
  LOCAL_RIVAL_NET,
  LONG_AGO,
  NEXT,
  OWN_NET,
  PERIOD,
  RIVALS_RIVAL_NET,
  RIVAL_NET,
  checkWorld,
  flagOf,
  makeHousehold,
  presence,
} from '../testing/fake-world.js';

interface Row {
  name: string;
  national: Partial<NationalFactsInput>;
  radius?: number;
  places: string[];
}

const rows: Row[] = [
  { name: 'a regional rival in a neighbour beyond the radius', national: { presences: [presence(RIVAL_NET, NEXT)] }, places: [NEXT] },
  { name: 'a regional rival exactly at the radius', national: { presences: [presence(RIVAL_NET, EDGE)] }, places: [EDGE] },
  { name: 'a regional rival just beyond the radius', national: { presences: [presence(RIVAL_NET, BEYOND)] }, places: [] },
  {
    name: 'a regional rival just beyond the default radius, with a wider radius',
    national: { presences: [presence(RIVAL_NET, BEYOND)] },
    radius: 31,
    places: [BEYOND],
  },
  { name: 'a local rival next door', national: { presences: [presence(LOCAL_RIVAL_NET, NEXT)] }, places: [] },
  { name: 'a national ally next door', national: { presences: [presence(ALLY_NET, NEXT)] }, places: [] },
  { name: "a national rival's rival next door", national: { presences: [presence(RIVALS_RIVAL_NET, NEXT)] }, places: [] },
  {
    name: 'a rival next door that left the day before the start',
    national: { presences: [presence(RIVAL_NET, NEXT, LONG_AGO, DAY_BEFORE_START)] },
    places: [],
  },
  {
    name: 'a rival next door that leaves on the start date',
    national: { presences: [presence(RIVAL_NET, NEXT, LONG_AGO, PERIOD.startDate)] },
    places: [NEXT],
  },
  {
    name: 'a rival here and next door: flagged here only',
    national: { presences: [presence(RIVAL_NET, DEST), presence(RIVAL_NET, NEXT)] },
    places: [],
  },
  {
    name: 'a rival here and another next door',
    national: { presences: [presence(LOCAL_RIVAL_NET, DEST), presence(RIVAL_NET, NEXT)] },
    places: [NEXT],
  },
  {
    name: 'a rival in two nearby municipalities',
    national: { presences: [presence(RIVAL_NET, NEXT), presence(RIVAL_NET, EDGE)] },
    places: [EDGE, NEXT],
  },
  {
    name: 'a rival the facts give no reach for is taken to reach far',
    national: {
      relations: [{ a: OWN_NET, b: 'net-undescribed', kind: 'RIVAL', validFrom: LONG_AGO, validTo: null }],
      presences: [presence('net-undescribed', NEXT)],
    },
    places: [NEXT],
  },
];

describe('RIVAL_NETWORK_NEARBY', () => {
  it.each(rows)('$name', ({ national, radius, places }) => {
    const flag = flagOf(checkWorld({ national, ...(radius ? { nearbyRadiusKm: radius } : {}) }), 'RIVAL_NETWORK_NEARBY');
    expect((flag?.causes ?? []).map((cause) => cause.municipalityCode).sort()).toEqual([...places].sort());
  });

  it('does not flag a local network named as a threat nearby, only here', () => {
    const household = makeHousehold({
      threatAssessment: { ...makeHousehold().threatAssessment!, threatNetworkIds: ['net-named-local'] },
    });
    const national = {
      networks: [{ id: 'net-named-local', category: 'OTHER' as const, reach: 'LOCAL' as const }],
      presences: [presence('net-named-local', NEXT)],
    };
    expect(flagOf(checkWorld({ household, national }), 'RIVAL_NETWORK_NEARBY')).toBeUndefined();
  });

  it('warns, keeps the destination cleared, and sums up networks and places', () => {
    const result = checkWorld({
      national: { presences: [presence(RIVAL_NET, NEXT, LONG_AGO, null, 'POSSIBLE'), presence(RIVAL_NET, EDGE)] },
    });
    const flag = flagOf(result, 'RIVAL_NETWORK_NEARBY');
    expect(result.cleared).toBe(true);
    expect(flag?.severity).toBe('WARN');
    expect(flag?.causes.every((cause) => cause.nearby && cause.networkId === RIVAL_NET)).toBe(true);
    expect(flag?.message).toBe(
      '1 network in conflict with the household, with regional or wider reach, is present in 2 nearby municipalities (highest confidence: confirmed).',
    );
  });
});
