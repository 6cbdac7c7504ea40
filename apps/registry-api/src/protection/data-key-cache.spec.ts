import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyRing, IntegrityError, newDataKey, openText, ready, sealText, type DataKey } from '@registry/crypto';
import { DataKeyCache } from './data-key-cache.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The key's bytes, kept from when it was made: a wiped key refuses to hand them out. */
const bytesOf = new WeakMap<DataKey, Uint8Array>();
const made = (id: string): DataKey => {
  const key = newDataKey(id);
  bytesOf.set(key, key.key);
  return key;
};
const zeroed = (key: DataKey) => (bytesOf.get(key) as Uint8Array).every((byte) => byte === 0);
const binding = { table: 't', column: 'c', rowId: '1' };

describe('the data-key cache', () => {
  beforeAll(async () => {
    await ready();
    generateKeyRing();
  });

  it('holds at most max keys, and wipes an evicted one after the grace period', async () => {
    const cache = new DataKeyCache({ max: 2, ttlMs: 60_000, wipeGraceMs: 30 });
    const keys = ['a', 'b', 'c'].map((id) => made(id));
    for (const key of keys) cache.set(key.id, { key, purpose: 'CASE' });
    expect(cache.size).toBe(2);
    expect(cache.has('a')).toBe(false);
    // Still whole for a request that fetched it a moment ago...
    const sealed = sealText(keys[0]!, binding, 'x');
    expect(openText(keys[0]!, binding, sealed)).toBe('x');
    await sleep(80);
    // ...then zeros, which open nothing.
    expect(zeroed(keys[0]!)).toBe(true);
    expect(() => openText(keys[0]!, binding, sealed)).toThrow(IntegrityError);
    expect(zeroed(keys[1]!)).toBe(false);
    cache.clear();
    expect(zeroed(keys[1]!) && zeroed(keys[2]!)).toBe(true);
  });

  it('lets a key expire by age, even unused, and wipes it', async () => {
    const cache = new DataKeyCache({ max: 10, ttlMs: 40, wipeGraceMs: 0 });
    const key = made('old');
    cache.set(key.id, { key, purpose: 'CASE' });
    await sleep(120);
    expect(cache.has('old')).toBe(false);
    expect(zeroed(key)).toBe(true);
  });

  it('drops and wipes the key of erased data at once', () => {
    const cache = new DataKeyCache({ max: 10, ttlMs: 60_000, wipeGraceMs: 60_000 });
    const erased = made('erased');
    const kept = made('kept');
    cache.set(erased.id, { key: erased, purpose: 'CASE' });
    cache.set(kept.id, { key: kept, purpose: 'NETWORK_INTELLIGENCE' });
    expect(cache.shreddableIds()).toEqual(['erased']);
    cache.dropErased('erased');
    expect(cache.has('erased')).toBe(false);
    expect(zeroed(erased)).toBe(true);
    expect(zeroed(kept)).toBe(false);
    cache.clear();
  });
});
