import { hash } from 'node:crypto';

/**
 * The RFC 6962 / RFC 9162 Merkle tree hash (MTH) over the audit log, with inclusion and consistency
 * proofs. Leaves are 32-byte hashes; `leafHash` adds the 0x00 domain prefix, `nodeHash` the 0x01. Pure
 * functions over a `NodeSource`, which hands out the hash of any range of leaves the proofs need, so the
 * same code proves from a full list of leaves (`leafRange`) or from a stored frontier plus the leaves
 * after it (`frontierRange`).
 */

export const HASH_BYTES = 32;

/** SHA-256 of the empty string: the root of the empty tree. */
export const EMPTY_ROOT: Buffer = hash('sha256', Buffer.alloc(0), 'buffer');

// One-shot hashing over a reused buffer: a verifier hashes two or three nodes per event, and a Hash object
// per call cost several times the hashing itself.
let leafInput = Buffer.allocUnsafe(1 + HASH_BYTES);
const nodeInput = Buffer.allocUnsafe(1 + 2 * HASH_BYTES);

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(data: Uint8Array): Buffer {
  if (leafInput.length < 1 + data.length) leafInput = Buffer.allocUnsafe(1 + data.length);
  leafInput[0] = 0;
  leafInput.set(data, 1);
  return hash('sha256', leafInput.subarray(0, 1 + data.length), 'buffer');
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) throw new RangeError('Merkle nodes are 32-byte hashes');
  nodeInput[0] = 1;
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return hash('sha256', nodeInput, 'buffer');
}

/** The largest power of two strictly less than n (n >= 2): where RFC 6962 splits a range of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Hands out MTH(D[start:end]) for 0 <= start < end; throws when it cannot. */
export type NodeSource = (start: number, end: number) => Buffer;

/** Every range computed from the leaf hashes themselves. */
export function leafRange(leaves: readonly Buffer[]): NodeSource {
  const source: NodeSource = (start, end) => {
    if (start < 0 || end > leaves.length || start >= end) throw new RangeError(`no leaves for range [${start}, ${end})`);
    if (end - start === 1) return leaves[start]!;
    const k = splitPoint(end - start);
    return nodeHash(source(start, start + k), source(start + k, end));
  };
  return source;
}

/** MTH of the first `size` leaves (the empty root for size 0). */
export function treeRoot(source: NodeSource, size: number): Buffer {
  checkSize(size);
  return size === 0 ? EMPTY_ROOT : source(0, size);
}

/** Inclusion proof (RFC 9162 §2.1.3.1, PATH) of leaf `index` in the tree of `size` leaves, leaf end first. */
export function inclusionProof(source: NodeSource, index: number, size: number): Buffer[] {
  checkSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError('leaf index out of range');
  const path: Buffer[] = [];
  // Walk down from the root, collecting the sibling at each level; reversed at the end.
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      path.push(source(start + k, end));
      end = start + k;
    } else {
      path.push(source(start, start + k));
      start += k;
    }
  }
  return path.reverse();
}

/** Consistency proof (RFC 9162 §2.1.4.1, PROOF) from the tree of `oldSize` leaves to the one of `newSize`. */
export function consistencyProof(source: NodeSource, oldSize: number, newSize: number): Buffer[] {
  checkSize(oldSize);
  checkSize(newSize);
  if (oldSize > newSize) throw new RangeError('old size exceeds new size');
  if (oldSize === 0 || oldSize === newSize) return [];
  const proof: Buffer[] = [];
  subproof(source, oldSize, 0, newSize, true, proof);
  return proof;
}

/** SUBPROOF(m, D[start:end], b), appending in the RFC's order. */
function subproof(source: NodeSource, m: number, start: number, end: number, whole: boolean, out: Buffer[]): void {
  const n = end - start;
  if (m === n) {
    if (!whole) out.push(source(start, end));
    return;
  }
  const k = splitPoint(n);
  if (m <= k) {
    subproof(source, m, start, start + k, whole, out);
    out.push(source(start + k, end));
  } else {
    subproof(source, m - k, start + k, end, false, out);
    out.push(source(start, start + k));
  }
}

/** RFC 9162 §2.1.3.2: true when `proof` shows `leaf` at `index` in the tree of `size` leaves with `root`. */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (p.length !== HASH_BYTES) return false;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(r, root);
}

/**
 * RFC 9162 §2.1.4.2: true when `proof` shows the tree of `newSize` leaves with `newRoot` extends the one of
 * `oldSize` with `oldRoot`. Equal sizes need an empty proof and equal roots; old size 0 an empty proof.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return false;
  if (proof.some((p) => p.length !== HASH_BYTES)) return false;
  if (oldSize === newSize) return proof.length === 0 && equalHashes(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0;
  let path = [...proof];
  // When the old tree is a complete subtree of the new one, its root is the proof's implicit first node.
  if (isPowerOfTwo(oldSize)) path = [oldRoot, ...path];
  if (path.length === 0) return false;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(fr, oldRoot) && equalHashes(sr, newRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}

function equalHashes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === HASH_BYTES && Buffer.from(a).equals(Buffer.from(b));
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('tree size must be a non-negative integer');
}
