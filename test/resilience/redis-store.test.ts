import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createRedisIdempotencyStore } from '../../src/idempotency/redis-store.ts';
import { createRedisClient, reconnectDelayMs } from '../../src/shared-state.ts';
import { closedPort } from '../support/http-server.ts';
import { hasRedisServer, NO_REDIS_MESSAGE, skipRedisTests, startRedis, type RedisProcess } from './redis-support.ts';

const result = { fingerprint: 'f1', status: 200, body: { reference: 'CASE-1' } };

describe('reconnect backoff', () => {
  it('when reconnecting again and again, then the delay grows and stays capped near 2 s', () => {
    const none = () => 0;
    expect(reconnectDelayMs(1, none)).toBeLessThan(reconnectDelayMs(4, none));
    expect(reconnectDelayMs(60, none)).toBe(2000);
    expect(reconnectDelayMs(60, () => 0.999)).toBeLessThan(2100);
  });
});

describe('redis idempotency store when Redis is unreachable', () => {
  it('when no Redis answers, then every operation falls back to this instance without throwing', async () => {
    const redis = createRedisClient((await closedPort()).replace('http:', 'redis:'));
    redis.on('error', () => {});
    const errors: unknown[] = [];
    const store = createRedisIdempotencyStore({ redis, onCommandError: (e) => errors.push(e) });
    try {
      expect(await store.lock('k', 1000)).toBe(true);
      expect(await store.lock('k', 1000)).toBe(false);
      await store.set('k', result, 60_000);
      await store.unlock('k');
      expect(await store.get('k')).toEqual(result);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});

if (skipRedisTests) console.warn(NO_REDIS_MESSAGE);

it('when CI=true, then redis-server is installed, so the Redis tests below run instead of being skipped', () => {
  if (process.env.CI === 'true') expect(hasRedisServer, 'redis-server must be installed under CI (.ci/run installs it)').toBe(true);
});

describe.skipIf(skipRedisTests)('redis idempotency store on a real redis-server', () => {
  let server: RedisProcess;
  let inspect: Redis;
  const clients: Redis[] = [];
  /** A store on its own client, once connected (the offline queue is off by design). */
  const newStore = async () => {
    const redis = createRedisClient(server.url);
    clients.push(redis);
    await new Promise((resolve) => redis.once('ready', resolve));
    return createRedisIdempotencyStore({ redis });
  };

  beforeAll(async () => {
    server = await startRedis();
    inspect = server.client();
  });
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(async () => {
    await inspect.flushall();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });

  it('when one instance stores a result, then another instance reads it', async () => {
    const [a, b] = await Promise.all([newStore(), newStore()]);
    await a.set('client:msg-1', result, 60_000);
    expect(await b.get('client:msg-1')).toEqual(result);
    expect(await b.get('client:other')).toBeUndefined();
  });

  it('when two instances see the same message, then both get the first instance\'s day 0', async () => {
    const [a, b] = await Promise.all([newStore(), newStore()]);
    expect(await a.firstSeen('client:msg-0', '2026-11-22T10:00:00.000Z', 60_000)).toBe('2026-11-22T10:00:00.000Z');
    expect(await b.firstSeen('client:msg-0', '2026-11-22T10:00:05.000Z', 60_000)).toBe('2026-11-22T10:00:00.000Z');
  });

  it('when one instance holds the lock, then another cannot take it until it is released', async () => {
    const [a, b] = await Promise.all([newStore(), newStore()]);
    expect(await a.lock('client:msg-2', 5000)).toBe(true);
    expect(await b.lock('client:msg-2', 5000)).toBe(false);
    await a.unlock('client:msg-2');
    expect(await b.lock('client:msg-2', 5000)).toBe(true);
  });

  it('when a lock expired and another instance took it, then the late unlock of the first does not release the second', async () => {
    const [a, b, c] = await Promise.all([newStore(), newStore(), newStore()]);
    expect(await a.lock('client:msg-3', 50)).toBe(true);
    await sleep(120);
    expect(await b.lock('client:msg-3', 5000)).toBe(true);
    await a.unlock('client:msg-3');
    expect(await c.lock('client:msg-3', 5000)).toBe(false);
  });

  it('when Redis holds something that is not a stored result, then it reads as absent', async () => {
    await inspect.set('careroute:idem:result:client:junk', 'not json');
    expect(await (await newStore()).get('client:junk')).toBeUndefined();
  });
});
