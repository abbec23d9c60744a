import { BoundedCache } from "../cache/bounded-cache";

/** A response as the cache keeps it: status, headers as Node wrote them, and the exact (possibly compressed) bytes. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** Byte-bounded LRU of rendered responses (lib/cache/bounded-cache.ts), weighed by their body bytes. */
export class ResponseCache extends BoundedCache<CachedResponse> {
  constructor(maxBytes: number, maxEntryBytes = Math.floor(maxBytes / 8)) {
    super(maxBytes, (entry) => entry.body.length, maxEntryBytes);
  }
}
