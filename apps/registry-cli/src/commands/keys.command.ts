import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_ACTIONS, CASE_RESOURCE_TYPE } from '@registry/audit';
import { auditPublicKeys, generateKeyRing, readKeyRingFile, ready, rotateAuditSigningKey, writeKeyRingFile } from '@registry/crypto';
import {
  rotateBlindIndex,
  activateKeyEncryptionKey,
  backfillRowMacs,
  KekPublicationError,
  publishKeyEncryptionKey,
  RowMacsAlreadyBackfilledError,
  rotateKeyEncryptionKey,
  shredCaseHousehold,
  transactionOn,
  withKeyCustodyLock,
  keyCustodyState,
  type HouseholdShredding,
  type KekRotation,
} from '@registry/database';
import type { QueryRunner } from 'typeorm';
import { recordOperatorEvent } from '../operator-audit.js';
import { UsageError } from '../usage-error.js';
import { openRegistryDatabase } from './audit-database.js';

export const KEYS_USAGE = `npm run keys -- init --out FILE
       npm run keys -- rotate [--retire-old]
       npm run keys -- rotate --publish        then        npm run keys -- rotate --activate [--retire-old]
       npm run keys -- shred-case REFERENCE [--defer-retirement]
       npm run keys -- rotate-blind-index [--retire-old]
       npm run keys -- rotate-audit-key
       npm run keys -- audit-public-keys
       npm run keys -- backfill-row-macs
  init: writes a new key ring to FILE, readable by its owner only (0600); never overwrites a file.
  rotate: adds a key-encryption key version to the key ring and re-wraps every data key under it in one
    transaction; the service may keep running. --retire-old then removes the older versions from the ring,
    once every data key is proven to open without them. With several instances, rotate in two phases:
    --publish adds the new version to the ring file without using it; give the file to every instance;
    --activate then makes it active (in the file and in the database, which every instance follows when
    it wraps a new data key) and re-wraps every data key under it.
  shred-case: erases a closed case's household by destroying its data keys (the case's, and those of its
    defector and relatives that no other case still needs), then rotates with --retire-old so that no
    database backup can bring the keys back. --defer-retirement leaves that to a later "rotate --retire-old"
    (e.g. once after a batch of erasures); until then backups still hold openable copies.
  rotate-blind-index: adds a blind-index key version and re-makes every identity-number index under it in one
    transaction (the service may keep running); --retire-old then removes the older versions from the
    ring, so that an old database backup's indexes cannot be searched with today's ring.
  rotate-audit-key: a new audit-signing key; the old public key stays in the ring as retired, so the
    checkpoints it signed still verify. Restart the instances to sign with the new key.
  audit-public-keys: prints the audit-signing public keys, current and retired, as JSON (no private key).
  backfill-row-macs: stamps row MACs on the rows written before the service had them, once; refused
    afterwards (a row without a MAC is then a tampered row and answers INTEGRITY_ERROR).
  Key ring: KEYRING_FILE, else DATA_DIR/keyring.json (DATA_DIR defaults to ./data).
  Database: DATABASE_URL, or the embedded database under DATA_DIR, which only one process can hold:
    stop the server first, or run it on DATABASE_URL.`;

/** The file the service reads (key-ring.holder.ts keyRingPath): KEYRING_FILE, else DATA_DIR/keyring.json outside production. */
function keyRingPath(env: NodeJS.ProcessEnv): string {
  if (env.KEYRING_FILE) return env.KEYRING_FILE;
  if (env.NODE_ENV === 'production') throw new UsageError('KEYRING_FILE is required in production');
  return join(env.DATA_DIR || './data', 'keyring.json');
}

function versions(list: readonly number[]): string {
  return list.join(', ');
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function init(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true, allowPositionals: true });
  if (!values.out || positionals.length > 0) throw new UsageError('init needs --out FILE and nothing else');
  await ready();
  const ring = generateKeyRing();
  try {
    await writeKeyRingFile(values.out, ring);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`the directory of ${values.out} does not exist`);
    throw error;
  }
  return `wrote a new key ring to ${values.out} (mode 0600): key-encryption key version ${versions(ring.kekVersions)}, active ${ring.activeKekVersion}`;
}

/** Runs `work` on the registry database, holding the key-custody lock (one key operation at a time). */
async function withCustody<T>(env: NodeJS.ProcessEnv, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) throw new UsageError('DATABASE_URL is required in production');
  await ready();
  const database = await openRegistryDatabase(env);
  try {
    const [row] = (await database.dataSource.query("SELECT to_regclass('key_custody') IS NOT NULL AS present")) as { present: boolean }[];
    if (!row?.present)
      throw new UsageError('the database lacks the key-custody table: start the service once so it applies its migrations');
    return await withKeyCustodyLock(database.dataSource, work);
  } finally {
    await database.close();
  }
}

