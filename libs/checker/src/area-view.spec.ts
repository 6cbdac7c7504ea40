import { describe, expect, it } from '@jest/globals';
import {
  MIN_PRIVACY_AREA_SIZE,
  areNeighbours,
  distanceKm,
  findMunicipality,
  municipalities,
  privacyAreaOf,
  type PoliceRegion,
} from '@registry/geo';
import { areaView, toWholeMonths } from './area-view.js';
import { checkDestination } from './check.js';
import type { HouseholdFacts, NationalFactsInput, OccupancyFact } from './facts.js';
import type { Geography } from './geography.js';
import { buildNationalFacts, type NationalFacts } from './national-facts.js';
import { periodInterval, toDayNumber } from './period.js';
import { rankDestinations } from './ranking.js';
import { redactCheck, type Viewer } from './redaction.js';
import { baseNationalInput, DEFECTOR, makeHousehold, member, OWN_NET, RIVAL_NET } from './testing/fake-world.js';

// The real map: areas, borders and distances are what a caller would reason with.
const SWEDEN: Geography = {
  codes: municipalities.map((m) => m.code),
  regionOf: (code) => findMunicipality(code)!.policeRegion,
  areNeighbours,
  distanceKm,
};
const areaOf = (code: string) => privacyAreaOf(code)!.codes;
const SYD: Viewer = { national: false, region: 'SYD' };
const TODAY = '2026-03-01';
const PERIOD = { startDate: '2026-03-01', endDate: '2026-08-28' };
const OPTIONS = { today: TODAY, nearbyRadiusKm: 30 };

const OTHER_PERSON = 'person-stockholm-defector';
const THREAT_ACTOR = 'person-stockholm-threat-actor';

/**
 * A SYD household (home Malmö) whose own defector a hostile officer has tied to every lever: a member of the
 * rival network's rival, in personal conflict with another region's defector, naming a threat actor the
 * region may not see.
 */
function household(): HouseholdFacts {
  const base = makeHousehold({ homeMunicipalityCode: '1280' });
  return {
    ...base,
    members: [
      member(DEFECTOR, {
        kind: 'DEFECTOR',
        affiliations: [{ networkId: OWN_NET, role: 'MEMBER', confidence: 'CONFIRMED', validFrom: '2020-01-01', validTo: null }],
        conflicts: [{ otherPersonId: OTHER_PERSON, kind: 'ENMITY' }],
      }),
    ],
    threatAssessment: { ...base.threatAssessment!, threatActorIds: [THREAT_ACTOR] },
  };
}

/** Another region's rival household at `code` for the given dates, and a threat actor staying at `actorAt`. */
function world(code: string, actorAt: string, dates = { startDate: '2026-04-10', endDate: '2026-07-20' }): NationalFactsInput {
  const other: OccupancyFact = {
    id: 'placement-stockholm',
    caseId: 'case-stockholm',
    region: 'STOCKHOLM',
    personIds: [OTHER_PERSON],
    municipalityCode: code,
    kind: 'PLACEMENT',
    ...dates,
  };
  return {
    ...baseNationalInput(),
    affiliations: [
      { personId: OTHER_PERSON, networkId: RIVAL_NET, role: 'MEMBER', confidence: 'CONFIRMED', validFrom: '2020-01-01', validTo: null },
    ],
    occupancies: [other],
    knownLocations: [{ personId: THREAT_ACTOR, municipalityCode: actorAt, validFrom: '2026-02-03', validTo: '2026-06-17' }],
    personRegions: [
      { personId: OTHER_PERSON, regions: ['STOCKHOLM'] },
      { personId: THREAT_ACTOR, regions: ['STOCKHOLM'] },
    ],
  };
}

function regionalView(input: NationalFactsInput, region: PoliceRegion = 'SYD'): NationalFacts {
  return areaView(buildNationalFacts(input), { region, areaOf });
}

/** Everything a SYD officer can read from one ranking of all 290, in order. */
function rankingSeenBySyd(input: NationalFactsInput, period = PERIOD): string {
  const ranked = rankDestinations(household(), regionalView(input), SWEDEN, period, OPTIONS);
  return JSON.stringify(
    ranked.map((check) => {
      const shown = redactCheck(check, SYD);
      return [shown.municipalityCode, shown.cleared, shown.flags.map((f) => [f.code, f.severity, f.message])];
    }),
  );
}

function flagged(input: NationalFactsInput, code: string, view: (i: NationalFactsInput) => NationalFacts): string[] {
  return rankDestinations(household(), view(input), SWEDEN, PERIOD, OPTIONS)
    .filter((check) => check.flags.some((flag) => flag.code === code))
    .map((check) => check.municipalityCode)
    .sort();
}

