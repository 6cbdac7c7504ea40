import { describe, expect, it } from '@jest/globals';
import { checkDestination, checkPrepared } from './check.js';
import { explainFlag } from './explain.js';
import { prepareHousehold } from './check-context.js';
import type { HouseholdFacts, NationalFactsInput } from './facts.js';
import { UnknownMunicipalityError } from './geography.js';
import { InvalidDateError, InvalidPeriodError } from './period.js';
import {
  DEFECTOR,
  DEST,
  HOME,
  MAP,
  NEXT,
  OWN_NET,
  PERIOD,
  RELATIVE,
  RIVAL_NET,
  TODAY,
  affiliation,
  checkWorld,
  codesOf,
  location,
  makeHousehold,
  member,
  nationalOf,
  occupancy,
  presence,
} from './testing/fake-world.js';
import { FLAG_CODES } from './vocabulary.js';

/** A household and a country that collide with DEST in every way the rulebook knows. */
function everything(): { household: HouseholdFacts; national: Partial<NationalFactsInput> } {
  const household = makeHousehold({
    homeMunicipalityCode: DEST,
    members: [
      member(DEFECTOR, {
        kind: 'DEFECTOR',
        surveillanceHold: true,
        affiliations: [{ networkId: OWN_NET, role: 'MEMBER', confidence: 'CONFIRMED', validFrom: '2020-01-01', validTo: null }],
        conflicts: [{ otherPersonId: 'person-foe', kind: 'THREAT', reviewDue: '2026-01-01' }],
      }),
      member(RELATIVE),
    ],
    eligibility: { ...makeHousehold().eligibility, motivated: false },
    consents: [], // tracked, and none recorded: CONSENT_MISSING
    threatAssessment: { ...makeHousehold().threatAssessment!, threatActorIds: ['person-actor'], reviewDue: '2026-01-01' },
    placementAssessment: {
      unsuitable: [{ municipalityCode: DEST, reason: 'HOME_AREA' }],
      suitableCodes: [NEXT],
      minDistanceFromHomeKm: 50,
      assessedOn: '2026-01-01',
      reviewDue: '2026-12-01',
    },
  });
  const national: Partial<NationalFactsInput> = {
    presences: [presence(RIVAL_NET, DEST), presence('net-far-rival', NEXT), presence(OWN_NET, DEST)],
    relations: [{ a: OWN_NET, b: 'net-far-rival', kind: 'RIVAL', validFrom: '2020-01-01', validTo: null }],
    networks: [{ id: 'net-far-rival', category: 'OTHER', reach: 'NATIONAL' }],
    knownLocations: [location('person-actor', DEST)],
    affiliations: [affiliation('person-rival-here', RIVAL_NET), affiliation('person-rival-near', RIVAL_NET)],
    occupancies: [
      occupancy({ personIds: ['person-rival-here', 'person-foe'] }),
      occupancy({ caseId: 'case-near', personIds: ['person-rival-near'], municipalityCode: NEXT }),
    ],
  };
  return { household, national };
}

describe('checkDestination', () => {
  it('raises nothing for the base world', () => {
    expect(checkWorld()).toEqual({ municipalityCode: DEST, cleared: true, flags: [] });
  });

  it('raises every code once when everything collides, blocks first, each message a sentence without ids in either language', () => {
    const result = checkWorld(everything());
    const codes = codesOf(result);
    expect([...codes].sort()).toEqual([...FLAG_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
    const severities = result.flags.map((flag) => flag.severity);
    expect(severities).toEqual([...severities].sort()); // 'BLOCK' < 'WARN'
    expect(result.cleared).toBe(false);
    for (const flag of result.flags) {
      expect(flag.message).toMatch(/^[A-Z0-9].*\.$/);
      expect(flag.message).not.toMatch(/person-|case-|net-|900\d/);
      expect(explainFlag(flag, 'en')).toBe(flag.message);
      const swedish = explainFlag(flag, 'sv');
      expect(swedish).toMatch(/^[A-ZÅÄÖ0-9].*\.$/u);
      expect(swedish).not.toMatch(/person-|case-|net-|900\d/);
      expect(swedish).not.toBe(flag.message);
    }
  });

  it('clears exactly when no flag blocks', () => {
    const warnOnly = checkWorld({ national: { presences: [presence(OWN_NET, DEST)] } });
    expect(warnOnly.flags.map((flag) => flag.severity)).toEqual(['WARN']);
    expect(warnOnly.cleared).toBe(true);
  });

  it('gives the same answer prepared once as checked one by one', () => {
    const { household, national } = everything();
    const facts = nationalOf(national);
    const context = prepareHousehold(household, facts, MAP, PERIOD, { today: TODAY });
    for (const code of MAP.codes) {
      expect(checkPrepared(context, code)).toEqual(checkDestination(household, facts, MAP, code, PERIOD, { today: TODAY }));
    }
  });

  it('refuses an unknown destination, a malformed date and a backwards period', () => {
    expect(() => checkWorld({ destination: '0000' })).toThrow(UnknownMunicipalityError);
    expect(() => checkWorld({ period: { startDate: '2026-03-01', endDate: '2026-02-01' } })).toThrow(InvalidPeriodError);
    expect(() => checkWorld({ today: '1 March 2026' })).toThrow(InvalidDateError);
    expect(() => checkWorld({ national: { presences: [presence(RIVAL_NET, DEST, '2026-02-31')] } })).toThrow(InvalidDateError);
  });

  it('checks the home municipality like any other code', () => {
    expect(codesOf(checkWorld({ destination: HOME }))).toEqual(['HOME_MUNICIPALITY']);
  });
});
