import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ConsentFacts, ConsentSignatory } from '../consent.js';
import { checkWorld, DEFECTOR, flagOf, makeHousehold, member, RELATIVE, TODAY } from '../testing/fake-world.js';

const YES = (role: ConsentSignatory['role']): ConsentSignatory => ({ role, answer: 'YES' });

function consent(personId: string, over: Partial<ConsentFacts> = {}, signatories: ConsentSignatory[] = [YES('PERSON')]): ConsentFacts {
  return {
    id: `consent-${personId}`,
    personId,
    categories: ['PLACEMENT_NEEDS'],
    recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'],
    signings: [{ signedOn: '2026-01-10', reviewDue: '2026-07-10', signatories }],
    withdrawnOn: null,
    ...over,
  };
}

const withConsents = (consents: ConsentFacts[], extra = {}) => makeHousehold({ consents, ...extra });
const flag = (consents: ConsentFacts[] | undefined, extra = {}) =>
  flagOf(checkWorld({ household: consents === undefined ? makeHousehold(extra) : withConsents(consents, extra) }), 'CONSENT_MISSING');

describe('CONSENT_MISSING', () => {
  it("clears with the defector's valid consent; relatives without a consent on record are not asked", () => {
    const result = checkWorld({ household: withConsents([consent(DEFECTOR)]) });
    expect(flagOf(result, 'CONSENT_MISSING')).toBeUndefined();
    expect(result.cleared).toBe(true);
  });

  it('stays silent when the caller does not track consent', () => {
    expect(flag(undefined)).toBeUndefined();
  });

  it.each([
    { name: 'no consent at all', consents: [], standing: 'NONE' },
    { name: 'withdrawn', consents: [consent(DEFECTOR, { withdrawnOn: '2026-02-01' })], standing: 'WITHDRAWN' },
    {
      name: 'past its review date',
      consents: [consent(DEFECTOR, { signings: [{ signedOn: '2025-01-01', reviewDue: '2025-07-01', signatories: [YES('PERSON')] }] })],
      standing: 'EXPIRED',
    },
    { name: 'naming other recipients only', consents: [consent(DEFECTOR, { recipients: ['SCHOOL'] })], standing: 'NONE' },
    { name: 'a scope without what a placement needs', consents: [consent(DEFECTOR, { categories: ['HEALTH'] })], standing: 'INCOMPLETE' },
  ])('blocks: $name', ({ consents, standing }) => {
    const result = checkWorld({ household: withConsents(consents) });
    const found = flagOf(result, 'CONSENT_MISSING');
    expect(found?.severity).toBe('BLOCK');
    expect(found?.causes.map((c) => [c.memberId, c.consentStanding])).toEqual([[DEFECTOR, standing]]);
    expect(result.cleared).toBe(false);
  });

  it("blocks on a relative's consent once one is recorded and it no longer holds", () => {
    const household = {
      members: [member(DEFECTOR, { kind: 'DEFECTOR' }), member(RELATIVE, { birthYear: 2010 })],
    };
    // A 16-year-old's own yes without a guardian's is no consent.
    const found = flag([consent(DEFECTOR), consent(RELATIVE)], household);
    expect(found?.causes.map((c) => c.memberId)).toEqual([RELATIVE]);
    expect(flag([consent(DEFECTOR), consent(RELATIVE, {}, [YES('PERSON'), YES('GUARDIAN')])], household)).toBeUndefined();
  });

  it('words the flag in English and Swedish without naming anyone', () => {
    const found = flag([consent(DEFECTOR, { withdrawnOn: '2026-02-01' })]);
    expect(found?.message).toBe(
      "1 household member has no valid consent to share what a placement needs with the receiving municipality's social services (withdrawn).",
    );
    expect(found?.message).not.toContain(DEFECTOR);
  });

  it('any withdrawal on or before the day checked blocks, whatever else the consent says (property)', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (signedOn, withdrawnOn) => {
        fc.pre(withdrawnOn <= TODAY);
        const c = consent(DEFECTOR, {
          withdrawnOn,
          signings: [{ signedOn, reviewDue: '2030-01-01', signatories: [YES('PERSON'), YES('GUARDIAN')] }],
        });
        expect(checkWorld({ household: withConsents([c]) }).cleared).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
