import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from './errors.js';
import { hasVisibleContent, isPlainText, requirePlainText } from './plain-text.js';

const HIDDEN: [string, string][] = [
  ['NUL', '\u0000'],
  ['a C0 control', '\u001B'],
  ['DEL', '\u007F'],
  ['a C1 control', '\u0085'],
  ['left-to-right mark', '\u200E'],
  ['right-to-left mark', '\u200F'],
  ['Arabic letter mark', '\u061C'],
  ['left-to-right embedding', '\u202A'],
  ['right-to-left embedding', '\u202B'],
  ['pop directional formatting', '\u202C'],
  ['left-to-right override', '\u202D'],
  ['right-to-left override', '\u202E'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left isolate', '\u2067'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['zero-width space', '\u200B'],
  ['zero-width joiner', '\u200D'],
  ['word joiner', '\u2060'],
  ['byte-order mark', '\uFEFF'],
  ['soft hyphen', '\u00AD'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['a tag character', '\u{E0041}'],
  ['a private-use character', '\uE000'],
  ['a lone surrogate', '\uD800'],
  ['a Hangul filler', '\u3164'],
];

describe('plain text', () => {
  it.each(['Åsa', 'Zoë Öberg-Nilsson', "O'Brien", 'José María', 'Łukasz', 'Ahmad al-Sayed', 'Demo: Copper Kettle Boys'])(
    'accepts %p',
    (text) => {
      expect(isPlainText(text)).toBe(true);
      expect(hasVisibleContent(text)).toBe(true);
    },
  );

  it.each(HIDDEN)('refuses a name holding a %s', (_name, character) => {
    expect(isPlainText(`Anna${character}Svensson`)).toBe(false);
    expect(isPlainText(`Anna${character}Svensson`, { multiline: true })).toBe(false);
  });

  it('keeps line breaks and tabs in multi-line texts only', () => {
    expect(isPlainText('First line.\r\nSecond\tline.', { multiline: true })).toBe(true);
    expect(isPlainText('First line.\nSecond line.')).toBe(false);
  });

  it.each([
    ['three zero-width spaces', '\u200B\u200B\u200B'],
    ['spaces and a no-break space', '  \u00A0 '],
    ['combining marks alone', '\u0301\u0308\u0301'],
    ['Hangul fillers and a blank Braille pattern', '\u3164\u115F\u2800'],
    ['line breaks', '\n\n\t'],
  ])('finds nothing visible in %s', (_name, text) => {
    expect(hasVisibleContent(text)).toBe(false);
  });

  it('refuses with a message that names the field and not the value', () => {
    const value = 'Anna\u202ESvensson';
    expect(() => requirePlainText(value, 'justification')).toThrow(BadUserInputError);
    expect(() => requirePlainText(value, 'justification')).toThrow(
      'justification must be visible text without control or invisible formatting characters',
    );
    expect(() => requirePlainText('\u200B\u200B\u200B', 'justification', { multiline: true })).toThrow(BadUserInputError);
    expect(requirePlainText('Vetted.\nAgreed with NOA.', 'justification', { multiline: true })).toBe('Vetted.\nAgreed with NOA.');
  });
});
