import { describe, expect, it } from '@jest/globals';
import { draftEvent } from '../test/chain-fixture.js';
import { GENESIS_PREV_HASH, buildNextEvent, chainHash } from './index.js';

describe('buildNextEvent', () => {
  it('starts the chain at seq 1 on the genesis hash', () => {
    const first = buildNextEvent(null, draftEvent(1));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_PREV_HASH);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const { hash, ...fields } = first;
    expect(hash).toBe(chainHash(GENESIS_PREV_HASH, fields));
  });

  it('links each event to the one before', () => {
    const first = buildNextEvent(null, draftEvent(1));
    const second = buildNextEvent(first, draftEvent(2));
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
  });

  it('stamps the current time when the draft has none', () => {
    const { at: _omitted, ...draft } = draftEvent(1);
    const before = Date.now();
    const event = buildNextEvent(null, draft);
    expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(before);
  });

  it('refuses timestamps that would not read back identically', () => {
    for (const at of ['2025-03-01T08:00:00Z', '2025-03-01T09:00:00.000+01:00', '2025-02-30T08:00:00.000Z']) {
      expect(() => buildNextEvent(null, draftEvent(1, { at }))).toThrow(TypeError);
    }
  });

  it('copies roles so later changes to the draft do not alter the event', () => {
    const draft = draftEvent(1, { roles: ['MUNICIPALITY'] });
    const event = buildNextEvent(null, draft);
    draft.roles.push('AUDITOR');
    expect(event.roles).toEqual(['MUNICIPALITY']);
  });
});
