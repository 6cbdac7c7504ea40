import { describe, expect, it } from '@jest/globals';
import { draftEvent } from '../test/chain-fixture.js';
import {
  COMMITTED_ENCODING_VERSION,
  ENCODING_VERSION,
  buildNextEvent,
  chainHash,
  commitPersonal,
  encodeEvent,
  verifyChain,
} from './index.js';
import type { AuditEventRecord } from './index.js';
import { personalMatches } from './personal-commitment.js';

describe('personal fields as commitments', () => {
  it('a new event commits to its actor, purpose and client address under a fresh salt (encoding version 2)', () => {
    const a = buildNextEvent(null, draftEvent(1));
    const b = buildNextEvent(null, draftEvent(1));
    expect(a.personal!.salt).not.toBe(b.personal!.salt);
    expect(a.personal!.actor).not.toBe(b.personal!.actor);
    const { hash: _hash, ...fields } = a;
    expect(encodeEvent(fields)[0]).toBe(COMMITTED_ENCODING_VERSION);
    // The values are not in the hashed bytes: only their commitments.
    expect(encodeEvent(fields).includes(Buffer.from(a.actor))).toBe(false);
    expect(encodeEvent(fields).includes(Buffer.from(a.personal!.actor))).toBe(true);
  });

  it('erasing the values (and the salt) leaves the hash intact', () => {
    const event = buildNextEvent(null, draftEvent(1));
    const erased = { ...event, actor: '', purpose: null, clientAddress: null, personal: { ...event.personal!, salt: null } };
    const { hash, ...fields } = erased;
    expect(chainHash(fields.prevHash, fields)).toBe(hash);
    expect(personalMatches(erased.personal, erased)).toBe(true);
    // …but a value shown beside an erased commitment is one nobody can vouch for.
    expect(personalMatches(erased.personal, { ...erased, actor: 'someone' })).toBe(false);
  });

  it('a kept value must match its commitment', () => {
    const event = buildNextEvent(null, draftEvent(1));
    expect(personalMatches(event.personal!, event)).toBe(true);
    expect(personalMatches(event.personal!, { ...event, clientAddress: '10.9.9.9' })).toBe(false);
    expect(personalMatches(event.personal!, { ...event, purpose: null })).toBe(false);
    expect(commitPersonal(event.personal!.salt!, event)).toEqual(event.personal);
  });

  it('version 1 events (values hashed in clear, before the migration) still verify, mixed with version 2', async () => {
    const events: AuditEventRecord[] = [];
    for (let i = 1; i <= 10; i++) events.push(buildNextEvent(events[i - 2] ?? null, draftEvent(i), i <= 5 ? null : undefined));
    expect(events[0]!.personal).toBeUndefined();
    const { hash: _hash, ...fields } = events[0]!;
    expect(encodeEvent(fields)[0]).toBe(ENCODING_VERSION);
    expect(events[9]!.personal).toBeTruthy();
    expect(await verifyChain(events, { publicKey: { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43) } })).toMatchObject({
      valid: true,
      checkedEvents: 10,
    });
  });
});
