import { createHash } from 'node:crypto';
import { unavailable } from '../errors.ts';
import type { IdempotencyStore, StoredResult } from './store.ts';

/** The answer for a key, or `conflict` when the key was already used for a different request. */
export type IdempotentOutcome = { conflict: true } | { conflict: false; status: number; body: unknown; replayed: boolean };

export function fingerprintOf(parts: Array<string | undefined>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * Runs `work` once per key within the TTL. Duplicates that arrive while the first is running wait
 * for it (in this process through a shared promise, across instances through the store's lock),
 * then get the same response. Failures are not remembered, so a retry runs the work again.
 */
export function createIdempotency(options: {
  store: IdempotencyStore;
  ttlMs: number;
  /** How long a holder may keep the lock; bounded by the request's own deadline. */
  lockMs?: number;
  pollMs?: number;
  onStoreError?: (error: unknown) => void;
}) {
  const { store, ttlMs } = options;
  const lockMs = options.lockMs ?? 15_000;
  const pollMs = options.pollMs ?? 50;
  const inflight = new Map<string, Promise<{ status: number; body: unknown; fingerprint: string }>>();

  const safely = async <T>(op: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await op();
    } catch (error) {
      options.onStoreError?.(error); // fail open: a store outage must not stop the service
      return fallback;
    }
  };

  async function waitForOther(key: string): Promise<StoredResult> {
    const deadline = Date.now() + lockMs;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const stored = await safely(() => store.get(key), undefined);
      if (stored) return stored;
      if (await safely(() => store.lock(key, 1), true)) {
        await safely(() => store.unlock(key), undefined);
        break; // the other holder gave up without a result: let the client retry
      }
    }
    throw unavailable('The same message_id is being processed by another request; retry shortly.', 1);
  }

  async function execute(key: string, fingerprint: string, work: () => Promise<{ status: number; body: unknown }>) {
    const stored = await safely(() => store.get(key), undefined);
    if (stored) return { ...stored, replayed: true };
    if (!(await safely(() => store.lock(key, lockMs), true))) return { ...(await waitForOther(key)), replayed: true };
    try {
      const result = await work();
      await safely(() => store.set(key, { fingerprint, ...result }, ttlMs), undefined);
      return { ...result, fingerprint, replayed: false };
    } finally {
      await safely(() => store.unlock(key), undefined);
    }
  }

  return {
    /** Day 0 of the message with this key, kept across retries; fails open to `at`. */
    firstSeen: (key: string, at: Date): Promise<Date> =>
      safely(() => store.firstSeen(key, at.toISOString(), ttlMs), at.toISOString()).then((iso) => new Date(iso)),
    async run(key: string, fingerprint: string, work: () => Promise<{ status: number; body: unknown }>): Promise<IdempotentOutcome> {
      const running = inflight.get(key);
      const outcome = running
        ? { ...(await running), replayed: true }
        : await (() => {
            const promise = execute(key, fingerprint, work);
            inflight.set(key, promise);
            return promise.finally(() => inflight.delete(key));
          })();
      // The caller knows how its keys are made and says so to its client.
      if (outcome.fingerprint !== fingerprint) return { conflict: true as const };
      return { conflict: false as const, status: outcome.status, body: outcome.body, replayed: outcome.replayed };
    },
  };
}

export type Idempotency = ReturnType<typeof createIdempotency>;
