import { describe, expect, it } from '@jest/globals';
import { newDataKey } from './data-key.js';
import { initCrypto, ready } from './sodium.js';

describe('initialisation', () => {
  it('fails clearly before ready(), and works after it (any number of calls)', async () => {
    expect(() => newDataKey('case:1')).toThrow('await ready()');
    await Promise.all([ready(), initCrypto(), ready()]);
    expect(newDataKey('case:1').key).toHaveLength(32);
  });
});
