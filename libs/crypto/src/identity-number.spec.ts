import { describe, expect, it } from '@jest/globals';
import { fictionalIdentityNumber, withWrongCheckDigit } from '../test/fictional-identity-numbers.js';
import { InvalidIdentityNumberError } from './errors.js';
import { normaliseIdentityNumber } from './identity-number.js';

function expectRejected(input: string): void {
  let caught: unknown;
  try {
    normaliseIdentityNumber(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidIdentityNumberError);
  const error = caught as InvalidIdentityNumberError;
  expect(error.code).toBe('BAD_USER_INPUT');
  // The message must not echo the number, not even its digits.
  expect(error.message).not.toMatch(/\d/);
}

describe('normaliseIdentityNumber', () => {
  const person = fictionalIdentityNumber('19750314', '998');

  it('gives the same 12 digits for YYMMDD-NNNC, YYMMDDNNNC and YYYYMMDDNNNC', () => {
    expect(normaliseIdentityNumber(person.short)).toBe(person.long);
    expect(normaliseIdentityNumber(person.compact)).toBe(person.long);
    expect(normaliseIdentityNumber(person.long)).toBe(person.long);
    expect(person.long).toMatch(/^19750314998\d$/);
  });

  it('ignores surrounding whitespace', () => {
    expect(normaliseIdentityNumber(` ${person.short}\n`)).toBe(person.long);
  });

  it('reads YYMMDD+NNNC as someone aged 100 or more', () => {
    const centenarian = fictionalIdentityNumber('19210602', '991', true);
    expect(normaliseIdentityNumber(centenarian.short)).toBe(centenarian.long);
    // Without the plus the same ten digits name someone born a century later.
    expect(normaliseIdentityNumber(centenarian.compact)).toBe(`20${centenarian.long.slice(2)}`);
  });

  it('accepts a coordination number (samordningsnummer, day + 60) and keeps its day', () => {
    const coordination = fictionalIdentityNumber('19750374', '997');
    expect(normaliseIdentityNumber(coordination.short)).toBe(coordination.long);
    expect(normaliseIdentityNumber(coordination.long).slice(6, 8)).toBe('74');
  });

  it('rejects a wrong check digit', () => {
    expectRejected(withWrongCheckDigit(person.long));
    expectRejected(withWrongCheckDigit(person.long).slice(2));
  });

  it('rejects a date that does not exist, even with a correct check digit', () => {
    expectRejected(fictionalIdentityNumber('19750230', '998').long);
    expectRejected(fictionalIdentityNumber('19751314', '998').short);
    expectRejected(fictionalIdentityNumber('19750392', '998').long); // coordination day 32
  });

  it('rejects a birth date in the future', () => {
    expectRejected(fictionalIdentityNumber('20990101', '998').long);
  });

  it('rejects what is not a number at all', () => {
    for (const input of ['', 'abcdefghij', '7503149980000', '19750314-99', '19750314 9980']) expectRejected(input);
    expectRejected(42 as unknown as string);
  });
});
