import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { createRedisIdempotencyStore } from './idempotency/redis-store.ts';
import { createMemoryIdempotencyStore, type IdempotencyStore } from './idempotency/store.ts';

export interface SharedState {
  /** The Redis client shared by rate limiting and idempotency, when REDIS_URL is set. */
  redis: Redis | undefined;
  idempotencyStore: IdempotencyStore;
  /** For /api/v1/ready checks: never makes a network call. */
  check(): Record<string, unknown>;
  close(): Promise<void>;
}

type Log = { warn: (o: object, m: string) => void; info: (o: object, m: string) => void };

// Redis sits on the hot path (the rate limit of every request): a slow or absent Redis must cost a
// bounded, small delay and then be skipped (fail open), never queue requests behind it.
const CONNECT_TIMEOUT_MS = 2000;
const COMMAND_TIMEOUT_MS = 500;
/** How long start-up waits for a first connection before serving without shared state. */
const STARTUP_WAIT_MS = 2000;
const RECONNECT_BASE_MS = 50;
const RECONNECT_CAP_MS = 2000;

/** Exponential backoff with jitter, capped so a restarted Redis is picked up within seconds. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(RECONNECT_BASE_MS * 2 ** attempt, RECONNECT_CAP_MS) + Math.floor(random() * 100);
}

export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => reconnectDelayMs(attempt),
  });
}

/**
 * Whether Redis can serve: connected (client events) and its commands not failing (a stalled server
 * keeps the socket open but times out). Logs each transition once, never per request.
 */
function createRedisHealth(client: Redis, log: Log) {
  let connected = false;
  let commandsFailing = false;
  let closing = false;
  let reported: 'ready' | 'unavailable' | undefined;
  let lastError: string | undefined;
  const state = (): 'ready' | 'unavailable' => (connected && !commandsFailing ? 'ready' : 'unavailable');
  const update = () => {
    const now = state();
    if (closing || now === reported) return;
    if (now === 'ready') {
      log.info({ shared_state: 'redis', redis: now }, reported === undefined ? 'redis connected: rate limits and idempotency are shared' : 'redis is back: rate limits and idempotency are shared again');
    } else {
      // The URL is never logged: it may carry a password.
      log.warn({ shared_state: 'redis', redis: now, reason: lastError ?? 'connection closed' }, 'redis unavailable: serving without it (rate limits not enforced, idempotency per instance) until it is back');
    }
    reported = now;
  };
  client.on('ready', () => {
    connected = true;
    commandsFailing = false;
    update();
  });
  client.on('error', (error: Error) => {
    lastError = error.message; // a listener must exist, or ioredis prints every failed reconnect
  });
  client.on('close', () => {
    connected = false;
    update();
  });
  return {
    state,
    commandFailed(error: unknown) {
      // Connection failures are reported by the events above; this catches timeouts on a live socket.
      if (client.status !== 'ready' || commandsFailing) return;
      lastError = error instanceof Error ? error.message : String(error);
      commandsFailing = true;
      update();
    },
    commandSucceeded() {
      if (!commandsFailing) return;
      commandsFailing = false;
      update();
    },
    closing() {
      closing = true;
    },
  };
}

/** Resolves once the client is ready, has failed its first attempt, or the wait is over. */
function firstAttempt(client: Redis, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    client.once('ready', done);
    client.once('close', done);
  });
}

/** In memory by default; Redis-backed when REDIS_URL is set, failing open when Redis is away. */
export async function createSharedState(config: Config, log: Log): Promise<SharedState> {
  if (!config.REDIS_URL) {
    const idempotencyStore = createMemoryIdempotencyStore();
    return { redis: undefined, idempotencyStore, check: () => ({ store: 'memory' }), close: () => idempotencyStore.close() };
  }
  const redis = createRedisClient(config.REDIS_URL);
  const health = createRedisHealth(redis, log);
  const idempotencyStore = createRedisIdempotencyStore({
    redis,
    onCommandError: (error) => health.commandFailed(error),
    onCommandSuccess: () => health.commandSucceeded(),
  });
  await firstAttempt(redis, STARTUP_WAIT_MS);
  return {
    redis,
    idempotencyStore,
    check: () => ({ store: 'redis', redis: health.state() }),
    async close() {
      health.closing();
      await idempotencyStore.close();
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
