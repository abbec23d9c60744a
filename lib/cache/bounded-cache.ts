/**
 * Size-bounded LRU with single-flight filling: while one caller computes a key, others for the same key wait for it
 * instead of computing it again. `sizeOf` weighs an entry (bytes, roughly); an entry over `maxEntrySize` is not kept.
 * Pure (no I/O), so it is unit-tested on its own; the response cache and the page-data cache are two uses of it.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private readonly filling = new Map<string, Promise<V | null>>();
  private total = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number,
    private readonly maxEntrySize = Math.floor(maxSize / 8),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value);
    if (size > this.maxEntrySize) return;
    this.delete(key);
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.maxSize) break;
      this.entries.delete(oldest);
      this.total -= old.size;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.size;
  }

  /** Drops every entry (fills in progress finish and store theirs). */
  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  /** The fill in progress for `key`, if any. */
  pending(key: string): Promise<V | null> | undefined {
    return this.filling.get(key);
  }

  /** Runs `compute` as the one fill of `key`; what it yields (null = not to be kept) is stored and shared with waiters. */
  async fill(key: string, compute: () => Promise<V | null>): Promise<V | null> {
    const running = compute()
      .then((value) => {
        if (value !== null) this.set(key, value);
        return value;
      })
      .finally(() => this.filling.delete(key));
    this.filling.set(key, running);
    return running;
  }
}
