import { describe, expect, it } from '@jest/globals';
import type { NationalFactsInput } from '../facts.js';
import {
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEFECTOR,
  NEXT,
  OWN_CASE,
  PERIOD,
  RIVAL_NET,
  affiliation,
  checkWorld,
  codesOf,
  flagOf,
  occupancy,
} from '../testing/fake-world.js';

const A = 'person-a';
const B = 'person-b';
const C = 'person-c';

interface Row {
  name: string;
  national: Partial<NationalFactsInput>;
  persons: string[];
}

const rows: Row[] = [
  { name: 'one protected person placed here', national: { occupancies: [occupancy({ personIds: [A] })] }, persons: [A] },
  { name: 'a household of three placed here', national: { occupancies: [occupancy({ personIds: [A, B, C] })] }, persons: [A, B, C] },
  {
    name: 'a household cleared to move here',
    national: { occupancies: [occupancy({ personIds: [A], kind: 'RESERVATION' })] },
    persons: [A],
  },
  { name: 'placed next door', national: { occupancies: [occupancy({ personIds: [A], municipalityCode: NEXT })] }, persons: [] },
  {
    name: 'ended the day before the start',
    national: { occupancies: [occupancy({ personIds: [A], endDate: DAY_BEFORE_START })] },
    persons: [],
  },
  { name: 'ends on the start date', national: { occupancies: [occupancy({ personIds: [A], endDate: PERIOD.startDate })] }, persons: [A] },
  {
    name: 'begins the day after the end',
    national: { occupancies: [occupancy({ personIds: [A], startDate: DAY_AFTER_END })] },
    persons: [],
  },
  {
    name: "the household's own placement here",
    national: { occupancies: [occupancy({ caseId: OWN_CASE, region: 'SYD', personIds: [DEFECTOR] })] },
    persons: [],
  },
  {
    name: 'a household member listed in another case: not counted as another person',
    national: { occupancies: [occupancy({ personIds: [DEFECTOR, A] })] },
    persons: [A],
  },
  {
    name: 'two households, a person in both: counted once',
    national: {
      occupancies: [occupancy({ personIds: [A, B] }), occupancy({ caseId: 'case-third', personIds: [B, C], kind: 'RESERVATION' })],
    },
    persons: [A, B, C],
  },
];

describe('CO_PLACEMENT', () => {
  it.each(rows)('$name', ({ national, persons }) => {
    const flag = flagOf(checkWorld({ national }), 'CO_PLACEMENT');
    expect((flag?.causes ?? []).map((cause) => cause.personId).sort()).toEqual([...persons].sort());
  });

  it('warns alongside RIVAL_PLACEMENT for a rival, and leaves a non-rival destination cleared', () => {
    const rival = checkWorld({ national: { affiliations: [affiliation(A, RIVAL_NET)], occupancies: [occupancy({ personIds: [A, B] })] } });
    expect(codesOf(rival)).toEqual(['RIVAL_PLACEMENT', 'CO_PLACEMENT']);
    const plain = checkWorld({ national: { occupancies: [occupancy({ personIds: [A, B] })] } });
    expect(plain.cleared).toBe(true);
    expect(flagOf(plain, 'CO_PLACEMENT')?.severity).toBe('WARN');
    expect(flagOf(plain, 'CO_PLACEMENT')?.message).toBe('2 other protected persons are placed or cleared to move here during the period.');
  });
});
