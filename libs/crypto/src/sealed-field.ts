/*
 * Sealed field format, version 1 (what a protected column stores, `bytea`):
 *   [0]        format version 0x01
 *   [1..25)    XChaCha20 nonce, 24 random bytes
 *   [25..)     XChaCha20-Poly1305-IETF ciphertext, then its 16-byte Poly1305 tag
 * So a sealed value is 41 bytes longer than its plaintext.
 *
 * Associated data (rebuilt from where the value is read, never stored):
 *   0x01 'F' | u32be length + data-key id | u32be length + table | u32be length + column | u32be length + row id
 * (strings UTF-8). A ciphertext copied to another row, column or table, or sealed under another data key,
 * fails authentication, and that is an IntegrityError, never a null or an empty value.
 */
import { FORMAT_V1, HEADER_BYTES, TAG_BYTES, lengthPrefixedMaxBytes, writeLengthPrefixed, writeUint32 } from './binary-format.js';
import type { DataKey } from './data-key.js';
import { IntegrityError } from './errors.js';
import { fillNonce } from './nonce.js';
import { sodium } from './sodium.js';

const FIELD_PURPOSE = 0x46; // 'F': keeps sealed-field and wrapped-key associated data apart

/** Where a value lives. All three are non-empty; pass numeric ids as strings. */
export interface FieldBinding {
  readonly table: string;
  readonly column: string;
  readonly rowId: string;
}

export function sealField(key: DataKey, binding: FieldBinding, plaintext: string | Uint8Array): Uint8Array {
  const message = typeof plaintext === 'string' ? textEncoder.encode(plaintext) : plaintext;
  const sealed = new Uint8Array(HEADER_BYTES + message.length + TAG_BYTES);
  sealed[0] = FORMAT_V1;
  const nonce = sealed.subarray(1, HEADER_BYTES);
  fillNonce(nonce);
  const ciphertext = sodium().crypto_aead_xchacha20poly1305_ietf_encrypt(message, associatedData(key, binding), null, nonce, key.key);
  sealed.set(ciphertext, HEADER_BYTES);
  return sealed;
}

/** @throws IntegrityError when the value does not open under this key at this table, column and row. */
export function openField(key: DataKey, binding: FieldBinding, sealed: Uint8Array): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < HEADER_BYTES + TAG_BYTES || sealed[0] !== FORMAT_V1) {
    throw new IntegrityError();
  }
  const ad = associatedData(key, binding);
  try {
    return sodium().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.subarray(HEADER_BYTES),
      ad,
      sealed.subarray(1, HEADER_BYTES),
      key.key,
    );
  } catch {
    throw new IntegrityError();
  }
}

export function sealText(key: DataKey, binding: FieldBinding, text: string): Uint8Array {
  return sealField(key, binding, text);
}

/** @throws IntegrityError as openField */
export function openText(key: DataKey, binding: FieldBinding, sealed: Uint8Array): string {
  return textDecoder.decode(openField(key, binding, sealed));
}

const textEncoder = new TextEncoder();
// fatal: bytes sealed as binary and opened as text fail loudly instead of turning into U+FFFD.
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/*
 * The hot path. The part of the associated data fixed by (data key, table, column) is encoded once and
 * cached per key; each call copies it into a reused scratch buffer and appends the row id, and the views
 * handed to libsodium are cached by length. libsodium copies its inputs into WebAssembly memory before
 * returning, so reusing the scratch is safe. Without these, building the associated data cost about a
 * quarter of an open of a short field.
 */
const prefixes = new WeakMap<DataKey, Map<string, Map<string, Uint8Array>>>();
let scratch = new Uint8Array(512);
let scratchViews: Uint8Array[] = [];

function associatedData(key: DataKey, binding: FieldBinding): Uint8Array {
  const { table, column, rowId } = binding;
  if (typeof rowId !== 'string' || rowId.length === 0) throw new TypeError('a field binding needs a non-empty rowId');
  const prefix = cachedPrefix(key, table, column);
  const needed = prefix.length + lengthPrefixedMaxBytes(rowId);
  if (scratch.length < needed) {
    scratch = new Uint8Array(needed * 2);
    scratchViews = [];
  }
  scratch.set(prefix);
  const end = writeAsciiLengthPrefixed(scratch, prefix.length, rowId) ?? writeLengthPrefixed(scratch, prefix.length, rowId);
  return (scratchViews[end] ??= scratch.subarray(0, end));
}

/** Row ids are UUIDs or similar ASCII: copying their char codes beats a round trip through TextEncoder. */
function writeAsciiLengthPrefixed(target: Uint8Array, offset: number, value: string): number | undefined {
  const start = offset + 4;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code > 0x7f) return undefined;
    target[start + i] = code;
  }
  writeUint32(target, offset, value.length);
  return start + value.length;
}

function cachedPrefix(key: DataKey, table: string, column: string): Uint8Array {
  let byTable = prefixes.get(key);
  if (byTable === undefined) {
    byTable = new Map();
    prefixes.set(key, byTable);
  }
  let byColumn = byTable.get(table);
  if (byColumn === undefined) {
    if (typeof table !== 'string' || table.length === 0) throw new TypeError('a field binding needs a non-empty table');
    byColumn = new Map();
    byTable.set(table, byColumn);
  }
  let prefix = byColumn.get(column);
  if (prefix === undefined) {
    if (typeof column !== 'string' || column.length === 0) throw new TypeError('a field binding needs a non-empty column');
    const buffer = new Uint8Array(2 + lengthPrefixedMaxBytes(key.id) + lengthPrefixedMaxBytes(table) + lengthPrefixedMaxBytes(column));
    buffer[0] = FORMAT_V1;
    buffer[1] = FIELD_PURPOSE;
    let offset = writeLengthPrefixed(buffer, 2, key.id);
    offset = writeLengthPrefixed(buffer, offset, table);
    offset = writeLengthPrefixed(buffer, offset, column);
    prefix = buffer.slice(0, offset);
    byColumn.set(column, prefix);
  }
  return prefix;
}
