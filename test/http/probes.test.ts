import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('probes', () => {
  it('when the process is up, then health answers 200 ok', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('when started, then ready answers 200 with checks', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      checks: { lifecycle: 'ok', classifier: { primary: 'local', breaker: 'none' }, idempotency: { store: 'memory' } },
    });
  });

  it('when draining, then ready answers 503 not_ready at once while health stays 200', async () => {
    t = await buildTestApp();
    t.app.careroute.lifecycle.draining = true;
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'not_ready', checks: { lifecycle: 'draining' } });
    expect(ready.headers['retry-after']).toBe('5');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });

  it('when rate limiting is tight, then probes and /metrics are exempt', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '1' });
    for (let i = 0; i < 5; i++) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    }
  });
});
