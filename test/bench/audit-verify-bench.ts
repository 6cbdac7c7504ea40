/**
 * Verification throughput of the audit chain, in memory: builds 1,000,000 events with a signed checkpoint
 * every 1,000, then times `verifyChain` over them. The database append bench is separate.
 * Run: npx tsc -p tsconfig.build.json && npx tsc-alias -p tsconfig.build.json && node dist/test/bench/audit-verify-bench.js [events]
 */
import { generateKeyPair, exportJWK } from 'jose';
import { AUDIT_ACTIONS, DEFAULT_CHECKPOINT_POLICY, buildNextEvent, signCheckpoint, verifyChain } from '../../libs/audit/src/index.js';
import type { AuditEventRecord, SignedCheckpoint } from '../../libs/audit/src/index.js';

const count = Number(process.argv[2] ?? 1_000_000);
const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: 'bench' };
const verificationKey = { ...(await exportJWK(publicKey)), kid: 'bench' };

const actions = ['checkDestination', 'case', 'clearance', 'submitProposal', AUDIT_ACTIONS.forbidden];
const roles = [['POLICE_REGIONAL'], ['MUNICIPALITY'], ['POLICE_NATIONAL', 'AUDITOR']];
const start = Date.parse('2025-01-01T00:00:00.000Z');

let built = performance.now();
const events: AuditEventRecord[] = new Array(count);
const checkpoints: SignedCheckpoint[] = [];
let prev: AuditEventRecord | null = null;
for (let i = 0; i < count; i++) {
  prev = buildNextEvent(prev, {
    at: new Date(start + i * 50).toISOString(),
    actor: `user-${i % 500}`,
    roles: roles[i % roles.length]!,
    scope: i % 2 === 0 ? 'SYD' : '1280',
    action: actions[i % actions.length]!,
    resourceType: 'case',
    resourceId: `5f0c6a8e-1b2c-4d3e-8f90-${String(i).padStart(12, '0')}`,
    purpose: `Ärende ${i % 1000}/2025`,
    outcome: i % 97 === 0 ? 'denied' : 'ok',
    requestId: `req-${i}`,
    clientAddress: '10.0.0.17',
  });
  events[i] = prev;
  if (prev.seq % DEFAULT_CHECKPOINT_POLICY.everyEvents === 0) {
    const payload = { seq: prev.seq, hash: prev.hash, at: prev.at };
    checkpoints.push({ ...payload, jws: await signCheckpoint(payload, signingKey) });
  }
}
built = performance.now() - built;

const verifyStart = performance.now();
const result = await verifyChain(events, { checkpoints, publicKey: verificationKey });
const verifyMs = performance.now() - verifyStart;

const rate = (n: number, ms: number): string => Math.round((n / ms) * 1000).toLocaleString('en-US');
process.stdout.write(
  [
    `events: ${count.toLocaleString('en-US')}, checkpoints: ${checkpoints.length}`,
    `build + sign: ${built.toFixed(0)} ms (${rate(count, built)} events/s)`,
    `verify: ${verifyMs.toFixed(0)} ms (${rate(count, verifyMs)} events/s)`,
    `result: valid=${result.valid} checkedEvents=${result.checkedEvents} lastSignedCheckpointSeq=${result.lastSignedCheckpointSeq}`,
    '',
  ].join('\n'),
);
if (!result.valid) process.exitCode = 1;
