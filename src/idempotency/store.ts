import { tenantOf } from './scope.ts';
import { TenantBoundedMap } from './tenant-bounded-map.ts';

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
 * Bounds of the in-process store. Each tenant (API key, or anonymous address: scope.ts) keeps at
 * most MEMORY_STORE_MAX_ENTRIES keys, and all of them together at most MEMORY_STORE_MAX_BYTES of
 * stored answers; past that the tenant holding the most bytes forgets its oldest first, so one
 * client cannot evict another's keys (and make its retry a duplicate ticket or case). Answers are
 * kept as JSON text, whose size is what is counted; the heap this retains at the bound is measured
 * by `npm run bench:idempotency-memory` (README, "Idempotency": ~71 MB when full). A deployment that needs more sets
 * REDIS_URL.
 */
export const MEMORY_STORE_MAX_ENTRIES = 20_000;
export const MEMORY_STORE_MAX_BYTES = 64 * 2 ** 20;
/** Map entry, entry object, key and day-0 string: a conservative allowance per remembered key. */
const ENTRY_OVERHEAD_BYTES = 256;

interface Entry {
  /** The answer as JSON text (compact, and its size is known), once there is one. */
  result?: { json: string; expiresAt: number };
  seen?: { at: string; expiresAt: number };
  bytes: number;
}

/** V8 keeps a string of Latin-1 characters at one byte each, any other at two. */
const stringBytes = (text: string) => text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1);

/** In-process store: the default; bounded per tenant and in bytes (see above). */
export function createMemoryIdempotencyStore(
  options: { maxEntries?: number; maxBytes?: number; now?: () => number } = {},
): IdempotencyStore & { readonly bytes: number; readonly size: number } {
  const max = options.maxEntries ?? MEMORY_STORE_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  const entries = new TenantBoundedMap<Entry>({ maxEntriesPerTenant: max, maxBytes: options.maxBytes ?? MEMORY_STORE_MAX_BYTES, tenantOf });
  const locks = new Map<string, number>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const result = entry.result && entry.result.expiresAt > now() ? entry.result : undefined;
    const seen = entry.seen && entry.seen.expiresAt > now() ? entry.seen : undefined;
    if (!result && !seen) {
      entries.delete(key);
      return undefined;
    }
    return { result, seen };
  };
  const save = (key: string, entry: Omit<Entry, 'bytes'>) =>
    entries.set(key, { ...entry, bytes: ENTRY_OVERHEAD_BYTES + stringBytes(key) + (entry.result ? stringBytes(entry.result.json) : 0) });
  return {
    kind: 'memory',
    get bytes() {
      return entries.bytes;
    },
    get size() {
      return entries.size;
    },
    async get(key) {
      const result = live(key)?.result;
      return result ? (JSON.parse(result.json) as StoredResult) : undefined;
    },
    async set(key, value, ttlMs) {
      save(key, { seen: live(key)?.seen, result: { json: JSON.stringify(value), expiresAt: now() + ttlMs } });
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
      const current = live(key);
      if (current?.seen) return current.seen.at;
      save(key, { result: current?.result, seen: { at, expiresAt: now() + ttlMs } });
      return at;
    },
    async close() {
      entries.clear();
      locks.clear();
    },
  };
}
