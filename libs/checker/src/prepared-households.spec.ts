import { describe, expect, it } from '@jest/globals';
import { areaView } from './area-view.js';
import { checkDestination, checkPrepared } from './check.js';
import { keyedNationalFacts, NationalFactsIndex } from './national-index.js';
import { PreparedHouseholds } from './prepared-households.js';
import { rankDestinations, rankPrepared } from './ranking.js';
import { smallAreaOf } from './testing/random-world.js';
import {
  baseNationalInput,
  DEST,
  MAP,
  makeHousehold,
  NEXT,
  occupancy,
  PERIOD,
  presence,
  RIVAL_NET,
  TODAY,
  UNRELATED_NET,
} from './testing/fake-world.js';

const OPTIONS = { today: TODAY };
const codesAt = (result: { flags: readonly { code: string }[] }) => result.flags.map((flag) => flag.code);

/** The country as an index, so that a change makes the next version as the service makes it (apply). */
function indexOf(extra: Partial<ReturnType<typeof baseNationalInput>> = {}): NationalFactsIndex {
  const base = baseNationalInput();
  return NationalFactsIndex.build(keyedNationalFacts({ ...base, presences: [], affiliations: [], occupancies: [], ...extra }));
}

describe('PreparedHouseholds', () => {
  it('reuses a context for the same household, facts, period and day', () => {
    const prepared = new PreparedHouseholds(10);
    const national = indexOf().facts;
    const household = makeHousehold();
    const first = prepared.prepare(household, national, MAP, PERIOD, OPTIONS);
    expect(prepared.prepare(household, national, MAP, PERIOD, OPTIONS)).toBe(first);
    expect(prepared.prepare(household, national, MAP, { ...PERIOD, endDate: '2026-08-27' }, OPTIONS)).not.toBe(first);
    expect(prepared.prepare(household, national, MAP, PERIOD, { today: '2026-03-02' })).not.toBe(first);
    expect(prepared.prepare(household, national, MAP, PERIOD, { ...OPTIONS, nearbyRadiusKm: 10 })).not.toBe(first);
  });

  it('never answers with facts from before a change to the country', () => {
    const prepared = new PreparedHouseholds(10);
    const household = makeHousehold();
    const before = indexOf();
    expect(checkPrepared(prepared.prepare(household, before.facts, MAP, PERIOD, OPTIONS), DEST).cleared).toBe(true);
    // The rival network turns up in the destination: the next version, made by applying the change.
    const after = before.apply({ presences: new Map([['rival-in-dest', presence(RIVAL_NET, DEST)]]) });
    const check = checkPrepared(prepared.prepare(household, after.facts, MAP, PERIOD, OPTIONS), DEST);
    expect(check).toEqual(checkDestination(household, after.facts, MAP, DEST, PERIOD, OPTIONS));
    expect(check.cleared).toBe(false);
    expect(codesAt(check)).toContain('RIVAL_NETWORK_PRESENCE');
  });

  it('never answers with a household from before a change to it', () => {
    const prepared = new PreparedHouseholds(10);
    const national = indexOf({ presences: [presence(UNRELATED_NET, DEST)] }).facts;
    const before = makeHousehold();
    expect(checkPrepared(prepared.prepare(before, national, MAP, PERIOD, OPTIONS), DEST).cleared).toBe(true);
    // The same case, its threat assessment now naming the network present in the destination.
    const after = makeHousehold({ threatAssessment: { ...before.threatAssessment!, threatNetworkIds: [UNRELATED_NET] } });
    const check = checkPrepared(prepared.prepare(after, national, MAP, PERIOD, OPTIONS), DEST);
    expect(check).toEqual(checkDestination(after, national, MAP, DEST, PERIOD, OPTIONS));
    expect(check.cleared).toBe(false);
    // Nor does the old household's context come back when the old object is asked for after the new one.
    expect(prepared.prepare(before, national, MAP, PERIOD, OPTIONS).household).toBe(before);
  });

  it('gives the answers the uncached checker gives, in a regional view too, however often asked', () => {
    const prepared = new PreparedHouseholds(10);
    const national = indexOf({
      presences: [presence(RIVAL_NET, NEXT)],
      occupancies: [occupancy({ personIds: ['someone'], municipalityCode: DEST })],
    }).facts;
    const household = makeHousehold();
    for (const facts of [national, areaView(national, { region: household.region, areaOf: smallAreaOf(MAP.codes) })]) {
      for (let round = 0; round < 2; round += 1) {
        for (const code of MAP.codes) {
          const context = prepared.prepare(household, facts, MAP, PERIOD, OPTIONS);
          expect(checkPrepared(context, code)).toEqual(checkDestination(household, facts, MAP, code, PERIOD, OPTIONS));
        }
        expect(rankPrepared(prepared.prepare(household, facts, MAP, PERIOD, OPTIONS), 3)).toEqual(
          rankDestinations(household, facts, MAP, PERIOD, { ...OPTIONS, limit: 3 }),
        );
      }
    }
  });

  it('keeps at most its capacity per facts, the least recently used going first', () => {
    const prepared = new PreparedHouseholds(2);
    const national = indexOf().facts;
    const [a, b, c] = ['case-a', 'case-b', 'case-c'].map((caseId) => makeHousehold({ caseId }));
    const contextA = prepared.prepare(a!, national, MAP, PERIOD, OPTIONS);
    prepared.prepare(b!, national, MAP, PERIOD, OPTIONS);
    expect(prepared.prepare(a!, national, MAP, PERIOD, OPTIONS)).toBe(contextA);
    prepared.prepare(c!, national, MAP, PERIOD, OPTIONS);
    expect(prepared.sizeFor(national)).toBe(2);
    // b was the least recently used: a is still kept.
    expect(prepared.prepare(a!, national, MAP, PERIOD, OPTIONS)).toBe(contextA);
  });
});
