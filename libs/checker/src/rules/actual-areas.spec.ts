import { describe, expect, it } from '@jest/globals';
import type { ActualArea, HouseholdFacts } from '../facts.js';
import {
  BEYOND,
  DAY_AFTER_END,
  DAY_BEFORE_START,
  DEST,
  EDGE,
  FAR,
  HOME,
  LONG_AGO,
  NEXT,
  PERIOD,
  RELATIVE,
  checkWorld,
  flagOf,
  makeHousehold,
  member,
} from '../testing/fake-world.js';
import type { Confidence } from '../vocabulary.js';

// A member's actual areas count as homes for HOME_MUNICIPALITY and TOO_CLOSE_TO_HOME.
// Distances (fake-world MAP): DEST–NEXT 45, DEST–EDGE 30, DEST–BEYOND 30.001, HOME–DEST 100, FAR 600 from all.
function withArea(area: Partial<ActualArea> & { municipalityCode: string }, overrides: Partial<HouseholdFacts> = {}): HouseholdFacts {
  const household = makeHousehold(overrides);
  const full: ActualArea = { kind: 'LIVES', confidence: 'CONFIRMED', validFrom: LONG_AGO, validTo: null, ...area };
  return { ...household, members: [household.members[0]!, member(RELATIVE, { actualAreas: [full] })] };
}

function minimum(household: HouseholdFacts, km: number | null): HouseholdFacts {
  return { ...household, placementAssessment: { ...household.placementAssessment!, minDistanceFromHomeKm: km } };
}

function relocation(household: HouseholdFacts, required: boolean): HouseholdFacts {
  return { ...household, threatAssessment: { ...household.threatAssessment!, relocationRequired: required } };
}

describe('HOME_MUNICIPALITY with actual areas', () => {
  it.each([
    { name: 'confirmed area, relocation required', confidence: 'CONFIRMED', required: true, severity: 'BLOCK' },
    { name: 'probable area, relocation required', confidence: 'PROBABLE', required: true, severity: 'BLOCK' },
    { name: 'unconfirmed area, relocation required', confidence: 'POSSIBLE', required: true, severity: 'WARN' },
    { name: 'confirmed area, relocation not required', confidence: 'CONFIRMED', required: false, severity: 'WARN' },
  ] as { name: string; confidence: Confidence; required: boolean; severity: string }[])('$name', ({ confidence, required, severity }) => {
    const household = relocation(withArea({ municipalityCode: DEST, confidence }), required);
    const flag = flagOf(checkWorld({ household }), 'HOME_MUNICIPALITY');
    expect(flag?.severity).toBe(severity);
    expect(flag?.causes).toEqual([
      expect.objectContaining({ kind: 'ACTUAL_AREA', municipalityCode: DEST, memberId: RELATIVE, confidence, actualAreaKind: 'LIVES' }),
    ]);
  });

  it.each([
    { name: 'ended the day before the period', validFrom: LONG_AGO, validTo: DAY_BEFORE_START, flagged: false },
    { name: 'ends on the first day', validFrom: LONG_AGO, validTo: PERIOD.startDate, flagged: true },
    { name: 'begins on the last day', validFrom: PERIOD.endDate, validTo: null, flagged: true },
    { name: 'begins the day after', validFrom: DAY_AFTER_END, validTo: null, flagged: false },
  ])('validity: $name', ({ validFrom, validTo, flagged }) => {
    const household = withArea({ municipalityCode: DEST, validFrom, validTo });
    expect(flagOf(checkWorld({ household }), 'HOME_MUNICIPALITY') !== undefined).toBe(flagged);
  });

  it('the home and an unconfirmed area at once: the home blocks', () => {
    const household = withArea({ municipalityCode: HOME, confidence: 'POSSIBLE' });
    const flag = flagOf(checkWorld({ household, destination: HOME }), 'HOME_MUNICIPALITY');
    expect(flag?.severity).toBe('BLOCK');
    expect(flag?.causes.map((cause) => cause.kind)).toEqual(['HOME_MUNICIPALITY', 'ACTUAL_AREA']);
  });

  it('an unconfirmed area leaves the destination cleared and says so', () => {
    const result = checkWorld({ household: withArea({ municipalityCode: DEST, confidence: 'POSSIBLE' }) });
    expect(result.cleared).toBe(true);
    expect(flagOf(result, 'HOME_MUNICIPALITY')?.message).toBe(
      'By unconfirmed police intelligence, a household member may live or spend time here; the threat assessment requires relocation, so confirm or dismiss the intelligence.',
    );
  });

  it('no area elsewhere makes the destination a home', () => {
    expect(flagOf(checkWorld({ household: withArea({ municipalityCode: FAR }) }), 'HOME_MUNICIPALITY')).toBeUndefined();
  });
});

describe('TOO_CLOSE_TO_HOME with actual areas', () => {
  it.each([
    { name: 'area nearer than the minimum', area: NEXT, km: 50, severity: 'BLOCK' },
    { name: 'area exactly at the minimum', area: EDGE, km: 30, severity: undefined },
    { name: 'area just beyond the minimum', area: BEYOND, km: 30.001, severity: undefined },
    { name: 'area in the destination itself', area: DEST, km: 1, severity: 'BLOCK' },
    { name: 'area far away', area: FAR, km: 150, severity: 'BLOCK' /* home itself is 100 km away */ },
  ])('$name', ({ area, km, severity }) => {
    const household = minimum(withArea({ municipalityCode: area }), km);
    expect(flagOf(checkWorld({ household }), 'TOO_CLOSE_TO_HOME')?.severity).toBe(severity);
  });

  it('names the nearest place: the area, not the home', () => {
    const household = minimum(withArea({ municipalityCode: NEXT, confidence: 'PROBABLE' }), 150);
    const flag = flagOf(checkWorld({ household }), 'TOO_CLOSE_TO_HOME');
    expect(flag?.causes.map((cause) => [cause.kind, cause.distanceKm])).toEqual([
      ['DISTANCE_FROM_ACTUAL_AREA', 45],
      ['DISTANCE_FROM_HOME', 100],
    ]);
    expect(flag?.message).toBe(
      "This municipality is 45 km from where a household member actually lives or spends time, nearer than the placement assessment's minimum of 150 km.",
    );
    // The cause says who and how sure, never where the area lies: its municipality is the destination.
    expect(flag?.causes[0]).toMatchObject({ municipalityCode: DEST, memberId: RELATIVE, confidence: 'PROBABLE' });
  });

  it('only an unconfirmed area too near warns, and the destination stays cleared', () => {
    const household = minimum(withArea({ municipalityCode: NEXT, confidence: 'POSSIBLE' }), 50);
    const result = checkWorld({ household });
    expect(flagOf(result, 'TOO_CLOSE_TO_HOME')?.severity).toBe('WARN');
    expect(result.cleared).toBe(true);
  });

  it('no minimum distance: areas change nothing', () => {
    expect(flagOf(checkWorld({ household: minimum(withArea({ municipalityCode: NEXT }), null) }), 'TOO_CLOSE_TO_HOME')).toBeUndefined();
  });
});
