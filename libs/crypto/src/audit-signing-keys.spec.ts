import { beforeAll, describe, expect, it } from '@jest/globals';
import { calculateJwkThumbprint, CompactSign, compactVerify, importJWK } from 'jose';
import { auditSigningKey } from './audit-signing-key.js';
import { auditPublicKeys, rotateAuditSigningKey } from './audit-signing-keys.js';
import { parseKeyRing, serializeKeyRing } from './key-ring-json.js';
import { generateKeyRing } from './key-ring.js';
import { ready } from './sodium.js';

describe('the audit-signing key: its own rotation and the published list', () => {
  beforeAll(ready);

  it('rotates apart from the other keys, keeps the old public key as retired, and drops its private half', async () => {
    const ring = generateKeyRing(new Date('2026-01-01T00:00:00Z'));
    const before = auditSigningKey(ring);
    const signed = await new CompactSign(new TextEncoder().encode('checkpoint 1'))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(await importJWK(before.privateJwk, 'EdDSA'));

    const rotated = rotateAuditSigningKey(ring, new Date('2026-06-01T00:00:00Z'));
    expect(rotated.auditSigningPublicKey).not.toEqual(ring.auditSigningPublicKey);
    expect(rotated.kek(1).key).toEqual(ring.kek(1).key);
    expect(rotated.blindIndexRootKey).toEqual(ring.blindIndexRootKey);

    const list = auditPublicKeys(rotated);
    expect(list.map((k) => k.status)).toEqual(['current', 'retired']);
    expect(list[1]).toMatchObject({ x: before.publicJwk.x, retiredAt: '2026-06-01T00:00:00.000Z' });
    for (const key of list) expect(key.kid).toBe(await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }));
    // A checkpoint the retired key signed still verifies with the published retired key.
    const retired = list[1]!;
    await expect(compactVerify(signed, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: retired.x }, 'EdDSA'))).resolves.toBeDefined();

    const file = serializeKeyRing(rotated);
    expect(file).not.toContain(before.privateJwk.d);
    const reparsed = parseKeyRing(file);
    expect(auditPublicKeys(reparsed)).toEqual(list);
    expect(JSON.stringify(list)).not.toContain(auditSigningKey(rotated).privateJwk.d);
  });
});
