/** A response as the cache keeps it: status, headers as Node wrote them, and the exact (possibly compressed) bytes. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/**
 * Byte-bounded LRU of rendered responses with single-flight filling: while one request renders a key, others for the
 * same key wait for it instead of rendering it again. Pure (no I/O), so it is unit-tested on its own.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly filling = new Map<string, Promise<CachedResponse | null>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number, private readonly maxEntryBytes = Math.floor(maxBytes / 8)) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    if (entry.body.length > this.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  /** The fill in progress for `key`, if any. */
  pending(key: string): Promise<CachedResponse | null> | undefined {
    return this.filling.get(key);
  }

  /** Runs `render` as the one fill of `key`; what it yields (null = not cacheable) is stored and shared with waiters. */
  async fill(key: string, render: () => Promise<CachedResponse | null>): Promise<CachedResponse | null> {
    const running = render()
      .then((entry) => {
        if (entry !== null) this.set(key, entry);
        return entry;
      })
      .finally(() => this.filling.delete(key));
    this.filling.set(key, running);
    return running;
  }
}
