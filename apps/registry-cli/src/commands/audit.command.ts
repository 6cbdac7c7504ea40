import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { formatCheckpointLines, parseCheckpointLines } from '@registry/audit';
import type { CheckpointVerificationKey, SignedCheckpoint } from '@registry/audit';
import { auditSigningKey, readKeyRingFile, ready } from '@registry/crypto';
import { AuditCheckpointRepository } from '../../../registry-api/src/audit/audit-checkpoint.repository.js';
import { UsageError } from '../usage-error.js';
import { openRegistryDatabase } from './audit-database.js';
import { verifyAuditDatabase, type AuditLogCheck } from './audit-verification.js';

export const AUDIT_USAGE = `npm run audit -- verify [--checkpoints FILE] [--from SEQ] [--to SEQ] [--public-key FILE]
       npm run audit -- export-checkpoints [--out FILE]
       npm run audit -- public-key
  verify: walks the hash chain, checks every stored checkpoint's signature and those in FILE (from
    export-checkpoints); exits 0 when the log is sound, 1 naming the first seq that does not fit.
  export-checkpoints: every signed checkpoint as JSON lines (to FILE, or standard output), to keep off the system.
  public-key: the checkpoint-signing public key (a JWK), for verifying without the key ring.
  Database: DATABASE_URL, or the embedded database under DATA_DIR (default ./data), which only one process
    can hold: stop the server first, or run it on DATABASE_URL.
  Key: --public-key FILE, else the key ring at KEYRING_FILE or DATA_DIR/keyring.json.`;

/** The log does not verify; the message names the first seq that does not fit. */
export class InvalidAuditLogError extends Error {
  constructor(readonly check: AuditLogCheck) {
    super(`the audit log is INVALID: first bad seq ${check.firstInvalidSeq ?? 'unknown'} (${check.reason ?? 'no reason given'})`);
    this.name = 'InvalidAuditLogError';
  }
}

function seqOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seq = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seq) || seq < 1) throw new UsageError(`--${name} must be a positive whole number`);
  return seq;
}

/** Same place the service looks (key-ring.holder.ts keyRingPath): KEYRING_FILE, else DATA_DIR/keyring.json. */
async function keyRingPublicKey(env: NodeJS.ProcessEnv): Promise<JWK> {
  await ready();
  const ring = await readKeyRingFile(env.KEYRING_FILE || join(env.DATA_DIR || './data', 'keyring.json'));
  const { publicJwk } = auditSigningKey(ring);
  return { ...publicJwk, kid: await calculateJwkThumbprint(publicJwk) };
}

async function publicKeyFile(path: string): Promise<CheckpointVerificationKey> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as JWK | JWK[] | { keys: JWK[] };
  return Array.isArray(parsed) ? parsed : 'keys' in parsed && Array.isArray(parsed.keys) ? parsed.keys : (parsed as JWK);
}

async function verify(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { checkpoints: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'public-key': { type: 'string' } },
    strict: true,
  });
  const fromSeq = seqOption('from', values.from);
  const toSeq = seqOption('to', values.to);
  if (fromSeq !== undefined && toSeq !== undefined && toSeq < fromSeq) throw new UsageError('--to is before --from');
  const exported: SignedCheckpoint[] =
    values.checkpoints === undefined ? [] : parseCheckpointLines(await readFile(values.checkpoints, 'utf8'));
  const publicKey = values['public-key'] === undefined ? await keyRingPublicKey(env) : await publicKeyFile(values['public-key']);
  const database = await openRegistryDatabase(env);
  let check: AuditLogCheck;
  try {
    check = await verifyAuditDatabase(database.dataSource, publicKey, { fromSeq, toSeq, exported });
  } finally {
    await database.close();
  }
  if (!check.valid) throw new InvalidAuditLogError(check);
  const first = fromSeq ?? 1;
  const span =
    check.checkedEvents === 0 ? 'no events' : `${check.checkedEvents} events (seq ${first} to ${first + check.checkedEvents - 1})`;
  const signed =
    check.lastSignedCheckpointSeq === null
      ? 'no signed checkpoint in range'
      : `last signed checkpoint at seq ${check.lastSignedCheckpointSeq}`;
  const exportedNote = values.checkpoints === undefined ? '' : `; ${check.exportedChecked} exported checkpoints checked`;
  return `the audit log is valid: ${span}, ${signed}${exportedNote}`;
}

async function exportCheckpoints(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  const database = await openRegistryDatabase(env);
  let checkpoints: SignedCheckpoint[];
  try {
    checkpoints = await new AuditCheckpointRepository().list(database.dataSource.manager, 1, null);
  } finally {
    await database.close();
  }
  const lines = formatCheckpointLines(checkpoints);
  if (values.out === undefined) return lines.trimEnd();
  await writeFile(values.out, lines, 'utf8');
  const last = checkpoints[checkpoints.length - 1];
  return `wrote ${checkpoints.length} checkpoints${last ? ` (up to seq ${last.seq})` : ''} to ${values.out}`;
}

/** `npm run audit -- <verify|export-checkpoints|public-key>`: the operators' and auditors' side of the log. */
export async function auditCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'verify':
      return verify(rest, env);
    case 'export-checkpoints':
      return exportCheckpoints(rest, env);
    case 'public-key':
      if (rest.length > 0) throw new UsageError('public-key takes no options');
      return JSON.stringify(await keyRingPublicKey(env));
    default:
      throw new UsageError('audit needs a subcommand: verify, export-checkpoints or public-key');
  }
}
