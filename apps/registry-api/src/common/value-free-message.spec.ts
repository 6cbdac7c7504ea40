import { describe, expect, it } from '@jest/globals';
import { withoutInputValues } from './value-free-message.js';

describe('withoutInputValues', () => {
  it.each([
    [
      'Variable "$i" got invalid value { kind: "A", name: "Secretname" }; Field "extra" is not defined by type "I".',
      'Variable "$i" got an invalid value; Field "extra" is not defined by type "I".',
    ],
    [
      'Variable "$i" got invalid value { kind: "A" }; Field "name" of required type "String!" was not provided.',
      'Variable "$i" got an invalid value; Field "name" of required type "String!" was not provided.',
    ],
    [
      'Variable "$i" got invalid value "Secretname" at "i.kind"; Value "Secretname" does not exist in "K" enum. Did you mean the enum value "A" or "B"?',
      'Variable "$i" got an invalid value at "i.kind"; The value does not exist in "K" enum.',
    ],
    [
      'Variable "$i" got invalid value "Secretname" at "i.n"; Int cannot represent non-integer value: "Secretname"',
      'Variable "$i" got an invalid value at "i.n"; Int cannot represent non-integer value',
    ],
    [
      'Variable "$s" got invalid value 199001010017; String cannot represent a non string value: 199001010017',
      'Variable "$s" got an invalid value; String cannot represent a non string value',
    ],
    ['Value "Secretname" does not exist in "K" enum.', 'The value does not exist in "K" enum.'],
    ['Int cannot represent non-integer value: "Secretname"', 'Int cannot represent non-integer value'],
    ['Expected value of type "Int!", found "Secretname".', 'Expected value of type "Int!".'],
    ['Cannot query field "secret" on type "Query".', 'Cannot query field "secret" on type "Query".'],
  ])('%s', (message, expected) => {
    const cleaned = withoutInputValues(message);
    expect(cleaned).toBe(expected);
    expect(cleaned).not.toMatch(/Secretname|199001010017/);
  });
});
