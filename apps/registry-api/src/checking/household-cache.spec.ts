import { describe, expect, it } from '@jest/globals';
import type { HouseholdFacts } from '@registry/checker';
import { HouseholdCache } from './household-cache.js';

function household(caseId: string, personIds: string[] = []): HouseholdFacts {
  return { caseId, members: personIds.map((personId) => ({ personId })) } as unknown as HouseholdFacts;
}

describe('HouseholdCache', () => {
  it('drops the household least recently checked, not the first one stored', () => {
    const cache = new HouseholdCache(2);
    cache.set('a', 1, household('a'));
    cache.set('b', 1, household('b'));
    expect(cache.get('a', 1)?.caseId).toBe('a'); // a is now the most recently used
    cache.set('c', 1, household('c'));
    expect(cache.get('a', 1)?.caseId).toBe('a');
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.caseId).toBe('c');
    expect(cache.size).toBe(2);
  });

  it('answers only at the version read or later, and a miss on version does not count as a use', () => {
    const cache = new HouseholdCache(2);
    cache.set('a', 5, household('a'));
    cache.set('b', 5, household('b'));
    expect(cache.get('a', 6)).toBeUndefined();
    cache.set('c', 6, household('c'));
    expect(cache.get('a', 5)).toBeUndefined();
    expect(cache.get('b', 5)?.caseId).toBe('b');
  });

  it('moves untouched households on and drops touched ones when catching up', () => {
    const cache = new HouseholdCache(10);
    cache.set('a', 3, household('a', ['p1']));
    cache.set('b', 3, household('b', ['p2']));
    cache.set('c', 3, household('c', ['p3']));
    cache.advance(3, 7, new Set(['a']), new Set(['p2']));
    expect(cache.get('a', 3)).toBeUndefined();
    expect(cache.get('b', 3)).toBeUndefined();
    expect(cache.get('c', 7)?.caseId).toBe('c');
    expect(cache.size).toBe(1);
  });
});
