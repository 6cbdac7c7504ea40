import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addMonths,
  consentCovers,
  consentStatus,
  defaultReviewDue,
  householdSharingWithdrawn,
  requiredSignatories,
  sharingWithdrawn,
  type ConsentFacts,
  type ConsentSignatory,
  type ConsentSubject,
} from './consent.js';

const YES = (role: ConsentSignatory['role']): ConsentSignatory => ({ role, answer: 'YES' });
const NO = (role: ConsentSignatory['role']): ConsentSignatory => ({ role, answer: 'NO' });

function consent(over: Partial<ConsentFacts> & { signatories?: ConsentSignatory[]; signedOn?: string } = {}): ConsentFacts {
  const signedOn = over.signedOn ?? '2026-01-10';
  return {
    id: 'c1',
    personId: 'p1',
    categories: ['PLACEMENT_NEEDS'],
    recipients: ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'],
    signings: over.signings ?? [{ signedOn, reviewDue: defaultReviewDue(signedOn), signatories: over.signatories ?? [YES('PERSON')] }],
    withdrawnOn: over.withdrawnOn ?? null,
    ...(over.categories ? { categories: over.categories } : {}),
    ...(over.recipients ? { recipients: over.recipients } : {}),
  };
}
const adult: ConsentSubject = { personId: 'p1', birthYear: 1990 };

describe('addMonths', () => {
  it('adds whole months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-10', 6)).toBe('2026-07-10');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(defaultReviewDue('2026-12-15')).toBe('2027-06-15');
  });
  it('refuses a date that is not a date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow('calendar date');
  });
});

describe('requiredSignatories', () => {
  it('asks the person alone from 18, guardians and person at 15–17, guardians alone under 15', () => {
    expect([...requiredSignatories({ personId: 'p', birthYear: 2000 }, '2026-06-01')]).toEqual(['PERSON']);
    expect([...requiredSignatories({ personId: 'p', birthYear: 2010 }, '2026-06-01')].sort()).toEqual(['GUARDIAN', 'PERSON']);
    expect([...requiredSignatories({ personId: 'p', birthYear: 2014 }, '2026-06-01')]).toEqual(['GUARDIAN']);
  });
  it('asks both sides of a boundary the birth year alone cannot settle', () => {
    // Born 2011: 14 or 15 during 2026.
    expect([...requiredSignatories({ personId: 'p', birthYear: 2011 }, '2026-06-01')].sort()).toEqual(['GUARDIAN', 'PERSON']);
    // Born 2008: 17 or 18 during 2026.
    expect([...requiredSignatories({ personId: 'p', birthYear: 2008 }, '2026-06-01')].sort()).toEqual(['GUARDIAN', 'PERSON']);
  });
  it('reads an unknown birth year as an adult', () => {
    expect([...requiredSignatories({ personId: 'p', birthYear: null }, '2026-06-01')]).toEqual(['PERSON']);
  });
});

describe('consentStatus', () => {
  it('is valid from signing through the review date, expired after it', () => {
    const c = consent();
    expect(consentStatus(c, adult, '2026-01-09')).toBe('INCOMPLETE');
    expect(consentStatus(c, adult, '2026-01-10')).toBe('VALID');
    expect(consentStatus(c, adult, '2026-07-10')).toBe('VALID');
    expect(consentStatus(c, adult, '2026-07-11')).toBe('EXPIRED');
  });
  it('a renewal carries it on to the new review date', () => {
    const c = consent({
      signings: [
        { signedOn: '2026-01-10', reviewDue: '2026-07-10', signatories: [YES('PERSON')] },
        { signedOn: '2026-07-01', reviewDue: '2027-01-01', signatories: [YES('PERSON')] },
      ],
    });
    expect(consentStatus(c, adult, '2026-09-01')).toBe('VALID');
    expect(consentStatus(c, adult, '2027-01-02')).toBe('EXPIRED');
  });
  it('a withdrawal takes effect on its day, before the review date', () => {
    const c = consent({ withdrawnOn: '2026-03-01' });
    expect(consentStatus(c, adult, '2026-02-28')).toBe('VALID');
    expect(consentStatus(c, adult, '2026-03-01')).toBe('WITHDRAWN');
  });
  it("a youth's yes with a guardian's no is no consent", () => {
    const youth = { personId: 'p1', birthYear: 2010 };
    expect(consentStatus(consent({ signatories: [YES('PERSON'), YES('GUARDIAN')] }), youth, '2026-02-01')).toBe('VALID');
    expect(consentStatus(consent({ signatories: [YES('PERSON'), YES('GUARDIAN'), NO('GUARDIAN')] }), youth, '2026-02-01')).toBe(
      'INCOMPLETE',
    );
    expect(consentStatus(consent({ signatories: [YES('GUARDIAN')] }), youth, '2026-02-01')).toBe('INCOMPLETE');
  });
  it('a consent the guardians gave for a child lacks the youth once they turn 15', () => {
    const child = { personId: 'p1', birthYear: 2012 };
    const c = consent({ signedOn: '2026-12-01', signatories: [YES('GUARDIAN')] });
    expect(consentStatus(c, child, '2026-12-31')).toBe('VALID'); // 13 or 14
    expect(consentStatus(c, child, '2027-01-15')).toBe('INCOMPLETE'); // 14 or 15: the youth must answer
  });
  it("at 18 the guardians' part no longer counts; the youth's own yes stands", () => {
    const youth = { personId: 'p1', birthYear: 2008 };
    const c = consent({ signedOn: '2026-12-01', signatories: [YES('PERSON'), NO('GUARDIAN')] });
    expect(consentStatus(c, youth, '2026-12-02')).toBe('INCOMPLETE');
    expect(consentStatus(c, youth, '2027-01-02')).toBe('VALID'); // 18 or 19
  });
});

