import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * C2SP signed notes (https://c2sp.org/signed-note): a text ending in a newline, a blank line, then one line
 * per signature, `— <key name> base64(key ID || signature)`. The key ID is the first 4 bytes of
 * SHA-256(name || "\n" || signature type || public key). Two signature types are used here:
 * - 0x01, plain Ed25519 over the text: the log's own checkpoint signature;
 * - 0x04, a timestamped Ed25519 cosignature (https://c2sp.org/tlog-cosignature) over
 *   "cosignature/v1\ntime <seconds>\n" || text: a witness's signature.
 */
export const ED25519_TYPE = 0x01;
export const COSIGNATURE_TYPE = 0x04;
const DASH = '\u2014 ';
const MAX_SIGNATURES = 100;

/** An Ed25519 key as JWK members (base64url `x`, and `d` for the private half). */
export interface Ed25519Jwk {
  x: string;
  d?: string;
}

/** A signer or verifier of notes: a key name and an Ed25519 key. */
export interface NoteKey {
  name: string;
  /** 32-byte raw Ed25519 public key. */
  publicKey: Buffer;
  type: typeof ED25519_TYPE | typeof COSIGNATURE_TYPE;
}

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  /** Everything after the key ID: the signature, or for a cosignature the timestamp and signature. */
  body: Buffer;
  line: string;
}

export class InvalidNoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidNoteError';
  }
}

export function noteKeyId(name: string, type: number, publicKey: Uint8Array): Buffer {
  return createHash('sha256').update(name, 'utf8').update(Buffer.of(0x0a, type)).update(publicKey).digest().subarray(0, 4);
}

/** The verifier key text `<name>+<hex key ID>+<base64(type || public key)>` (signed-note "vkey"). */
export function formatVerifierKey(key: NoteKey): string {
  checkName(key.name);
  const id = noteKeyId(key.name, key.type, key.publicKey).toString('hex');
  return `${key.name}+${id}+${Buffer.concat([Buffer.of(key.type), key.publicKey]).toString('base64')}`;
}

export function parseVerifierKey(text: string): NoteKey {
  // The base64 key may hold '+' itself; the name and key ID never do.
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = trimmed.indexOf('+', first + 1);
  if (first < 0 || second < 0) throw new InvalidNoteError('a verifier key is <name>+<key id>+<base64 key>');
  const [name, id, encoded] = [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)];
  checkName(name);
  const raw = Buffer.from(encoded, 'base64');
  const type = raw[0];
  if (raw.length !== 33 || (type !== ED25519_TYPE && type !== COSIGNATURE_TYPE)) {
    throw new InvalidNoteError('verifier key is not an Ed25519 key');
  }
  const key: NoteKey = { name, type, publicKey: raw.subarray(1) };
  if (noteKeyId(name, type, key.publicKey).toString('hex') !== id.toLowerCase())
    throw new InvalidNoteError('verifier key ID does not match the key');
  return key;
}

/** A note key from an Ed25519 JWK (`x`, base64url). */
export function noteKeyFromJwk(name: string, jwk: Ed25519Jwk, type: NoteKey['type'] = ED25519_TYPE): NoteKey {
  checkName(name);
  const publicKey = Buffer.from(jwk.x, 'base64url');
  if (publicKey.length !== 32) throw new TypeError('Ed25519 public key must be 32 bytes');
  return { name, publicKey, type };
}

/** Signs `text` (which must end in a newline) as `name` with a plain Ed25519 signature; the whole note. */
export function signNote(text: string, name: string, jwk: Ed25519Jwk): string {
  checkText(text);
  const key = noteKeyFromJwk(name, jwk);
  const signature = sign(null, Buffer.from(text, 'utf8'), privateKeyOf(jwk));
  return `${text}\n${signatureLine(name, Buffer.concat([noteKeyId(name, ED25519_TYPE, key.publicKey), signature]))}`;
}

