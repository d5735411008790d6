import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import type { Compliance } from '../../src/ports/compliance.ts';
import { buildTestApp, json } from '../support/app.ts';
import { NO_REDIS_MESSAGE, skipRedisTests, startRedis, type RedisProcess } from './redis-support.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

/** Polls until `check` holds; Redis events arrive asynchronously after a kill or a restart. */
async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(25);
  }
}

async function redisCheck(app: TestApp['app']): Promise<unknown> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
  expect(response.statusCode).toBe(200);
  return response.json().checks.shared_state;
}

function logCount(t: TestApp, message: RegExp): number {
  return t.logs.records().filter((r) => message.test(String(r.msg))).length;
}

if (skipRedisTests) console.warn(NO_REDIS_MESSAGE);

describe.skipIf(skipRedisTests)('shared state through a real redis-server', () => {
  let redis: RedisProcess;
  let inspect: Redis;
  const apps: TestApp[] = [];
  const build = async (env: Record<string, string> = {}, options: Parameters<typeof buildTestApp>[1] = {}) => {
    const t = await buildTestApp({ REDIS_URL: redis.url, ...env }, options);
    apps.push(t);
    return t;
  };

  beforeAll(async () => {
    redis = await startRedis();
    inspect = redis.client();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    if (inspect.status !== 'ready') await eventually(() => inspect.status === 'ready');
    await inspect.flushall();
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((t) => t.app.close()));
  });

  it('when REDIS_URL is set and Redis answers, then readiness says store redis, ready', async () => {
    const t = await build();
    expect(await redisCheck(t.app)).toEqual({ store: 'redis', redis: 'ready' });
    expect(logCount(t, /redis connected/)).toBe(1);
  });

  it('when two instances share one Redis, then they enforce one rate limit between them', async () => {
    const env = { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' };
    const [a, b] = [await build(env), await build(env)];
    const order = [a, b, a, b];
    const statuses: number[] = [];
    for (const t of order) statuses.push((await t.app.inject(json({ message: 'what are your opening hours?' }))).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await a.app.inject(json({ message: 'what are your opening hours?' }));
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when the same message_id reaches two instances at the same moment, then one case is opened and both answer the same reference', async () => {
    const embedded = createEmbeddedCompliance();
    let calls = 0;
    const slow: Compliance = {
      async openCase(request) {
        calls += 1;
        await sleep(100);
        return embedded.openCase(request);
      },
    };
    const [a, b] = [await build({}, { ports: { compliance: slow } }), await build({}, { ports: { compliance: slow } })];
    const payload = json({ message: 'I got a rash and my lips swell after the new pills', message_id: 'voice-two-instances' });
    const responses = await Promise.all([a, b, a, b].map((t) => t.app.inject(payload)));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(new Set(responses.map((r) => r.json().next_step.reference)).size).toBe(1);
    expect(calls).toBe(1);
    expect(embedded.list()).toHaveLength(1);

    const later = await b.app.inject(payload);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(later.json().next_step.reference).toBe(responses[0]!.json().next_step.reference);
  });

  it('when a result is stored, then Redis keeps it for IDEMPOTENCY_TTL_MS (24 h by default)', async () => {
    const t = await build();
    await t.app.inject(json({ message: 'please refill my atorvastatin', message_id: 'ttl-1' }));
    const keys = await inspect.keys('careroute:idem:result:*');
    expect(keys).toHaveLength(1);
    const ttl = await inspect.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(86_400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(86_400_000);
    expect(await inspect.keys('careroute:idem:lock:*')).toHaveLength(0); // released after the work
  });

  it('when Redis is killed mid-traffic and restarted, then every request is served, readiness follows, and each transition is logged once', async () => {
    const t = await build({ RATE_LIMIT_MAX: '1000' });
    expect((await t.app.inject(json({ message: 'refill my inhaler', message_id: 'before-kill' }))).statusCode).toBe(200);

    await redis.kill();
    await eventually(async () => (await redisCheck(t.app) as { redis: string }).redis === 'unavailable');
    const during = [];
    for (let i = 0; i < 6; i++) during.push(await t.app.inject(json({ message: `cancel my appointment number ${i}` })));
    const first = await t.app.inject(json({ message: 'please transfer my prescription', message_id: 'during-outage' }));
    const retry = await t.app.inject(json({ message: 'please transfer my prescription', message_id: 'during-outage' }));
    expect([...during, first, retry].map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    // This instance still deduplicates its own retries while Redis is away.
    expect(retry.json().next_step.reference).toBe(first.json().next_step.reference);
    expect(t.ticketing.list()).toHaveLength(1 + 6 + 1);
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
    expect(logCount(t, /redis unavailable/)).toBe(1);

    await redis.start();
    await eventually(async () => (await redisCheck(t.app) as { redis: string }).redis === 'ready');
    expect(logCount(t, /redis is back/)).toBe(1);
    const after = await t.app.inject(json({ message: 'refill my inhaler please', message_id: 'after-restart' }));
    expect(after.statusCode).toBe(200);
    expect(await inspect.keys('careroute:idem:result:*after-restart')).toHaveLength(1);
    expect(logCount(t, /redis unavailable/)).toBe(1);
  });

  it('when Redis is down at start, then the instance starts ready and serves, and says redis unavailable', async () => {
    await redis.kill();
    try {
      const t = await build({ RATE_LIMIT_MAX: '2' });
      expect(await redisCheck(t.app)).toEqual({ store: 'redis', redis: 'unavailable' });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await t.app.inject(json({ message: 'what are your hours?' }))).statusCode);
      expect(statuses).toEqual([200, 200, 200, 200]); // fail open: no limit rather than no service
      expect(logCount(t, /redis unavailable/)).toBe(1);
    } finally {
      await redis.start();
    }
  });
});
