import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CompactRange, subtreeSpans } from './compact-range.js';
import {
  EMPTY_ROOT,
  consistencyProof,
  inclusionProof,
  leafHash,
  leafRange,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from './merkle-tree.js';

// The Certificate Transparency reference tree (RFC 6962 test data, as in transparency-dev/merkle).
const ENTRIES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const LEAVES = ENTRIES.map((e) => leafHash(Buffer.from(e, 'hex')));
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const hex = (proof: Buffer[]) => proof.map((p) => p.toString('hex'));
const unhex = (s: string) => Buffer.from(s, 'hex');

describe('RFC 6962 Merkle tree', () => {
  const source = leafRange(LEAVES);

  it('gives the reference roots for every size 0 to 8', () => {
    expect(treeRoot(source, 0).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (let n = 1; n <= 8; n++) expect(treeRoot(source, n).toString('hex')).toBe(ROOTS[n - 1]);
  });

  it('gives the reference inclusion proofs', () => {
    expect(hex(inclusionProof(source, 0, 8))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(inclusionProof(source, 5, 8))).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(inclusionProof(source, 2, 3))).toEqual(['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']);
    expect(hex(inclusionProof(source, 1, 5))).toEqual([
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
    expect(inclusionProof(source, 0, 1)).toEqual([]);
  });

  it('gives the reference consistency proofs', () => {
    expect(consistencyProof(source, 1, 1)).toEqual([]);
    expect(hex(consistencyProof(source, 1, 8))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(consistencyProof(source, 6, 8))).toEqual([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(hex(consistencyProof(source, 2, 5))).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
  });

  it('verifies the reference proofs and refuses them against another root', () => {
    const proof = inclusionProof(source, 5, 8);
    expect(verifyInclusion(LEAVES[5]!, 5, 8, proof, unhex(ROOTS[7]!))).toBe(true);
    expect(verifyInclusion(LEAVES[5]!, 5, 8, proof, unhex(ROOTS[6]!))).toBe(false);
    expect(verifyInclusion(LEAVES[4]!, 5, 8, proof, unhex(ROOTS[7]!))).toBe(false);
    expect(verifyInclusion(LEAVES[5]!, 4, 8, proof, unhex(ROOTS[7]!))).toBe(false);
    const consistency = consistencyProof(source, 6, 8);
    expect(verifyConsistency(6, 8, consistency, unhex(ROOTS[5]!), unhex(ROOTS[7]!))).toBe(true);
    expect(verifyConsistency(6, 8, consistency, unhex(ROOTS[4]!), unhex(ROOTS[7]!))).toBe(false);
    expect(verifyConsistency(5, 8, consistency, unhex(ROOTS[5]!), unhex(ROOTS[7]!))).toBe(false);
    expect(verifyConsistency(0, 8, [], EMPTY_ROOT, unhex(ROOTS[7]!))).toBe(true);
    expect(verifyConsistency(8, 8, [], unhex(ROOTS[7]!), unhex(ROOTS[7]!))).toBe(true);
    expect(verifyConsistency(8, 8, [], unhex(ROOTS[6]!), unhex(ROOTS[7]!))).toBe(false);
    expect(verifyConsistency(8, 6, [], unhex(ROOTS[7]!), unhex(ROOTS[5]!))).toBe(false);
  });
});

/** Distinct random leaves: a tree of 1 to 70 of them. */
const leavesArb = fc
  .array(fc.uint8Array({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 70 })
  .map((data) => data.map((d, i) => leafHash(Buffer.concat([Buffer.from(d), Buffer.from(String(i))]))));

function flipBit(buffer: Buffer, bit: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << (bit % 8);
  return copy;
}

describe('Merkle proofs, for any tree', () => {
  it('every inclusion proof verifies; any altered leaf, index or proof node fails', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), fc.nat(255), (leaves, i, j, bit) => {
        const source = leafRange(leaves);
        const size = leaves.length;
        const index = i % size;
        const root = treeRoot(source, size);
        const proof = inclusionProof(source, index, size);
        expect(verifyInclusion(leaves[index]!, index, size, proof, root)).toBe(true);
        expect(verifyInclusion(flipBit(leaves[index]!, bit), index, size, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(leaves[index]!, (index + 1 + (j % (size - 1))) % size, size, proof, root)).toBe(false);
        if (proof.length > 0) {
          const altered = [...proof];
          const at = j % proof.length;
          altered[at] = flipBit(altered[at]!, bit);
          expect(verifyInclusion(leaves[index]!, index, size, altered, root)).toBe(false);
          expect(verifyInclusion(leaves[index]!, index, size, proof.slice(1), root)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every consistency proof verifies; an altered old leaf, proof node or size fails', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), fc.nat(255), (leaves, a, j, bit) => {
        const source = leafRange(leaves);
        const newSize = leaves.length;
        const oldSize = 1 + (a % newSize);
        const proof = consistencyProof(source, oldSize, newSize);
        const oldRoot = treeRoot(source, oldSize);
        const newRoot = treeRoot(source, newSize);
        expect(verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot)).toBe(true);
        // A rewritten history: one leaf of the old tree changed, the new tree built over the changed leaves.
        const forged = [...leaves];
        const at = j % oldSize;
        forged[at] = flipBit(forged[at]!, bit);
        const forgedSource = leafRange(forged);
        const forgedProof = consistencyProof(forgedSource, oldSize, newSize);
        expect(verifyConsistency(oldSize, newSize, forgedProof, oldRoot, treeRoot(forgedSource, newSize))).toBe(false);
        if (proof.length > 0) {
          const altered = [...proof];
          const k = j % proof.length;
          altered[k] = flipBit(altered[k]!, bit);
          expect(verifyConsistency(oldSize, newSize, altered, oldRoot, newRoot)).toBe(false);
        }
        if (oldSize < newSize) expect(verifyConsistency(oldSize + 1, newSize, proof, oldRoot, newRoot)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a compact range gives the same roots, and with the later leaves the same proofs', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), fc.nat(), (leaves, a, b) => {
        const source = leafRange(leaves);
        const size = leaves.length;
        const edge = a % (size + 1);
        const range = CompactRange.empty();
        for (let i = 0; i < edge; i++) range.append(leaves[i]!);
        expect(range.root().equals(treeRoot(source, edge))).toBe(true);
        const restored = CompactRange.of(edge, range.toHex());
        expect(restored.toHex()).toEqual(range.toHex());
        const fromFrontier = restored.nodeSource(leaves.slice(edge));
        const oldSize = edge === 0 ? 0 : edge + (b % (size - edge + 1));
        expect(hex(consistencyProof(fromFrontier, oldSize, size))).toEqual(hex(consistencyProof(source, oldSize, size)));
        expect(treeRoot(fromFrontier, size).equals(treeRoot(source, size))).toBe(true);
        for (let i = edge; i < size; i++) restored.append(leaves[i]!);
        expect(restored.root().equals(treeRoot(source, size))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('names the complete subtrees of a size', () => {
    expect(subtreeSpans(0)).toEqual([]);
    expect(subtreeSpans(6)).toEqual([
      [0, 4],
      [4, 6],
    ]);
    expect(subtreeSpans(7)).toEqual([
      [0, 4],
      [4, 6],
      [6, 7],
    ]);
    expect(() => CompactRange.of(6, ['00'.repeat(32)])).toThrow(RangeError);
  });
});
