import { describe, expect, it } from '@jest/globals';
import { preferredLanguage } from './accept-language.js';

describe('preferredLanguage', () => {
  it.each([
    // No header, or nothing in it: English, as today's clients get.
    { header: undefined, language: 'en' },
    { header: '', language: 'en' },
    { header: '   ', language: 'en' },
    // Swedish in any form.
    { header: 'sv', language: 'sv' },
    { header: 'sv-SE', language: 'sv' },
    { header: 'SV-se', language: 'sv' },
    { header: 'sv-FI', language: 'sv' },
    { header: 'sv-SE,sv;q=0.9,en;q=0.5', language: 'sv' },
    { header: 'sv-SE, sv; q=0.9, en; q=0.5', language: 'sv' },
    // English, or anything we do not have.
    { header: 'en', language: 'en' },
    { header: 'en-GB,en;q=0.9,sv;q=0.8', language: 'en' },
    { header: 'fr', language: 'en' },
    { header: 'de-DE,de;q=0.9', language: 'en' },
    { header: 'svenska', language: 'en' },
    { header: 'x-sv', language: 'en' },
    // Weights decide, not order.
    { header: 'en;q=0.5,sv', language: 'sv' },
    { header: 'sv;q=0.5,en', language: 'en' },
    { header: 'sv;q=0.801,en;q=0.8', language: 'sv' },
    { header: 'fr,sv;q=0.2', language: 'sv' },
    { header: 'fr,sv;q=0.2,en;q=0.1', language: 'sv' },
    // The best weight among a language's ranges is its own.
    { header: 'sv-SE;q=0.1,en;q=0.5,sv;q=0.9', language: 'sv' },
    // On a tie, the earlier-listed.
    { header: 'sv,en', language: 'sv' },
    { header: 'en,sv', language: 'en' },
    // q=0 means "not acceptable".
    { header: 'sv;q=0', language: 'en' },
    { header: 'sv;q=0,en;q=0', language: 'en' },
    { header: 'en;q=0,sv;q=0.1', language: 'sv' },
    // "*" stands for what the header does not name.
    { header: '*', language: 'en' },
    { header: 'en;q=0,*', language: 'sv' },
    { header: 'sv;q=0,*', language: 'en' },
    { header: '*;q=0.5,sv', language: 'sv' },
    { header: 'sv;q=0.4,*;q=0.5', language: 'en' },
    // A malformed entry is skipped; the rest still counts.
    { header: 'sv;q=2,en;q=0.1', language: 'en' },
    { header: 'sv;q=abc', language: 'en' },
    { header: 'sv;q=0.1234,en;q=0.1', language: 'en' },
    { header: 'sv;q=,en;q=0.1', language: 'en' },
    { header: 'sv_SE', language: 'en' },
    { header: ',,;,sv', language: 'sv' },
    { header: 'sv;level=1;q=0.9,en;q=0.8', language: 'sv' },
  ])('$header → $language', ({ header, language }) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it('reads no further than 32 ranges', () => {
    const padding = Array.from({ length: 32 }, () => 'fr').join(',');
    expect(preferredLanguage(`${padding},sv`)).toBe('en');
    expect(preferredLanguage(`${padding.slice(3)},sv`)).toBe('sv');
  });

  it('reads a very long entry as one malformed range and goes on to the next', () => {
    // The ranges are bounded ({1,8} subtags) and anchored, so a long entry fails at once rather than backtracking.
    expect(preferredLanguage(`${'x'.repeat(100_000)};q=0.5,sv`)).toBe('sv');
    expect(preferredLanguage(`${'sv-'.repeat(30_000)}-,en;q=0.1`)).toBe('en');
  });
});
