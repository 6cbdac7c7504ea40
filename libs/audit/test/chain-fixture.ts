import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { CompactRange, DEFAULT_LOG_ORIGIN, buildNextEvent, leafHash, signCheckpoint, signLogCheckpoint } from '../src/index.js';
import type { AuditEventDraft, AuditEventRecord, SignedCheckpoint } from '../src/index.js';

const START = Date.parse('2025-03-01T08:00:00.000Z');

/** A plausible event; `i` varies every field so swaps and edits show. */
export function draftEvent(i: number, overrides: Partial<AuditEventDraft> = {}): AuditEventDraft {
  return {
    at: new Date(START + i * 1000).toISOString(),
    actor: `officer-${i % 3}`,
    roles: i % 2 === 0 ? ['POLICE_REGIONAL'] : ['MUNICIPALITY'],
    scope: i % 2 === 0 ? 'SYD' : '1280',
    action: i % 2 === 0 ? 'checkDestination' : 'case',
    resourceType: 'case',
    resourceId: `case-${i}`,
    purpose: `Ärende ${i}`,
    outcome: 'ok',
    requestId: `req-${i}`,
    clientAddress: '10.1.2.3',
    ...overrides,
  };
}

export function buildChain(length: number): AuditEventRecord[] {
  const events: AuditEventRecord[] = [];
  for (let i = 1; i <= length; i++) events.push(buildNextEvent(events[i - 2] ?? null, draftEvent(i)));
  return events;
}

export interface SigningKeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function signingKeyPair(kid: string): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { privateJwk: { ...(await exportJWK(privateKey)), kid }, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

export async function checkpointAt(event: AuditEventRecord, privateJwk: JWK): Promise<SignedCheckpoint> {
  const payload = { seq: event.seq, hash: event.hash, at: event.at };
  return { ...payload, jws: await signCheckpoint(payload, privateJwk) };
}

/** A C2SP checkpoint note over the Merkle tree of the first `size` events, as the service signs them. */
export function noteCheckpointAt(
  events: readonly AuditEventRecord[],
  size: number,
  privateJwk: JWK,
  at = events[size - 1]!.at,
): SignedCheckpoint {
  const range = CompactRange.empty();
  for (const event of events.slice(0, size)) range.append(leafHash(Buffer.from(event.hash, 'hex')));
  const note = signLogCheckpoint(
    { origin: DEFAULT_LOG_ORIGIN, size, rootHash: range.root(), timestamp: at },
    privateJwk as { x: string; d: string },
  );
  return { seq: size, hash: events[size - 1]!.hash, at, note, frontier: range.toHex() };
}
