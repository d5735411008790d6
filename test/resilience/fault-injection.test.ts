import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';
import { createKeywordClassifier } from '../support/fakes.ts';
import { closedPort } from '../support/http-server.ts';
import { startOpenAiStub, type OpenAiStub, type StubBehavior } from '../support/openai-stub.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
const LLM_TIMEOUT_MS = 300;

let stub: OpenAiStub;
let t: TestApp | undefined;
beforeEach(async () => {
  stub = await startOpenAiStub();
});
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  await stub.close();
});

/** The real OpenAI provider against the loopback stub, the keyword fake as the local fallback. */
async function appAgainst(baseUrl: string, env: Record<string, string> = {}) {
  t = await buildTestApp(
    {
      OPENAI_API_KEY: 'sk-test-stub',
      OPENAI_BASE_URL: baseUrl,
      LLM_TIMEOUT_MS: String(LLM_TIMEOUT_MS),
      LLM_MAX_RETRIES: '1',
      BREAKER_VOLUME_THRESHOLD: '1000',
      ...env,
    },
    { classifiers: { fallback: createKeywordClassifier() } },
  );
  return t;
}

const classify = (app: TestApp['app'], n = 0) => app.inject(json({ message: `please refill my lisinopril, order ${n}` }));

async function breakerOf(app: TestApp['app']): Promise<{ status: number; body: { status: string; checks: { classifier: { breaker: string } } } }> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/ready' });
  return { status: response.statusCode, body: response.json() };
}

describe('fault injection: the upstream LLM misbehaves, the service still answers', () => {
  const faults: Array<[string, StubBehavior, string]> = [
    ['answers 500', { kind: 'status', status: 500 }, 'server_error'],
    ['answers 429 with a Retry-After beyond the budget', { kind: 'status', status: 429, headers: { 'retry-after': '30' } }, 'rate_limited'],
    ['hangs', { kind: 'hang' }, 'timeout'],
    ['answers slower than LLM_TIMEOUT_MS', { kind: 'answer', delayMs: LLM_TIMEOUT_MS * 3 }, 'timeout'],
    ['answers garbage instead of JSON', { kind: 'garbage' }, 'invalid_output'],
    ['refuses', { kind: 'refusal' }, 'refusal'],
    ['stops mid-answer', { kind: 'truncated' }, 'truncated'],
    ['drops the connection', { kind: 'destroy' }, 'connection'],
  ];

  it.each(faults)('when the upstream %s, then 200 from the local classifier with classifier.fallback true', async (_name, behavior, reason) => {
    stub.setBehavior(behavior);
    // No retry: with one, a loaded machine could spend the 300 ms budget on the retry's back-off and
    // report 'timeout' instead of the fault itself (the retries have their own tests below).
    const app = (await appAgainst(stub.url, { LLM_MAX_RETRIES: '0' })).app;
    const response = await classify(app);
    expect(response.statusCode).toBe(200);
    expect(response.json().classifier).toMatchObject({ provider: 'local', fallback: true, fallback_reason: reason });
    expect(stub.calls).toBeGreaterThan(0);
  });

  it('when nothing listens at the upstream address, then 200 with classifier.fallback true', async () => {
    const app = (await appAgainst(`${await closedPort()}/v1`)).app;
    const response = await classify(app);
    expect(response.statusCode).toBe(200);
    expect(response.json().classifier).toMatchObject({ provider: 'local', fallback: true, fallback_reason: 'connection' });
  });

  it('when the upstream answers 429 with a short Retry-After once, then the retry is honoured and the LLM answers', async () => {
    stub.setBehavior((_request, n) => (n === 1 ? { kind: 'status', status: 429, headers: { 'retry-after-ms': '50' } } : { kind: 'answer' }));
    const app = (await appAgainst(stub.url)).app;
    const response = await classify(app);
    expect(response.statusCode).toBe(200);
    expect(response.json().classifier).toMatchObject({ provider: 'openai', fallback: false });
    expect(stub.calls).toBe(2);
  });

  it('when many requests meet a hanging upstream at once, then every one is answered 200 and none is 5xx', async () => {
    stub.setBehavior({ kind: 'hang' });
    const app = (await appAgainst(stub.url, { LLM_MAX_CONCURRENCY: '3' })).app;
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => classify(app, i)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(responses.every((r) => r.json().classifier.fallback === true)).toBe(true);
    // The concurrency bound held: at most 3 calls reached the upstream (fewer when the deadline ends one before it
    // connects, on a loaded machine), the rest fell back at once.
    expect(stub.calls).toBeGreaterThan(0);
    expect(stub.calls).toBeLessThanOrEqual(3);
    expect(responses.filter((r) => r.json().classifier.fallback_reason === 'overloaded')).toHaveLength(7);
  });
});

