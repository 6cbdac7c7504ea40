import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import {
  DEFAULT_LOG_ORIGIN,
  formatCheckpointLines,
  formatVerifierKey,
  noteKeyFromJwk,
  openCheckpointArchive,
  parseCheckpointLines,
  parseVerifierKey,
} from '@registry/audit';
import type { CheckpointVerificationKey, NoteKey, SignedCheckpoint } from '@registry/audit';
import { auditPublicKeys, readKeyRingFile, ready } from '@registry/crypto';
import { AuditCheckpointRepository } from '../../../registry-api/src/audit/audit-checkpoint.repository.js';
import { UsageError } from '../usage-error.js';
import { openRegistryDatabase } from './audit-database.js';
import { checkInclusionProof, newestNoteCheckpoint, proveInclusion } from './audit-proof.js';
import { checkpointFromNote, verifyAuditDatabase, type AuditLogCheck } from './audit-verification.js';

export const AUDIT_USAGE = `npm run audit -- verify [--checkpoints FILE] [--store URL] [--witness-state FILE]... [--witness-key VKEY]... [--from SEQ] [--to SEQ] [--public-key FILE]
       npm run audit -- prove --seq N [--out FILE]
       npm run audit -- verify-proof [--proof FILE|-] [--checkpoint FILE] [--public-key FILE] [--witness-key VKEY]...
       npm run audit -- export-checkpoints [--out FILE]
       npm run audit -- public-key [--note]
  verify: walks the hash chain and the Merkle tree, checks every stored checkpoint, every checkpoint in the
    append-only store (--store, default AUDIT_CHECKPOINT_STORE_URL), the latest one in each witness state file
    (--witness-state, a copy of the witness's state.json) and those in FILE (from export-checkpoints),
    and says how many events no signed checkpoint covers; exits 0 when the log is sound, 1 naming the first
    seq that does not fit (a checkpoint past the last event: events were cut off).
  prove: the inclusion proof of event N against the newest signed checkpoint (JSON: the event, the audit
    path and the checkpoint note).
  verify-proof: checks such a proof offline, with only the public key (and, if given, your own copy of a
    checkpoint); reads standard input without --proof.
  export-checkpoints: every signed checkpoint as JSON lines (to FILE, or standard output), to keep off the system.
  public-key: the checkpoint-signing public key (a JWK; --note: as a signed-note verifier key).
  Database: DATABASE_URL, or the embedded database under DATA_DIR (default ./data), which only one process
    can hold: stop the server first, or run it on DATABASE_URL.
  Key: --public-key FILE (a JWK, a JWK list, or a verifier key), else the key ring at KEYRING_FILE or DATA_DIR/keyring.json.
  Origin: AUDIT_LOG_ORIGIN (default ${DEFAULT_LOG_ORIGIN}). Witnesses: --witness-key, else the keys in AUDIT_WITNESSES.`;

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
/** The key ring's audit public keys, the current one first. */
async function keyRingPublicKeys(env: NodeJS.ProcessEnv): Promise<JWK[]> {
  await ready();
  const ring = await readKeyRingFile(env.KEYRING_FILE || join(env.DATA_DIR || './data', 'keyring.json'));
  // The current key and the retired ones: checkpoints signed before a rotation still verify.
  return auditPublicKeys(ring).map(({ kty, crv, x, kid }) => ({ kty, crv, x, kid }));
}

/** A JWK, a list of them, a JWK set, or a signed-note verifier key (`<name>+<id>+<base64>`). */
async function publicKeyFile(path: string): Promise<CheckpointVerificationKey> {
  const text = (await readFile(path, 'utf8')).trim();
  if (!text.startsWith('{') && !text.startsWith('[')) {
    const key = parseVerifierKey(text);
    return { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.toString('base64url') };
  }
  const parsed = JSON.parse(text) as JWK | JWK[] | { keys: JWK[] };
  return Array.isArray(parsed) ? parsed : 'keys' in parsed && Array.isArray(parsed.keys) ? parsed.keys : (parsed as JWK);
}

function originOf(env: NodeJS.ProcessEnv): string {
  return env.AUDIT_LOG_ORIGIN || DEFAULT_LOG_ORIGIN;
}

/** --witness-key values, else the verifier keys named in AUDIT_WITNESSES (`<url> <vkey>, …`). */
function witnessKeys(given: string[] | undefined, env: NodeJS.ProcessEnv): NoteKey[] {
  const keys = given?.length
    ? given
    : (env.AUDIT_WITNESSES ?? '')
        .split(',')
        .map((entry) => entry.trim().split(/\s+/)[1])
        .filter((k): k is string => !!k);
  return keys.map((key) => parseVerifierKey(key));
}

/** The latest checkpoint each witness cosigned, from copies of their state files (`npm run witness`). */
async function witnessStateCheckpoints(files: string[] | undefined): Promise<SignedCheckpoint[]> {
  const checkpoints: SignedCheckpoint[] = [];
  for (const file of files ?? []) {
    const state = JSON.parse(await readFile(file, 'utf8')) as { logs?: Record<string, { note?: unknown }> };
    for (const { note } of Object.values(state.logs ?? {})) {
      if (typeof note === 'string') checkpoints.push(checkpointFromNote(note));
    }
  }
  return checkpoints;
}

/** Every checkpoint note in the append-only store (and its witness-cosigned copies). */
async function archivedCheckpoints(url: string | undefined): Promise<SignedCheckpoint[]> {
  if (!url) return [];
  return (await openCheckpointArchive(url).list()).map(checkpointFromNote);
}

