import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const classify = (app: TestApp['app']) => app.inject(json({ message: 'what are your opening hours?' }));

/** under-pressure samples every 500 ms: poll until the expected answer shows, or give up. */
async function eventuallyStatus(app: TestApp['app'], status: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await classify(app);
    if (response.statusCode === status || Date.now() > deadline) return response;
    await sleep(50);
  }
}

/** Keeps the event loop busy in long slices for `ms`, yielding between them like an overloaded process. */
async function starveEventLoop(ms: number, sliceMs = 100) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const sliceEnd = Date.now() + sliceMs;
    while (Date.now() < sliceEnd) {
      // busy on purpose
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The event-loop threshold is well above what a loaded machine's scheduling adds (tens of ms) and well
// below the stalls the tests make (300 ms slices, one 1,200 ms stall), so other jobs cannot decide the outcome.
const LOOP_DELAY_LIMIT_MS = '150';

describe('load shedding (@fastify/under-pressure)', () => {
  it('when the heap passes its threshold, then classify answers 503 unavailable with Retry-After in the error shape', async () => {
    t = await buildTestApp({ SHED_MAX_HEAP_USED_PERCENT: '0.001' });
    const response = await eventuallyStatus(t.app, 503);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.headers['content-type']).toMatch(/application\/json/);
    const body = response.json();
    expect(body).toEqual({ error: 'unavailable', message: expect.stringMatching(/overloaded/), request_id: expect.any(String), details: {} });
  });

  it('when classify is being shed, then liveness, readiness and metrics still answer 200', async () => {
    t = await buildTestApp({ SHED_MAX_HEAP_USED_PERCENT: '0.001' });
    expect((await eventuallyStatus(t.app, 503)).statusCode).toBe(503);
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });

  it('when many requests are shed in a row, then the warning is logged once, not per request', async () => {
    t = await buildTestApp({ SHED_MAX_HEAP_USED_PERCENT: '0.001' });
    expect((await eventuallyStatus(t.app, 503)).statusCode).toBe(503);
    for (let i = 0; i < 5; i++) expect((await classify(t.app)).statusCode).toBe(503);
    const warnings = t.logs.records().filter((r) => /shedding classify/.test(String(r.msg)));
    expect(warnings).toHaveLength(1);
  });

  it('when the event loop stays starved, then classify is shed while health answers, and once it recovers classify is served again', async () => {
    t = await buildTestApp({ SHED_MAX_EVENT_LOOP_DELAY_MS: LOOP_DELAY_LIMIT_MS, SHED_MAX_HEAP_USED_PERCENT: '0' });
    expect((await classify(t.app)).statusCode).toBe(200);
    let starving = true;
    const starvation = starveEventLoop(3000, 300).finally(() => (starving = false));
    const statuses: number[] = [];
    const health: number[] = [];
    while (starving) {
      statuses.push((await classify(t.app)).statusCode);
      health.push((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
      await sleep(20); // a steady trickle of traffic, leaving the starving slices their turn
    }
    await starvation;
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(health.every((s) => s === 200)).toBe(true);
    expect((await eventuallyStatus(t.app, 200)).statusCode).toBe(200);
  });

  it('when the last sample saw one long stall that is over (start-up work, a GC pause), then the next requests are still served', async () => {
    t = await buildTestApp({ SHED_MAX_EVENT_LOOP_DELAY_MS: LOOP_DELAY_LIMIT_MS, SHED_MAX_HEAP_USED_PERCENT: '0' });
    await starveEventLoop(1200, 1200);
    await sleep(20); // let the sampler record the stall
    const after = [];
    for (let i = 0; i < 3; i++) after.push((await classify(t.app)).statusCode);
    expect(after).toEqual([200, 200, 200]);
  });

  it('when both thresholds are 0, then nothing is shed', async () => {
    t = await buildTestApp({ SHED_MAX_EVENT_LOOP_DELAY_MS: '0', SHED_MAX_HEAP_USED_PERCENT: '0' });
    await starveEventLoop(700);
    expect((await classify(t.app)).statusCode).toBe(200);
  });
});