describe('privacy areas on the real map', () => {
  it('cover every municipality once, each area holding at least ten', () => {
    const seen = new Set<string>();
    for (const m of municipalities) {
      const area = areaOf(m.code);
      expect(area.length).toBeGreaterThanOrEqual(MIN_PRIVACY_AREA_SIZE);
      expect(area).toContain(m.code);
      seen.add(privacyAreaOf(m.code)!.id);
    }
    const total = [...seen].reduce((sum, id) => sum + municipalities.filter((m) => privacyAreaOf(m.code)!.id === id).length, 0);
    expect(total).toBe(290);
  });

  it('keeps Gotland, a county of one, inside an area of at least ten', () => {
    expect(areaOf('0980').length).toBeGreaterThanOrEqual(MIN_PRIVACY_AREA_SIZE);
  });
});

describe('toWholeMonths', () => {
  it('widens to the first and last day of the months touched', () => {
    const months = toWholeMonths(periodInterval({ startDate: '2026-04-10', endDate: '2026-07-20' }));
    expect(months).toEqual({ from: toDayNumber('2026-04-01'), to: toDayNumber('2026-07-31') });
    expect(toWholeMonths(periodInterval({ startDate: '2028-02-29', endDate: '2028-02-29' })).to).toBe(toDayNumber('2028-02-29'));
  });

  it('leaves an open end open', () => {
    expect(toWholeMonths({ from: toDayNumber('2026-04-10'), to: Number.POSITIVE_INFINITY }).to).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('areaView: what a regional unit can learn about another region’s household', () => {
  const X = '2080'; // Falun, in Dalarna's area
  const actorAt = '0180'; // Stockholm

  it('still blocks the true municipality, and blocks its whole area the same way', () => {
    const blocked = flagged(world(X, actorAt), 'RIVAL_PLACEMENT', regionalView);
    expect(blocked).toContain(X);
    expect(blocked).toEqual([...areaOf(X)].sort());
    expect(flagged(world(X, actorAt), 'PERSONAL_CONFLICT', regionalView)).toEqual([...areaOf(X)].sort());
    expect(flagged(world(X, actorAt), 'THREAT_ACTOR_PRESENCE', regionalView)).toEqual([...areaOf(actorAt)].sort());
  });

  it('gives national coordination the exact municipality', () => {
    expect(flagged(world(X, actorAt), 'RIVAL_PLACEMENT', buildNationalFacts)).toEqual([X]);
    expect(flagged(world(X, actorAt), 'THREAT_ACTOR_PRESENCE', buildNationalFacts)).toEqual([actorAt]);
  });

  it('keeps exact flags for the region’s own households', () => {
    const own = world(X, actorAt);
    own.occupancies = own.occupancies.map((o) => ({ ...o, region: 'SYD' as const }));
    own.personRegions = [
      { personId: OTHER_PERSON, regions: ['SYD'] },
      { personId: THREAT_ACTOR, regions: ['SYD'] },
    ];
    expect(flagged(own, 'RIVAL_PLACEMENT', regionalView)).toEqual([X]);
    expect(flagged(own, 'THREAT_ACTOR_PRESENCE', regionalView)).toEqual([actorAt]);
  });

  it('never counts or places the hidden household in a message', () => {
    const check = checkDestination(household(), regionalView(world(X, actorAt)), SWEDEN, X, PERIOD, OPTIONS);
    const messages = redactCheck(check, SYD).flags.map((flag) => flag.message);
    expect(messages).toContain(
      'One or more protected persons of another region affiliated with a rival network are placed or cleared to move in the area around here during the period (the exact place is not shown).',
    );
    expect(messages.join(' ')).not.toMatch(/\b1 (protected )?person/);
  });

  it('answers identically wherever in its area, and whenever in its months, the household is', () => {
    const seen = rankingSeenBySyd(world(X, actorAt));
    for (const other of areaOf(X)) expect(rankingSeenBySyd(world(other, actorAt))).toBe(seen);
    expect(rankingSeenBySyd(world(X, actorAt, { startDate: '2026-04-01', endDate: '2026-07-31' }))).toBe(seen);
    expect(rankingSeenBySyd(world(X, areaOf(actorAt).at(-1)!))).toBe(seen);
  });

  it('narrows a household to no fewer than ten municipalities, whatever the period asked', () => {
    // The caller's best attack: for every place the household could be, the ranking it would see; the
    // places that give the same answer are all the caller can tell apart. Several periods, since the
    // caller chooses them; the answer must not split an area in any of them.
    const periods = [PERIOD, { startDate: '2026-04-09', endDate: '2026-04-11' }, { startDate: '2026-07-20', endDate: '2026-08-01' }];
    let smallest = Number.POSITIVE_INFINITY;
    for (const period of periods) {
      const classes = new Map<string, string[]>();
      for (const m of municipalities) {
        const answer = rankingSeenBySyd(world(m.code, actorAt), period);
        classes.set(answer, [...(classes.get(answer) ?? []), m.code]);
      }
      for (const codes of classes.values()) smallest = Math.min(smallest, codes.length);
    }
    expect(smallest).toBeGreaterThanOrEqual(MIN_PRIVACY_AREA_SIZE);
  });
});
