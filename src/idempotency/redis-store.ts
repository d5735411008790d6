import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_ENTRIES, type IdempotencyStore, type StoredResult } from './store.ts';

export interface RedisIdempotencyStoreOptions {
  redis: Redis;
  /** Key prefix, so several services can share one Redis. */
  prefix?: string;
  /** Told about every failed / succeeded command, for readiness and transition logs. */
  onCommandError?: (error: unknown) => void;
  onCommandSuccess?: () => void;
  /** Bound of the in-process copy that serves while Redis is away. */
  localMaxEntries?: number;
}

// Deletes the lock only when it still holds our token: after our lock expired another request may
// have taken it, and a plain DEL would let a third one in beside it.
const UNLOCK_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

function parse(raw: string | null): StoredResult | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<StoredResult> | null;
    if (value && typeof value.fingerprint === 'string' && typeof value.status === 'number') return value as StoredResult;
  } catch {
    // A foreign or corrupt value is treated as absent: the work runs again rather than failing.
  }
  return undefined;
}

/**
 * Idempotency across instances: results under `<prefix>result:<key>` (SET PX, the 24 h TTL) and a
 * per-key lock under `<prefix>lock:<key>` (SET NX PX with a random token). It never throws: when
 * Redis is away each operation falls back to an in-process store (fail open), which also keeps a
 * copy of this instance's own results so its retries stay deduplicated through an outage.
 */
export function createRedisIdempotencyStore(options: RedisIdempotencyStoreOptions): IdempotencyStore {
  const { redis } = options;
  const prefix = options.prefix ?? 'careroute:idem:';
  const local = createMemoryIdempotencyStore({ maxEntries: options.localMaxEntries ?? MEMORY_STORE_MAX_ENTRIES });
  const tokens = new Map<string, string>();
  const resultKey = (key: string) => `${prefix}result:${key}`;
  const lockKey = (key: string) => `${prefix}lock:${key}`;
  const seenKey = (key: string) => `${prefix}seen:${key}`;

  async function attempt<T>(command: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    try {
      const value = await command();
      options.onCommandSuccess?.();
      return { ok: true, value };
    } catch (error) {
      options.onCommandError?.(error);
      return { ok: false };
    }
  }

  return {
    kind: 'redis',
    async get(key) {
      const shared = await attempt(() => redis.get(resultKey(key)));
      return (shared.ok ? parse(shared.value) : undefined) ?? local.get(key);
    },
    async set(key, value, ttlMs) {
      await local.set(key, value, ttlMs);
      await attempt(() => redis.set(resultKey(key), JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs))));
    },
    async lock(key, ttlMs) {
      const token = randomUUID();
      const taken = await attempt(() => redis.set(lockKey(key), token, 'PX', Math.max(1, Math.round(ttlMs)), 'NX'));
      if (!taken.ok) return local.lock(key, ttlMs);
      if (taken.value !== 'OK') return false;
      tokens.set(key, token);
      return true;
    },
    async unlock(key) {
      await local.unlock(key);
      const token = tokens.get(key);
      if (token === undefined) return;
      tokens.delete(key);
      await attempt(() => redis.eval(UNLOCK_SCRIPT, 1, lockKey(key), token));
    },
    async firstSeen(key, at, ttlMs) {
      const px = Math.max(1, Math.round(ttlMs));
      // SET NX GET: one round trip that stores `at` when new and returns the older value otherwise.
      const shared = await attempt(() => redis.set(seenKey(key), at, 'PX', px, 'NX', 'GET'));
      if (shared.ok) return shared.value ?? at;
      return local.firstSeen(key, at, ttlMs);
    },
    async close() {
      // The client belongs to the shared state, which closes it after every user is done.
      tokens.clear();
      await local.close();
    },
  };
}
