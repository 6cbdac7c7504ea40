import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts, NationalFactsInput } from '../facts.js';
import {
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEFECTOR,
  DEST,
  LONG_AGO,
  NEXT,
  PERIOD,
  RELATIVE,
  checkWorld,
  flagOf,
  location,
  makeHousehold,
  member,
  occupancy,
} from '../testing/fake-world.js';

const ACTOR = 'person-actor';
const FOE = 'person-foe';
const STRANGER = 'person-stranger';

const namingActor = makeHousehold({
  threatAssessment: { ...makeHousehold().threatAssessment!, threatActorIds: [ACTOR] },
});
const relativeInConflictWithFoe = makeHousehold({
  members: [member(DEFECTOR, { kind: 'DEFECTOR' }), member(RELATIVE, { conflicts: [{ otherPersonId: FOE, kind: 'VICTIM' }] })],
});

interface Row {
  name: string;
  household: HouseholdFacts;
  national: Partial<NationalFactsInput>;
  persons: string[];
}

const rows: Row[] = [
  { name: 'a named threat actor here', household: namingActor, national: { knownLocations: [location(ACTOR, DEST)] }, persons: [ACTOR] },
  { name: 'a named threat actor next door', household: namingActor, national: { knownLocations: [location(ACTOR, NEXT)] }, persons: [] },
  {
    name: 'a threat actor who left the day before the start',
    household: namingActor,
    national: { knownLocations: [location(ACTOR, DEST, LONG_AGO, DAY_BEFORE_START)] },
    persons: [],
  },
  {
    name: 'a threat actor who leaves on the start date',
    household: namingActor,
    national: { knownLocations: [location(ACTOR, DEST, LONG_AGO, PERIOD.startDate)] },
    persons: [ACTOR],
  },
  {
    name: 'a threat actor who arrives the day after the end',
    household: namingActor,
    national: { knownLocations: [location(ACTOR, DEST, DAY_AFTER_END)] },
    persons: [],
  },
  {
    name: "a person in conflict, recorded on the relative's side",
    household: relativeInConflictWithFoe,
    national: { knownLocations: [location(FOE, DEST)] },
    persons: [FOE],
  },
  {
    name: 'a person in conflict, recorded on the other side only',
    household: makeHousehold(),
    national: {
      personalConflicts: [{ personId: FOE, otherPersonId: DEFECTOR, kind: 'THREAT' }],
      knownLocations: [location(FOE, DEST)],
    },
    persons: [FOE],
  },
  {
    name: 'a person with no conflict and not named',
    household: namingActor,
    national: { knownLocations: [location(STRANGER, DEST)] },
    persons: [],
  },
  {
    name: 'a household member in conflict with another member',
    household: makeHousehold({
      members: [member(DEFECTOR, { kind: 'DEFECTOR' }), member(RELATIVE, { conflicts: [{ otherPersonId: DEFECTOR, kind: 'ENMITY' }] })],
    }),
    national: { knownLocations: [location(DEFECTOR, DEST)] },
    persons: [],
  },
  {
    name: 'named and in conflict, known here twice: one cause',
    household: makeHousehold({
      ...relativeInConflictWithFoe,
      threatAssessment: { ...makeHousehold().threatAssessment!, threatActorIds: [FOE] },
    }),
    national: { knownLocations: [location(FOE, DEST), location(FOE, DEST, '2025-05-01')] },
    persons: [FOE],
  },
];

describe('THREAT_ACTOR_PRESENCE', () => {
  it.each(rows)('$name', ({ household, national, persons }) => {
    const flag = flagOf(checkWorld({ household, national }), 'THREAT_ACTOR_PRESENCE');
    expect((flag?.causes ?? []).map((cause) => cause.personId).sort()).toEqual([...persons].sort());
  });

  it('blocks and says how many, not who', () => {
    const household = makeHousehold({
      ...relativeInConflictWithFoe,
      threatAssessment: { ...makeHousehold().threatAssessment!, threatActorIds: [ACTOR] },
    });
    const result = checkWorld({ household, national: { knownLocations: [location(ACTOR, DEST), location(FOE, DEST)] } });
    const flag = flagOf(result, 'THREAT_ACTOR_PRESENCE');
    expect(result.cleared).toBe(false);
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.message).toBe(
      '2 persons named as a threat or in personal conflict with a household member are known to stay here during the period.',
    );
    expect(flag?.causes.find((cause) => cause.personId === FOE)).toMatchObject({ memberId: RELATIVE, conflictKind: 'VICTIM' });
  });

  it("marks a person in conflict who is protected elsewhere with their case's region", () => {
    const result = checkWorld({
      household: relativeInConflictWithFoe,
      national: { knownLocations: [location(FOE, DEST)], occupancies: [occupancy({ personIds: [FOE], municipalityCode: NEXT })] },
    });
    expect(flagOf(result, 'THREAT_ACTOR_PRESENCE')?.causes[0]).toMatchObject({ protectedPerson: true, subjectRegion: 'NORD' });
  });
});
