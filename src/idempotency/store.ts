/** Where finished responses are remembered for 24 h, and who is working on a key right now. */
export interface StoredResult {
  fingerprint: string;
  status: number;
  body: unknown;
}

export interface IdempotencyStore {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<StoredResult | undefined>;
  set(key: string, value: StoredResult, ttlMs: number): Promise<void>;
  /** Takes the key for `ttlMs`; false when another request (maybe on another instance) holds it. */
  lock(key: string, ttlMs: number): Promise<boolean>;
  unlock(key: string): Promise<void>;
  /**
   * When the message with this key first reached us (day 0 of a safety case): the stored instant,
   * or `at` when it is new. A retry after a 503 keeps the first attempt's day 0.
   */
  firstSeen(key: string, at: string, ttlMs: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Default bound of the in-process store. One remembered request (its answer, day 0 and lock) retains
 * ~3.7 KB of heap (`npm run bench:idempotency-memory`), so 20,000 is ~72 MB:
 * safe in a 1 GiB task. Beyond it the oldest keys are forgotten first; a deployment that needs a
 * longer memory across instances sets REDIS_URL.
 */
export const MEMORY_STORE_MAX_ENTRIES = 20_000;

/** In-process store: the default; bounded so a flood of distinct keys cannot exhaust memory. */
export function createMemoryIdempotencyStore(options: { maxEntries?: number; now?: () => number } = {}): IdempotencyStore {
  const max = options.maxEntries ?? MEMORY_STORE_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  const results = new Map<string, { value: StoredResult; expiresAt: number }>();
  const locks = new Map<string, number>();
  const seen = new Map<string, { at: string; expiresAt: number }>();
  return {
    kind: 'memory',
    async get(key) {
      const entry = results.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        results.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlMs) {
      results.delete(key);
      results.set(key, { value, expiresAt: now() + ttlMs });
      // Maps iterate in insertion order, so the first key is the oldest.
      while (results.size > max) results.delete(results.keys().next().value as string);
    },
    async lock(key, ttlMs) {
      const until = locks.get(key);
      if (until !== undefined && until > now()) return false;
      locks.set(key, now() + ttlMs);
      // A lock is normally released by unlock(); one left by a crashed request expires, and is swept here.
      if (locks.size > max) for (const [k, expiry] of locks) if (expiry <= now()) locks.delete(k);
      return true;
    },
    async unlock(key) {
      locks.delete(key);
    },
    async firstSeen(key, at, ttlMs) {
      const entry = seen.get(key);
      if (entry && entry.expiresAt > now()) return entry.at;
      seen.delete(key);
      seen.set(key, { at, expiresAt: now() + ttlMs });
      while (seen.size > max) seen.delete(seen.keys().next().value as string);
      return at;
    },
    async close() {
      results.clear();
      locks.clear();
      seen.clear();
    },
  };
}
