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
  close(): Promise<void>;
}

/** In-process store: the default; bounded so a flood of distinct keys cannot exhaust memory. */
export function createMemoryIdempotencyStore(options: { maxEntries?: number; now?: () => number } = {}): IdempotencyStore {
  const max = options.maxEntries ?? 200_000;
  const now = options.now ?? Date.now;
  const results = new Map<string, { value: StoredResult; expiresAt: number }>();
  const locks = new Map<string, number>();
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
      return true;
    },
    async unlock(key) {
      locks.delete(key);
    },
    async close() {
      results.clear();
      locks.clear();
    },
  };
}
