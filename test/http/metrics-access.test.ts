import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.ts';
import { isLoopback } from '../../src/http/metrics-access.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const TOKEN = 'prom-Zq7vK2mW9xR4tL8pN3bY6c';
// Every spelling a client might try to reach the metrics route with (Fastify decodes %6D to m).
const SPELLINGS = ['/metrics', '/%6Detrics', '/%6detrics', '//metrics', '/metrics/', '/METRICS', '/Metrics', '/metrics?x=1', '/./metrics', '/api/../metrics'];
const FROM_OUTSIDE = { remoteAddress: '203.0.113.7' };

describe('/metrics access', () => {
  it.each(SPELLINGS)('when METRICS_TOKEN is set and %s is asked without it, then no metrics are served', async (url) => {
    t = await buildTestApp({ METRICS_TOKEN: TOKEN });
    const response = await t.app.inject({ method: 'GET', url, ...FROM_OUTSIDE });
    expect(response.statusCode).not.toBe(200);
    expect(response.body).not.toContain('careroute_');
    expect(response.json()).toHaveProperty('error');
  });

  it.each(SPELLINGS)('when no METRICS_TOKEN is set and %s is asked from another host, then no metrics are served', async (url) => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url, ...FROM_OUTSIDE });
    expect(response.statusCode).not.toBe(200);
    expect(response.body).not.toContain('careroute_');
  });

  it('when METRICS_TOKEN is set, then a wrong token is 401 in the error shape and the right one reads metrics from anywhere', async () => {
    t = await buildTestApp({ METRICS_TOKEN: TOKEN });
    const wrong = await t.app.inject({ method: 'GET', url: '/%6Detrics', headers: { authorization: `Bearer ${TOKEN}x` }, ...FROM_OUTSIDE });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'unauthorized' });
    const right = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` }, ...FROM_OUTSIDE });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('careroute_http_request_duration_seconds');
  });

  it('when /metrics is asked with HEAD from another host, then it is refused like GET', async () => {
    t = await buildTestApp({ METRICS_TOKEN: TOKEN });
    expect((await t.app.inject({ method: 'HEAD', url: '/metrics', ...FROM_OUTSIDE })).statusCode).toBe(401);
  });

  it('when METRICS_TOKEN is set, then even a loopback client must present it', async () => {
    t = await buildTestApp({ METRICS_TOKEN: TOKEN });
    expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(401);
  });

  it('when no METRICS_TOKEN is set, then a loopback scraper reads metrics, and a forged X-Forwarded-For does not make a remote one local', async () => {
    t = await buildTestApp({ TRUST_PROXY: '1' });
    expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    const forged = await t.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '127.0.0.1' }, ...FROM_OUTSIDE });
    expect(forged.statusCode).toBe(401);
  });

  it('when an address is judged, then only 127.0.0.0/8 and ::1 (also IPv4-mapped) are loopback', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1270::1', '128.0.0.1', '', undefined].map(isLoopback)).toEqual([false, false, false, false, false, false]);
  });

  it('when METRICS_TOKEN is weak, then the start stops', async () => {
    await expect(buildTestApp({ METRICS_TOKEN: 'metrics' })).rejects.toThrow('METRICS_TOKEN: must be at least 22 characters');
  });
});