describe('fault injection: the circuit breaker', () => {
  const breakerEnv = { BREAKER_VOLUME_THRESHOLD: '3', BREAKER_ERROR_THRESHOLD_PERCENT: '50', LLM_MAX_RETRIES: '0' };

  it('when failures reach the threshold, then the breaker opens, the stub stops receiving calls, and the instance stays ready', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    const app = (await appAgainst(stub.url, breakerEnv)).app;
    for (let i = 0; i < 3; i++) expect((await classify(app, i)).statusCode).toBe(200);
    const callsWhenOpened = stub.calls;
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await classify(app, 10 + i));
    expect(after.map((r) => r.statusCode)).toEqual(Array(5).fill(200));
    expect(after.every((r) => r.json().classifier.fallback_reason === 'breaker_open')).toBe(true);
    expect(stub.calls).toBe(callsWhenOpened);
    const ready = await breakerOf(app);
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    expect(ready.body.checks.classifier.breaker).toBe('open');
  });

  it('when the reset timeout passes and the upstream is back, then a half-open trial closes the breaker by itself', async () => {
    stub.setBehavior({ kind: 'status', status: 503 });
    const app = (await appAgainst(stub.url, { ...breakerEnv, BREAKER_RESET_TIMEOUT_MS: '200' })).app;
    for (let i = 0; i < 3; i++) await classify(app, i);
    expect((await breakerOf(app)).body.checks.classifier.breaker).toBe('open');

    stub.setBehavior({ kind: 'answer' });
    await sleep(300);
    const trial = await classify(app, 99);
    expect(trial.statusCode).toBe(200);
    expect(trial.json().classifier).toMatchObject({ provider: 'openai', fallback: false });
    expect((await breakerOf(app)).body.checks.classifier.breaker).toBe('closed');
  });

  it('when the upstream hangs, then answers end at the LLM deadline until the breaker opens, and skip the upstream after', async () => {
    stub.setBehavior({ kind: 'hang' });
    const app = (await appAgainst(stub.url, breakerEnv)).app;
    // Outcomes, not times: each of the first calls ends by the LLM deadline (reason timeout), then the open
    // breaker answers without calling the upstream at all (reason breaker_open, the call count stays).
    for (let i = 0; i < 3; i++) {
      const response = await classify(app, i);
      expect(response.statusCode).toBe(200);
      expect(response.json().classifier.fallback_reason).toBe('timeout');
    }
    expect((await breakerOf(app)).body.checks.classifier.breaker).toBe('open');
    // At most 3 calls reached the upstream (a deadline can end one before it connects on a loaded machine); none after.
    const callsWhenOpened = stub.calls;
    expect(callsWhenOpened).toBeLessThanOrEqual(3);
    for (let i = 0; i < 5; i++) {
      const response = await classify(app, 10 + i);
      expect(response.statusCode).toBe(200);
      expect(response.json().classifier.fallback_reason).toBe('breaker_open');
    }
    expect(stub.calls).toBe(callsWhenOpened);
  });
});
