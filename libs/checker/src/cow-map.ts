/**
 * A string-keyed map that is never changed after it is made: `with` returns a new map that shares every
 * bucket it did not touch. The facts change one row at a time, but a request may still be reading the
 * previous version; copying a Map of 200,000 persons for each change would cost tens of milliseconds at
 * a hundred times national scale, copying one bucket of it costs microseconds.
 *
 * Iteration goes bucket by bucket, not in insertion order: nothing in the checker reads these maps in
 * order (lists inside them carry the order that matters).
 */
const BUCKET_BITS = 8;
const BUCKETS = 1 << BUCKET_BITS;

/** FNV-1a over the UTF-16 units: cheap, and spreads the hex tails of UUIDs and short synthetic keys alike. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash ^ (hash >>> BUCKET_BITS) ^ (hash >>> 16)) & (BUCKETS - 1);
}

const EMPTY_BUCKET: ReadonlyMap<string, unknown> = new Map<string, unknown>();

export class CowMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly buckets: readonly ReadonlyMap<string, V>[],
    readonly size: number,
  ) {}

  static empty<V>(): CowMap<V> {
    return new CowMap<V>(new Array<ReadonlyMap<string, V>>(BUCKETS).fill(EMPTY_BUCKET as ReadonlyMap<string, V>), 0);
  }

  static from<V>(entries: Iterable<readonly [string, V]>): CowMap<V> {
    const buckets: Map<string, V>[] = Array.from({ length: BUCKETS }, () => new Map<string, V>());
    for (const [key, value] of entries) buckets[bucketOf(key)]!.set(key, value);
    return new CowMap<V>(
      buckets,
      buckets.reduce((sum, bucket) => sum + bucket.size, 0),
    );
  }

  get(key: string): V | undefined {
    return this.buckets[bucketOf(key)]!.get(key);
  }

  has(key: string): boolean {
    return this.buckets[bucketOf(key)]!.has(key);
  }

  /** A new map with the changes applied in order (`undefined` deletes); this one is left as it was. */
  with(changes: Iterable<readonly [string, V | undefined]>): CowMap<V> {
    let buckets: ReadonlyMap<string, V>[] | undefined;
    const copied = new Set<number>();
    let size = this.size;
    for (const [key, value] of changes) {
      const b = bucketOf(key);
      buckets ??= [...this.buckets];
      if (!copied.has(b)) {
        buckets[b] = new Map(buckets[b]);
        copied.add(b);
      }
      const bucket = buckets[b] as Map<string, V>;
      const had = bucket.has(key);
      if (value === undefined) {
        if (had) {
          bucket.delete(key);
          size -= 1;
        }
      } else {
        bucket.set(key, value);
        if (!had) size += 1;
      }
    }
    return buckets ? new CowMap(buckets, size) : this;
  }

  *entries(): MapIterator<[string, V]> {
    for (const bucket of this.buckets) yield* bucket.entries();
  }

  *keys(): MapIterator<string> {
    for (const bucket of this.buckets) yield* bucket.keys();
  }

  *values(): MapIterator<V> {
    for (const bucket of this.buckets) yield* bucket.values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