function rotate(
  runner: QueryRunner,
  env: NodeJS.ProcessEnv,
  ringPath: string,
  retireOld: boolean,
  phase: 'both' | 'activate' = 'both',
): Promise<KekRotation> {
  return (phase === 'activate' ? activateKeyEncryptionKey : rotateKeyEncryptionKey)(runner, {
    ringPath,
    retireOld,
    inRewrapTransaction: (m, rewrap) =>
      recordOperatorEvent(m, env, { action: AUDIT_ACTIONS.keysRotate, resourceType: 'key_ring', resourceId: `kek-v${rewrap.kekVersion}` }),
  });
}

function describeRotation(ringPath: string, rotation: KekRotation): string[] {
  const { rewrap } = rotation;
  const lines = [
    `key ring ${ringPath}: key-encryption key version ${rewrap.kekVersion} added and active`,
    `data keys re-wrapped under version ${rewrap.kekVersion}: ${rewrap.rewrapped} (${rewrap.unchanged} already under it)`,
  ];
  if (rotation.retiredVersions.length > 0) {
    lines.push(
      `retired version(s) ${versions(rotation.retiredVersions)}: the key ring holds version ${versions(rotation.ringVersions)} only`,
    );
  } else {
    lines.push(`the key ring holds versions ${versions(rotation.ringVersions)}; --retire-old removes the older ones`);
  }
  if (rotation.erasuresPendingRetirement > 0) {
    lines.push(
      `${plural(rotation.erasuresPendingRetirement, 'shredding')} still readable from database backups until the older versions are retired (rotate --retire-old)`,
    );
  }
  return lines;
}

async function rotateCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'retire-old': { type: 'boolean' }, publish: { type: 'boolean' }, activate: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError('rotate takes no arguments besides --publish, --activate and --retire-old');
  if (values.publish && (values.activate || values['retire-old'])) {
    throw new UsageError('rotate --publish stands alone: --activate (and --retire-old) come after every instance has the new ring');
  }
  const ringPath = keyRingPath(env);
  try {
    if (values.publish) {
      await ready();
      const published = await withCustody(env, () => publishKeyEncryptionKey(ringPath));
      return [
        `key ring ${ringPath}: key-encryption key version ${published.version} published, not active (versions ${versions(published.ringVersions)})`,
        'give this file to every instance of the service, then run "rotate --activate"',
      ].join('\n');
    }
    const phase = values.activate ? 'activate' : 'both';
    const rotation = await withCustody(env, (runner) => rotate(runner, env, ringPath, values['retire-old'] === true, phase));
    return describeRotation(ringPath, rotation).join('\n');
  } catch (error) {
    if (error instanceof KekPublicationError) throw new UsageError(error.message);
    throw error;
  }
}

function describeShredding(reference: string, shredding: HouseholdShredding): string {
  const destroyed = shredding.caseKeysDestroyed + shredding.personKeysDestroyed;
  const already = shredding.caseKeysAlreadyDestroyed + shredding.personKeysAlreadyDestroyed;
  const kept = shredding.personKeysKept > 0 ? `; ${plural(shredding.personKeysKept, 'person key')} kept, needed by another case` : '';
  if (destroyed === 0) return `case ${reference} was already erased (${plural(already, 'key')} destroyed before)${kept}`;
  return (
    `case ${reference} erased: ${plural(shredding.caseKeysDestroyed, 'case key')} and ` +
    `${plural(shredding.personKeysDestroyed, 'person key')} destroyed (${already} already destroyed)${kept}`
  );
}

async function shredCaseCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'defer-retirement': { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const [reference, ...extra] = positionals;
  if (!reference || extra.length > 0) throw new UsageError('shred-case needs exactly one case reference, e.g. AVH-2025-000042');
  const deferRetirement = values['defer-retirement'] === true;
  const ringPath = keyRingPath(env);
  return withCustody(env, async (runner) => {
    // A ring that cannot be read should stop us before a key is destroyed, not at the rotation after it.
    if (!deferRetirement) await readKeyRingFile(ringPath);
    const shredding = await transactionOn(runner, async (m) => {
      const result = await shredCaseHousehold(m, reference);
      if (result.caseKeysDestroyed + result.personKeysDestroyed > 0) {
        await recordOperatorEvent(m, env, { action: AUDIT_ACTIONS.caseShred, resourceType: CASE_RESOURCE_TYPE, resourceId: result.caseId });
      }
      return result;
    });
    const lines = [describeShredding(reference, shredding)];
    const state = await keyCustodyState(runner.manager);
    const pending = state.shredGeneration - state.erasedGeneration;
    if (pending === 0) {
      lines.push('database backups: no key-encryption key in the ring opens a destroyed key any more');
    } else if (deferRetirement) {
      lines.push(`database backups still hold openable copies of ${plural(pending, 'shredding')}' keys until "rotate --retire-old" runs`);
    } else {
      lines.push(...describeRotation(ringPath, await rotate(runner, env, ringPath, true)));
    }
    return lines.join('\n');
  });
}

