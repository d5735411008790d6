import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { createMemoryIdempotencyStore, type IdempotencyStore } from './idempotency/store.ts';

export interface SharedState {
  /** The Redis client shared by rate limiting and idempotency, when REDIS_URL is set. */
  redis: Redis | undefined;
  idempotencyStore: IdempotencyStore;
  /** For /api/v1/ready checks: never makes a network call. */
  check(): Record<string, unknown>;
  close(): Promise<void>;
}

/** In memory by default; Redis-backed when REDIS_URL is set (see issue 4). */
export async function createSharedState(_config: Config, _log: { warn: (o: object, m: string) => void; info: (o: object, m: string) => void }): Promise<SharedState> {
  const idempotencyStore = createMemoryIdempotencyStore();
  return {
    redis: undefined,
    idempotencyStore,
    check: () => ({ store: 'memory' }),
    close: () => idempotencyStore.close(),
  };
}
