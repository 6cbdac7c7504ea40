import { describe, expect, it } from 'vitest';
import { membersMissingConsent, requiredSignatories, withheldRecipients, type ConsentLike } from './consent-rules';

function consent(
  member: string,
  status: ConsentLike['status'],
  recipients: ConsentLike['scope']['recipients'] = ['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY'],
): ConsentLike {
  return { status, member: { id: member }, scope: { categories: ['PLACEMENT_NEEDS'], recipients } };
}

describe('requiredSignatories', () => {
  it('asks an adult alone, and reads a member without a birth year as an adult', () => {
    expect(requiredSignatories(1990, '2026-11-30')).toEqual(['PERSON']);
    expect(requiredSignatories(null, '2026-11-30')).toEqual(['PERSON']);
  });
  it('asks guardians alone for a child certainly under 15', () => {
    expect(requiredSignatories(2013, '2026-11-30')).toEqual(['GUARDIAN']);
  });
  it('asks guardians and the youth at 15 to 17, and on both sides of a birthday the year does not place', () => {
    expect(requiredSignatories(2010, '2026-11-30')).toEqual(['GUARDIAN', 'PERSON']);
    // born 2011: 14 or 15 during 2026
    expect(requiredSignatories(2011, '2026-01-01')).toEqual(['GUARDIAN', 'PERSON']);
    // born 2008: 17 or 18 during 2026
    expect(requiredSignatories(2008, '2026-06-01')).toEqual(['GUARDIAN', 'PERSON']);
    // born 2007: 18 or 19
    expect(requiredSignatories(2007, '2026-06-01')).toEqual(['PERSON']);
  });
});

describe('membersMissingConsent', () => {
  it('names the defector without a valid placement consent, and relatives only once a consent is recorded for them', () => {
    expect(membersMissingConsent('d', ['r1', 'r2'], [])).toEqual(['d']);
    expect(membersMissingConsent('d', ['r1', 'r2'], [consent('d', 'VALID')])).toEqual([]);
    expect(membersMissingConsent('d', ['r1', 'r2'], [consent('d', 'VALID'), consent('r1', 'WITHDRAWN')])).toEqual(['r1']);
    expect(membersMissingConsent('d', [], [consent('d', 'EXPIRED'), consent('d', 'INCOMPLETE')])).toEqual(['d']);
  });
  it('does not count a valid consent that leaves out the receiving social services', () => {
    expect(membersMissingConsent('d', [], [consent('d', 'VALID', ['SCHOOL'])])).toEqual(['d']);
  });
});

describe('withheldRecipients', () => {
  it('withholds the municipalities a withdrawn consent named, unless another valid consent of the member names them', () => {
    expect(withheldRecipients([consent('d', 'WITHDRAWN')])).toEqual(['RECEIVING_MUNICIPALITY_SOCIAL_SERVICES', 'RESPONSIBLE_MUNICIPALITY']);
    expect(withheldRecipients([consent('d', 'WITHDRAWN'), consent('d', 'VALID', ['RESPONSIBLE_MUNICIPALITY'])])).toEqual([
      'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES',
    ]);
    expect(withheldRecipients([consent('d', 'WITHDRAWN'), consent('x', 'VALID')])).toEqual([
      'RECEIVING_MUNICIPALITY_SOCIAL_SERVICES',
      'RESPONSIBLE_MUNICIPALITY',
    ]);
    expect(withheldRecipients([consent('d', 'EXPIRED')])).toEqual([]);
  });
});
