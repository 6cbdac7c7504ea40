import { AUDIT_OUTCOMES } from './audit-event.js';
import type { AuditEventFields } from './audit-event.js';
import { checkCommitments } from './personal-commitment.js';

/**
 * Canonical encoding of an audit event, version 1. Byte layout, in this fixed order:
 *
 *   u8   version (0x01)
 *   u64  seq, big-endian
 *   32   prevHash as raw bytes
 *   str  at, actor
 *   u32  number of roles, big-endian, then str for each role in the order given
 *   str  scope, action, resourceType, resourceId, purpose, outcome, requestId, clientAddress
 *
 * where `str` is a big-endian u32 byte length followed by the UTF-8 bytes, and a null is the length
 * 0xFFFFFFFF with no bytes. Length prefixes rather than JSON: a field's end never depends on its
 * content, so no two different events share an encoding (no separator or escaping to get wrong),
 * it costs one buffer write per field, and an auditor can re-implement it in any language without
 * matching one JSON serialiser's escaping rules. Strings must be well-formed UTF-16: a lone
 * surrogate would be replaced by U+FFFD on encoding and collide with a real U+FFFD.
 */
export const ENCODING_VERSION = 1;
/**
 * Version 2 is version 1 with the version byte 0x02 and, in place of actor, purpose and clientAddress, their
 * commitments (hex SHA-256 of the event's salt, the field name and the value; personal-commitment.ts): the values can be erased
 * later without changing a single hash. An event says which it is by carrying `personal`.
 */
export const COMMITTED_ENCODING_VERSION = 2;

const NULL_LENGTH = 0xffffffff;
const HASH_BYTES = 32;
const HEX_HASH = /^[0-9a-f]{64}$/;
const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const OUTCOMES: ReadonlySet<string> = new Set(AUDIT_OUTCOMES);

// Reused across calls so hashing a million events does not allocate a million buffers.
let scratch = Buffer.allocUnsafe(4096);

/** The canonical bytes of one event (a fresh copy). */
export function encodeEvent(fields: AuditEventFields): Buffer {
  const length = writeChainInput(fields);
  return Buffer.from(scratch.subarray(HASH_BYTES, length));
}

/**
 * fields.prevHash (32 raw bytes) ‖ encodeEvent(fields), written into the shared scratch buffer; the view is
 * valid only until the next call. Kept out of the public API for that reason.
 */
export function chainInput(fields: AuditEventFields): Buffer {
  return scratch.subarray(0, writeChainInput(fields));
}

function writeChainInput(input: AuditEventFields): number {
  const personal = input.personal ?? null;
  if (personal !== null) checkCommitments(personal);
  const fields =
    personal === null ? input : { ...input, actor: personal.actor, purpose: personal.purpose, clientAddress: personal.clientAddress };
  const { prevHash } = fields;
  checkHash('prevHash', prevHash);
  const { seq, roles } = fields;
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError('seq must be a positive safe integer');
  if (typeof fields.at !== 'string' || !ISO_UTC_MILLIS.test(fields.at)) {
    throw new TypeError('at must be an ISO 8601 UTC timestamp with milliseconds');
  }
  if (!Array.isArray(roles)) throw new TypeError('roles must be an array of strings');
  if (!OUTCOMES.has(fields.outcome)) throw new TypeError('outcome must be ok, denied or error');

  // Every UTF-16 code unit becomes at most 3 UTF-8 bytes, so this bounds the encoding from above.
  let capacity = HASH_BYTES + 1 + 8 + HASH_BYTES + 4 + 4 * 14;
  capacity += 3 * (fields.at.length + lengthOf('actor', fields.actor, false) + lengthOf('scope', fields.scope, true));
  capacity += 3 * (lengthOf('action', fields.action, false) + lengthOf('resourceType', fields.resourceType, true));
  capacity += 3 * (lengthOf('resourceId', fields.resourceId, true) + lengthOf('purpose', fields.purpose, true));
  capacity += 3 * (lengthOf('requestId', fields.requestId, true) + lengthOf('clientAddress', fields.clientAddress, true));
  capacity += 3 * fields.outcome.length;
  for (const role of roles) capacity += 4 + 3 * lengthOf('roles', role, false);
  if (scratch.length < capacity) scratch = Buffer.allocUnsafe(Math.max(capacity, scratch.length * 2));

  const buf = scratch;
  buf.write(prevHash, 0, HASH_BYTES, 'hex');
  buf[HASH_BYTES] = personal === null ? ENCODING_VERSION : COMMITTED_ENCODING_VERSION;
  buf.writeUInt32BE(Math.floor(seq / 0x1_0000_0000), HASH_BYTES + 1);
  buf.writeUInt32BE(seq >>> 0, HASH_BYTES + 5);
  buf.write(prevHash, HASH_BYTES + 9, HASH_BYTES, 'hex');
  let at = HASH_BYTES + 9 + HASH_BYTES;
  at = writeString(buf, at, fields.at);
  at = writeString(buf, at, fields.actor);
  buf.writeUInt32BE(roles.length, at);
  at += 4;
  for (const role of roles) at = writeString(buf, at, role);
  at = writeString(buf, at, fields.scope);
  at = writeString(buf, at, fields.action);
  at = writeString(buf, at, fields.resourceType);
  at = writeString(buf, at, fields.resourceId);
  at = writeString(buf, at, fields.purpose);
  at = writeString(buf, at, fields.outcome);
  at = writeString(buf, at, fields.requestId);
  at = writeString(buf, at, fields.clientAddress);
  return at;
}

function writeString(buf: Buffer, offset: number, value: string | null): number {
  if (value === null) {
    buf.writeUInt32BE(NULL_LENGTH, offset);
    return offset + 4;
  }
  const written = buf.write(value, offset + 4, 'utf8');
  buf.writeUInt32BE(written, offset);
  return offset + 4 + written;
}

/** Validates one string field and returns its UTF-16 length (0 for null). */
function lengthOf(name: string, value: unknown, nullable: boolean): number {
  if (value === null && nullable) return 0;
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string${nullable ? ' or null' : ''}`);
  if (!(value as WellFormedString).isWellFormed()) throw new TypeError(`${name} is not well-formed Unicode`);
  return value.length;
}

function checkHash(name: string, value: unknown): void {
  if (typeof value !== 'string' || !HEX_HASH.test(value)) {
    throw new TypeError(`${name} must be 64 lowercase hex digits`);
  }
}

// ES2024 String.prototype.isWellFormed: in Node 20, not yet in the ES2023 lib typings.
type WellFormedString = string & { isWellFormed(): boolean };
