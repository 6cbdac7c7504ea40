import { EMPTY_ROOT, HASH_BYTES, nodeHash, splitPoint } from './merkle-tree.js';
import type { NodeSource } from './merkle-tree.js';

/**
 * The right edge of a Merkle tree: for a tree of `size` leaves, the roots of its complete subtrees, one per
 * set bit of `size`, largest (leftmost) first. Enough to compute the root and to go on appending, in
 * O(log n) space: what a verifier walking a million events keeps, and what each checkpoint row stores so
 * the next checkpoint reads only the events after it.
 */
export class CompactRange {
  private constructor(
    private _size: number,
    private readonly nodes: Buffer[],
  ) {}

  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  /** A frontier as stored: `size` and its nodes (hex or raw), which must number the set bits of size. */
  static of(size: number, nodes: readonly (string | Uint8Array)[]): CompactRange {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('frontier size must be a non-negative integer');
    const buffers = nodes.map((node) => (typeof node === 'string' ? Buffer.from(node, 'hex') : Buffer.from(node)));
    if (buffers.some((b) => b.length !== HASH_BYTES)) throw new RangeError('frontier nodes must be 32-byte hashes');
    if (buffers.length !== subtreeSpans(size).length) throw new RangeError('frontier does not fit its size');
    return new CompactRange(size, buffers);
  }

  get size(): number {
    return this._size;
  }

  /** The frontier's nodes as hex, largest subtree first. */
  toHex(): string[] {
    return this.nodes.map((node) => node.toString('hex'));
  }

  clone(): CompactRange {
    return new CompactRange(this._size, [...this.nodes]);
  }

  append(leaf: Uint8Array): void {
    this.nodes.push(Buffer.from(leaf));
    this._size++;
    // Each trailing zero of the new size closes a pair of equal subtrees into one.
    for (let s = this._size; s % 2 === 0; s /= 2) {
      const right = this.nodes.pop()!;
      const left = this.nodes.pop()!;
      this.nodes.push(nodeHash(left, right));
    }
  }

  root(): Buffer {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let root = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) root = nodeHash(this.nodes[i]!, root);
    return root;
  }

  /**
   * Any range the proofs of a tree of up to `this.size + later.length` leaves ask for, from this frontier
   * and the leaves appended after it. Throws for a range that needs a leaf before the frontier's edge that
   * no frontier node covers whole (an inclusion proof of an old leaf, say).
   */
  nodeSource(later: readonly Buffer[]): NodeSource {
    const known = new Map<string, Buffer>();
    subtreeSpans(this._size).forEach(([start, end], i) => known.set(`${start}:${end}`, this.nodes[i]!));
    const edge = this._size;
    const source: NodeSource = (start, end) => {
      if (start < 0 || start >= end || end > edge + later.length) throw new RangeError(`no hash for range [${start}, ${end})`);
      const node = known.get(`${start}:${end}`);
      if (node !== undefined) return node;
      if (end - start === 1) {
        if (start < edge) throw new RangeError(`leaf ${start} lies behind the frontier`);
        return later[start - edge]!;
      }
      const k = splitPoint(end - start);
      return nodeHash(source(start, start + k), source(start + k, end));
    };
    return source;
  }
}

/** [start, end) of each complete subtree of a tree of `size` leaves, left to right. */
export function subtreeSpans(size: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) {
      spans.push([start, start + bit]);
      start += bit;
    }
  }
  return spans;
}