async function verify(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      checkpoints: { type: 'string' },
      store: { type: 'string' },
      'witness-key': { type: 'string', multiple: true },
      'witness-state': { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'public-key': { type: 'string' },
    },
    strict: true,
  });
  const fromSeq = seqOption('from', values.from);
  const toSeq = seqOption('to', values.to);
  if (fromSeq !== undefined && toSeq !== undefined && toSeq < fromSeq) throw new UsageError('--to is before --from');
  const storeUrl = values.store ?? env.AUDIT_CHECKPOINT_STORE_URL;
  const fromFile: SignedCheckpoint[] =
    values.checkpoints === undefined ? [] : parseCheckpointLines(await readFile(values.checkpoints, 'utf8'));
  const archived = [...(await archivedCheckpoints(storeUrl)), ...(await witnessStateCheckpoints(values['witness-state']))];
  const witnesses = witnessKeys(values['witness-key'], env);
  const publicKey = values['public-key'] === undefined ? await keyRingPublicKeys(env) : await publicKeyFile(values['public-key']);
  const database = await openRegistryDatabase(env);
  let check: AuditLogCheck;
  try {
    check = await verifyAuditDatabase(database.dataSource, publicKey, {
      fromSeq,
      toSeq,
      exported: [...fromFile, ...archived],
      origin: originOf(env),
      witnesses,
    });
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
  const witnessed =
    witnesses.length === 0
      ? ''
      : `, last witnessed checkpoint at ${check.lastWitnessedSeq === null ? 'none' : `seq ${check.lastWitnessedSeq}`}`;
  const uncovered = `, ${check.uncoveredEvents} events not covered by a signed checkpoint`;
  const exportedNote = values.checkpoints === undefined ? '' : `; ${check.exportedChecked - archived.length} exported checkpoints checked`;
  const storeNote =
    archived.length === 0 && storeUrl === undefined ? '' : `; ${archived.length} checkpoints from the store and witnesses checked`;
  return `the audit log is valid: ${span}, ${signed}${witnessed}${uncovered}${exportedNote}${storeNote}`;
}

async function prove(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { seq: { type: 'string' }, out: { type: 'string' }, store: { type: 'string' } },
    strict: true,
  });
  const seq = seqOption('seq', values.seq);
  if (seq === undefined) throw new UsageError('prove needs --seq N');
  const [publicJwk] = await keyRingPublicKeys(env);
  const archived = await archivedCheckpoints(values.store ?? env.AUDIT_CHECKPOINT_STORE_URL);
  const database = await openRegistryDatabase(env);
  let text: string;
  try {
    const checkpoint = await newestNoteCheckpoint(database.dataSource, archived);
    if (checkpoint === null) throw new UsageError('no checkpoint note has been signed yet');
    text = JSON.stringify(await proveInclusion(database.dataSource, seq, checkpoint, { x: publicJwk!.x! }, originOf(env)), null, 2);
  } finally {
    await database.close();
  }
  if (values.out === undefined) return text;
  await writeFile(values.out, `${text}\n`, 'utf8');
  return `wrote the inclusion proof of seq ${seq} to ${values.out}`;
}

async function verifyProof(args: string[], env: NodeJS.ProcessEnv, stdin: () => Promise<string>): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      proof: { type: 'string' },
      checkpoint: { type: 'string' },
      'public-key': { type: 'string' },
      'witness-key': { type: 'string', multiple: true },
    },
    strict: true,
  });
  const raw = values.proof === undefined || values.proof === '-' ? await stdin() : await readFile(values.proof, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UsageError('the proof is not JSON (the output of audit prove)');
  }
  const key = values['public-key'] === undefined ? await keyRingPublicKeys(env) : await publicKeyFile(values['public-key']);
  const jwk = (Array.isArray(key) ? key[0] : key) as JWK | undefined;
  if (typeof jwk?.x !== 'string') throw new UsageError('--public-key holds no Ed25519 key');
  const checkpointNote = values.checkpoint === undefined ? undefined : await readFile(values.checkpoint, 'utf8');
  const witnesses = witnessKeys(values['witness-key'], env);
  const check = checkInclusionProof(
    parsed,
    { x: jwk.x },
    {
      origin: originOf(env),
      witnesses,
      ...(checkpointNote === undefined ? {} : { checkpointNote }),
    },
  );
  const cosigned = check.cosigners.length === 0 ? '' : `, cosigned by ${check.cosigners.join(', ')}`;
  return `the proof is valid: event ${check.seq} is in the tree of ${check.treeSize} events signed at ${check.signedAt}${cosigned}`;
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
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
export async function auditCommand(args: string[], env: NodeJS.ProcessEnv, stdin: () => Promise<string> = readStdin): Promise<string> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'verify':
      return verify(rest, env);
    case 'prove':
      return prove(rest, env);
    case 'verify-proof':
      return verifyProof(rest, env, stdin);
    case 'export-checkpoints':
      return exportCheckpoints(rest, env);
    case 'public-key': {
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== '--note')) throw new UsageError('public-key takes no options but --note');
      // The current signing key; `npm run keys -- audit-public-keys` lists the retired ones too.
      const [jwk] = await keyRingPublicKeys(env);
      return rest[0] === '--note' ? formatVerifierKey(noteKeyFromJwk(originOf(env), { x: jwk!.x! })) : JSON.stringify(jwk);
    }
    default:
      throw new UsageError('audit needs a subcommand: verify, prove, verify-proof, export-checkpoints or public-key');
  }
}