/**
 * Stamps row MACs on the rows written before row MACs existed, once (see libs/database row-mac-backfill.ts):
 * refused once every row was stamped, since a row lacking a MAC is then a tampered row.
 */
async function backfillRowMacsCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (args.length > 0) throw new UsageError('backfill-row-macs takes no arguments');
  const ring = await readKeyRingFile(keyRingPath(env));
  return withCustody(env, async (runner) => {
    try {
      const stamped = await transactionOn(runner, async (m) => {
        const result = await backfillRowMacs(m, ring);
        await recordOperatorEvent(m, env, {
          action: AUDIT_ACTIONS.keysBackfillRowMacs,
          resourceType: 'row_mac_state',
          resourceId: 'backfill',
        });
        return result;
      });
      const total = [...stamped.values()].reduce((a, b) => a + b, 0);
      const tables = [...stamped].map(([table, n]) => `${table} ${n}`).join(', ');
      return `stamped row MACs on ${plural(total, 'row')}${tables ? ` (${tables})` : ''}; from now on a row without one answers INTEGRITY_ERROR`;
    } catch (error) {
      if (error instanceof RowMacsAlreadyBackfilledError) throw new UsageError(error.message);
      throw error;
    }
  });
}

async function rotateBlindIndexCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values, positionals } = parseArgs({ args, options: { 'retire-old': { type: 'boolean' } }, strict: true, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError('rotate-blind-index takes no arguments besides --retire-old');
  const ringPath = keyRingPath(env);
  const rotation = await withCustody(env, (runner) =>
    rotateBlindIndex(runner, {
      ringPath,
      retireOld: values['retire-old'] === true,
      inTransaction: (m, version) =>
        recordOperatorEvent(m, env, {
          action: AUDIT_ACTIONS.keysRotateBlindIndex,
          resourceType: 'key_ring',
          resourceId: `blind-index-v${version}`,
        }),
    }),
  );
  const lines = [
    `key ring ${ringPath}: blind-index key version ${rotation.version} added and active`,
    `identity-number indexes re-made under version ${rotation.version}: ${rotation.reindexed}`,
  ];
  lines.push(
    rotation.retiredVersions.length > 0
      ? `retired blind-index version(s) ${versions(rotation.retiredVersions)}: a database backup's indexes are of a key no ring holds`
      : `the key ring holds blind-index versions ${versions(rotation.ringVersions)}; until --retire-old removes the older ones, a backup's indexes can still be searched with this ring`,
  );
  return lines.join('\n');
}

/** The audit-signing public keys, current and retired, as JSON: what an outside verifier is given. */
async function auditPublicKeysCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (args.length > 0) throw new UsageError('audit-public-keys takes no arguments');
  await ready();
  return JSON.stringify({ keys: auditPublicKeys(await readKeyRingFile(keyRingPath(env))) }, null, 2);
}

/** A new audit-signing key; the old public key stays in the ring (and the list) as retired. */
async function rotateAuditKeyCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (args.length > 0) throw new UsageError('rotate-audit-key takes no arguments');
  const ringPath = keyRingPath(env);
  return withCustody(env, async (runner) => {
    const rotated = rotateAuditSigningKey(await readKeyRingFile(ringPath));
    const [current, retired] = auditPublicKeys(rotated);
    await transactionOn(runner, async (m) => {
      await recordOperatorEvent(m, env, { action: AUDIT_ACTIONS.keysRotate, resourceType: 'audit_signing_key', resourceId: current!.kid });
      // Written inside the transaction: if the audit event cannot commit, the file was still replaced, but
      // never the other way round (an unrecorded rotation).
      await writeKeyRingFile(ringPath, rotated, { overwrite: true });
    });
    return [
      `key ring ${ringPath}: new audit-signing key ${current!.kid}; ${retired!.kid} retired (its public key stays listed)`,
      'restart every instance so that it signs with the new key; "npm run keys -- audit-public-keys" prints the list to publish',
    ].join('\n');
  });
}

/** `npm run keys -- <init|rotate|shred-case|…>`: custody of the key ring and the data keys it wraps. */
export async function keysCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'init':
      return init(rest);
    case 'rotate':
      return rotateCommand(rest, env);
    case 'shred-case':
      return shredCaseCommand(rest, env);
    case 'backfill-row-macs':
      return backfillRowMacsCommand(rest, env);
    case 'rotate-blind-index':
      return rotateBlindIndexCommand(rest, env);
    case 'rotate-audit-key':
      return rotateAuditKeyCommand(rest, env);
    case 'audit-public-keys':
      return auditPublicKeysCommand(rest, env);
    default:
      throw new UsageError(
        'keys needs a subcommand: init, rotate, rotate-blind-index, rotate-audit-key, audit-public-keys, shred-case or backfill-row-macs',
      );
  }
}