/** A cosignature line over the note's text, stamped `timestamp` (POSIX seconds). */
export function cosignatureLine(text: string, name: string, jwk: Ed25519Jwk, timestamp: number): string {
  checkText(text);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError('timestamp must be POSIX seconds');
  const key = noteKeyFromJwk(name, jwk, COSIGNATURE_TYPE);
  const signature = sign(null, cosignedMessage(text, timestamp), privateKeyOf(jwk));
  const stamp = Buffer.alloc(8);
  stamp.writeBigUInt64BE(BigInt(timestamp));
  return signatureLine(name, Buffer.concat([noteKeyId(name, COSIGNATURE_TYPE, key.publicKey), stamp, signature]));
}

/** Splits a note into its text (with final newline) and signature lines; checks shape only. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  if (typeof note !== 'string') throw new InvalidNoteError('note is not text');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new InvalidNoteError('note has no signature block');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw new InvalidNoteError('note does not end in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new InvalidNoteError('note has too many signatures');
  const signatures = lines.map((line) => {
    if (!line.startsWith(DASH)) throw new InvalidNoteError('malformed note signature line');
    const rest = line.slice(DASH.length).split(' ');
    if (rest.length !== 2) throw new InvalidNoteError('malformed note signature line');
    const [name, encoded] = rest as [string, string];
    const raw = Buffer.from(encoded, 'base64');
    if (raw.length < 5 || raw.toString('base64') !== encoded) throw new InvalidNoteError('malformed note signature');
    return { name, keyId: raw.subarray(0, 4), body: raw.subarray(4), line: `${line}\n` };
  });
  checkText(text);
  return { text, signatures };
}

/**
 * The text of a note and which of `keys` signed it. Signatures by unknown keys are ignored (so witnesses can
 * add theirs); one by a known key that does not verify fails the whole note, as does a note no known key signed.
 * For cosignatures, the timestamp of each is returned too.
 */
export function verifyNote(
  note: string,
  keys: readonly NoteKey[],
): { text: string; signers: { name: string; timestamp: number | null }[] } {
  const { text, signatures } = parseNote(note);
  const signers: { name: string; timestamp: number | null }[] = [];
  for (const signature of signatures) {
    const key = keys.find((k) => k.name === signature.name && noteKeyId(k.name, k.type, k.publicKey).equals(signature.keyId));
    if (key === undefined) continue;
    const publicKey = publicKeyOf(key.publicKey);
    if (key.type === ED25519_TYPE) {
      if (signature.body.length !== 64 || !verify(null, Buffer.from(text, 'utf8'), publicKey, signature.body)) {
        throw new InvalidNoteError(`the signature of ${key.name} does not verify`);
      }
      signers.push({ name: key.name, timestamp: null });
    } else {
      if (signature.body.length !== 72) throw new InvalidNoteError(`the cosignature of ${key.name} is malformed`);
      const timestamp = Number(signature.body.readBigUInt64BE(0));
      if (!verify(null, cosignedMessage(text, timestamp), publicKey, signature.body.subarray(8))) {
        throw new InvalidNoteError(`the cosignature of ${key.name} does not verify`);
      }
      signers.push({ name: key.name, timestamp });
    }
  }
  if (signers.length === 0) throw new InvalidNoteError('no known key signed the note');
  return { text, signers };
}

/** `note` with more signature lines (each ending in a newline) added to its block. */
export function addSignatureLines(note: string, lines: string): string {
  parseNote(note);
  return note + lines;
}

function cosignedMessage(text: string, timestamp: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`, 'utf8');
}

function signatureLine(name: string, raw: Buffer): string {
  return `${DASH}${name} ${raw.toString('base64')}\n`;
}

function privateKeyOf(jwk: Ed25519Jwk): KeyObject {
  if (typeof jwk.d !== 'string') throw new TypeError('signing needs an Ed25519 private key');
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, format: 'jwk' });
}

function publicKeyOf(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

function checkName(name: string): void {
  if (typeof name !== 'string' || name === '' || /[\s+]/u.test(name))
    throw new InvalidNoteError('a key name is non-empty, without spaces or "+"');
}

function checkText(text: string): void {
  if (!text.endsWith('\n') || text.includes('\n\n') || text === '\n')
    throw new InvalidNoteError('note text must be lines ending in a newline, none empty');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw new InvalidNoteError('note text holds a control character');
}