describe('consentCovers', () => {
  it('covers only its member, its recipients and its categories', () => {
    const records = [consent()];
    expect(consentCovers(records, adult, 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', '2026-02-01')).toBe(true);
    expect(consentCovers(records, { personId: 'p2', birthYear: 1990 }, 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', '2026-02-01')).toBe(false);
    expect(consentCovers(records, adult, 'SCHOOL', '2026-02-01')).toBe(false);
    expect(consentCovers(records, adult, 'RESPONSIBLE_MUNICIPALITY', '2026-02-01', ['PLACEMENT_NEEDS', 'HEALTH'])).toBe(false);
  });
  it('one valid consent is enough when another was withdrawn', () => {
    const records = [consent({ withdrawnOn: '2026-02-01' }), consent({ signedOn: '2026-02-01' })];
    expect(consentCovers(records, adult, 'RESPONSIBLE_MUNICIPALITY', '2026-03-01')).toBe(true);
    expect(sharingWithdrawn(records, adult, 'RESPONSIBLE_MUNICIPALITY', '2026-03-01')).toBe(false);
    expect(sharingWithdrawn(records.slice(0, 1), adult, 'RESPONSIBLE_MUNICIPALITY', '2026-03-01')).toBe(true);
    expect(sharingWithdrawn(records.slice(0, 1), adult, 'SCHOOL', '2026-03-01')).toBe(false);
  });
});

describe('householdSharingWithdrawn', () => {
  it('names the recipients of a withdrawn consent only, and only for a member it was about', () => {
    const records = [consent({ withdrawnOn: '2026-02-01', recipients: ['RESPONSIBLE_MUNICIPALITY'] })];
    const members = [adult, { personId: 'p2', birthYear: null }];
    expect(householdSharingWithdrawn(records, members, ['RESPONSIBLE_MUNICIPALITY'], '2026-02-01')).toBe(true);
    expect(householdSharingWithdrawn(records, members, ['RESPONSIBLE_MUNICIPALITY'], '2026-01-31')).toBe(false);
    expect(householdSharingWithdrawn(records, members, ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES'], '2026-02-01')).toBe(false);
    expect(householdSharingWithdrawn(records, members.slice(1), ['RESPONSIBLE_MUNICIPALITY'], '2026-02-01')).toBe(false);
  });
});

describe('consent properties', () => {
  const role = fc.constantFrom<ConsentSignatory['role']>('PERSON', 'GUARDIAN');
  const answer = fc.constantFrom<ConsentSignatory['answer']>('YES', 'NO');
  const signatories = fc.array(fc.record({ role, answer }), { maxLength: 5 });
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const birthYear = fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null });

  it("a guardian's no always means no consent while the member may be under 18", () => {
    fc.assert(
      fc.property(signatories, day, day, birthYear, (others, signedOn, at, by) => {
        const c = consent({ signedOn, signatories: [...others, NO('GUARDIAN')] });
        const subject = { personId: 'p1', birthYear: by };
        const year = Number(at.slice(0, 4));
        if (by !== null && year - by - 1 < 18) expect(consentStatus(c, subject, at)).not.toBe('VALID');
      }),
    );
  });

  it("a member's own no is never consent from 15 on", () => {
    fc.assert(
      fc.property(signatories, day, day, birthYear, (others, signedOn, at, by) => {
        const c = consent({ signedOn, signatories: [...others, NO('PERSON')] });
        const year = Number(at.slice(0, 4));
        if (by === null || year - by >= 15) expect(consentStatus(c, { personId: 'p1', birthYear: by }, at)).not.toBe('VALID');
      }),
    );
  });

  it('nothing is covered on or after the day of withdrawal, nor after the review date', () => {
    fc.assert(
      fc.property(signatories, day, day, day, birthYear, (s, signedOn, withdrawnOn, at, by) => {
        const subject = { personId: 'p1', birthYear: by };
        const c = consent({ signedOn, signatories: s, withdrawnOn });
        if (at >= withdrawnOn || at > defaultReviewDue(signedOn) || at < signedOn) {
          expect(consentCovers([c], subject, 'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', at)).toBe(false);
        }
      }),
    );
  });

  it('everyone required saying yes is consent within its period', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 180 }), birthYear, (signedOn, offset, by) => {
        const at = new Date(Date.parse(signedOn) + offset * 86_400_000).toISOString().slice(0, 10);
        const c = consent({ signedOn, signatories: [YES('PERSON'), YES('GUARDIAN')] });
        expect(consentStatus(c, { personId: 'p1', birthYear: by }, at)).toBe('VALID');
      }),
    );
  });
});
