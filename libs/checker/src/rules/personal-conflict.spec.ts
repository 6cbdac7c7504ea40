import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts, NationalFactsInput } from '../facts.js';
import {
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEFECTOR,
  NEXT,
  OWN_CASE,
  PERIOD,
  RELATIVE,
  checkWorld,
  flagOf,
  makeHousehold,
  member,
  occupancy,
} from '../testing/fake-world.js';

const FOE = 'person-foe';
const ACTOR = 'person-actor';
const STRANGER = 'person-stranger';

const defectorWitnessedFoe = makeHousehold({
  members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts: [{ otherPersonId: FOE, kind: 'WITNESS' }] }), member(RELATIVE)],
});

interface Row {
  name: string;
  household: HouseholdFacts;
  national: Partial<NationalFactsInput>;
  persons: string[];
}

const rows: Row[] = [
  {
    name: 'a person in conflict placed here',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE] })] },
    persons: [FOE],
  },
  {
    name: 'a person in conflict cleared to move here',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE], kind: 'RESERVATION' })] },
    persons: [FOE],
  },
  {
    name: 'the conflict recorded on the other side only',
    household: makeHousehold(),
    national: {
      personalConflicts: [{ personId: FOE, otherPersonId: RELATIVE, kind: 'ENMITY' }],
      occupancies: [occupancy({ personIds: [FOE] })],
    },
    persons: [FOE],
  },
  {
    name: 'a person in conflict placed next door',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE], municipalityCode: NEXT })] },
    persons: [],
  },
  {
    name: 'a placement that ended the day before the start',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE], endDate: DAY_BEFORE_START })] },
    persons: [],
  },
  {
    name: 'a placement that begins on the end date',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE], startDate: PERIOD.endDate })] },
    persons: [FOE],
  },
  {
    name: 'a placement that begins the day after the end',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [FOE], startDate: DAY_AFTER_END })] },
    persons: [],
  },
  {
    name: 'a named threat actor placed here',
    household: makeHousehold({ threatAssessment: { ...makeHousehold().threatAssessment!, threatActorIds: [ACTOR] } }),
    national: { occupancies: [occupancy({ personIds: [ACTOR] })] },
    persons: [ACTOR],
  },
  {
    name: 'a person with no conflict placed here',
    household: defectorWitnessedFoe,
    national: { occupancies: [occupancy({ personIds: [STRANGER] })] },
    persons: [],
  },
  {
    name: "the household's own occupancy, members in conflict with each other",
    household: makeHousehold({
      members: [member(DEFECTOR, { kind: 'DEFECTOR', conflicts: [{ otherPersonId: RELATIVE, kind: 'THREAT' }] }), member(RELATIVE)],
    }),
    national: { occupancies: [occupancy({ caseId: OWN_CASE, personIds: [DEFECTOR, RELATIVE] })] },
    persons: [],
  },
];

describe('PERSONAL_CONFLICT', () => {
  it.each(rows)('$name', ({ household, national, persons }) => {
    const flag = flagOf(checkWorld({ household, national }), 'PERSONAL_CONFLICT');
    expect((flag?.causes ?? []).map((cause) => cause.personId)).toEqual(persons);
  });

  it('blocks and keeps which member and which kind of conflict for police eyes', () => {
    const result = checkWorld({ household: defectorWitnessedFoe, national: { occupancies: [occupancy({ personIds: [FOE] })] } });
    const flag = flagOf(result, 'PERSONAL_CONFLICT');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.causes[0]).toMatchObject({ memberId: DEFECTOR, conflictKind: 'WITNESS', subjectRegion: 'NORD', protectedPerson: true });
    expect(flag?.message).toBe(
      '1 person in personal conflict with a household member or named as a threat is placed or cleared to move here during the period.',
    );
  });
});
