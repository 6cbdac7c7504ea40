import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { addCheckpoint, formatVerifierKey, parseVerifierKey, witnessKey } from '@registry/audit';
import type { Ed25519Jwk, NoteKey, WitnessedTree } from '@registry/audit';

/** Largest request body accepted: a checkpoint, a few signatures and at most 63 proof lines fit well inside. */
const MAX_BODY = 64 * 1024;

export interface WitnessOptions {
  /** Key name, e.g. `witness.example/w1`. */
  name: string;
  /** The witness's own Ed25519 private key (a JWK file), created on first start. */
  keyFile: string;
  /** Where the latest cosigned checkpoint of each log is kept; written (atomically) before each answer. */
  stateFile: string;
  /** Verifier keys of the logs it witnesses (`npm run audit -- public-key --note`). */
  logs: readonly string[];
  host?: string;
  port?: number;
}

export interface RunningWitness {
  url: string;
  /** The witness's verifier key, for the log's AUDIT_WITNESSES and auditors' --witness-key. */
  verifierKey: string;
  close(): Promise<void>;
}

interface StateFile {
  logs: Record<string, WitnessedTree & { note: string }>;
}

/** Reads the witness key, or creates one (mode 0600) on first start. */
export async function loadOrCreateKey(path: string): Promise<Ed25519Jwk & { d: string }> {
  try {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as { x?: unknown; d?: unknown };
    if (typeof jwk.x !== 'string' || typeof jwk.d !== 'string') throw new Error(`${path} is not an Ed25519 private JWK`);
    return { x: jwk.x, d: jwk.d };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const exported = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: exported.x!, d: exported.d! };
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, 'wx', 0o600);
  try {
    await file.writeFile(`${JSON.stringify(jwk)}\n`);
  } finally {
    await file.close();
  }
  return { x: jwk.x, d: jwk.d };
}

async function readState(path: string): Promise<StateFile> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as StateFile;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { logs: {} };
    throw error;
  }
}

/** Write to a new file, flush, then rename over the old: the state is never half-written. */
async function writeState(path: string, state: StateFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = await open(temporary, 'w', 0o600);
  try {
    await file.writeFile(`${JSON.stringify(state, null, 2)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A small C2SP tlog-witness: POST /add-checkpoint cosigns a checkpoint of a known log only when it extends
 * (by a verified consistency proof) the last one this witness cosigned for that log, and answers 409 with
 * its size otherwise. Requests are handled one at a time, and the new state is on disk before the answer,
 * so the check and the update are atomic and a restart never rolls the witness back.
 */
export async function startWitness(options: WitnessOptions): Promise<RunningWitness> {
  const privateJwk = await loadOrCreateKey(options.keyFile);
  const logs: NoteKey[] = options.logs.map((key) => parseVerifierKey(key));
  if (logs.length === 0) throw new Error('the witness needs at least one log key (WITNESS_LOGS)');
  const state = await readState(options.stateFile);
  let queue: Promise<unknown> = Promise.resolve();

  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: string, contentType = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': contentType });
      response.end(body);
    };
    if (request.method !== 'POST' || request.url !== '/add-checkpoint') return answer(404, 'not found\n');
    queue = queue
      .then(async () => {
        const body = await readBody(request);
        if (body === null) return answer(413, 'request too large\n');
        const known = new Map(Object.entries(state.logs).map(([origin, tree]) => [origin, { size: tree.size, root: tree.root }]));
        const result = addCheckpoint({ name: options.name, privateJwk, logs }, known, body);
        if (result.status === 200) {
          const note = body.slice(body.indexOf('\n\n') + 2);
          state.logs[result.origin] = { ...result.tree, note: note + result.body };
          await writeState(options.stateFile, state);
          return answer(200, result.body);
        }
        if (result.status === 409) return answer(409, result.body, result.contentType);
        return answer(result.status, result.body);
      })
      .catch(() => answer(500, 'internal error\n'));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    verifierKey: formatVerifierKey(witnessKey(options.name, privateJwk)),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
