import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const CHAT_KEY = 'chat-widget-key-0123456789';
const IVR_KEY = 'ivr-key-7Tq2Lm9Xw4Rz8Kp3';
const digest = createHash('sha256').update(IVR_KEY).digest('hex');
const KEYS = { API_KEYS: `chat:${CHAT_KEY},ivr:sha256:${digest}` };

function withHeaders(payload: ReturnType<typeof json>, headers: Record<string, string>) {
  return { ...payload, headers: { ...payload.headers, ...headers } };
}

describe('API keys', () => {
  it('when keys are configured and none is given, then 401 in the error shape', async () => {
    t = await buildTestApp(KEYS);
    const response = await t.app.inject(json({ message: 'hours?' }));
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthorized' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="careroute"');
  });

  it('when a wrong key is given, then 401', async () => {
    t = await buildTestApp(KEYS);
    const response = await t.app.inject(withHeaders(json({ message: 'hours?' }), { authorization: 'Bearer wrong-key-000000000000' }));
    expect(response.statusCode).toBe(401);
  });

  it('when a plain key is given as Bearer, or a hashed one as X-API-Key, then the request is served', async () => {
    t = await buildTestApp(KEYS);
    expect((await t.app.inject(withHeaders(json({ message: 'hours?' }), { authorization: `Bearer ${CHAT_KEY}` }))).statusCode).toBe(200);
    expect((await t.app.inject(withHeaders(json({ message: 'hours?' }), { 'x-api-key': IVR_KEY }))).statusCode).toBe(200);
  });

  it('when keys are configured, then probes, /metrics and docs need none', async () => {
    t = await buildTestApp(KEYS);
    for (const url of ['/api/v1/health', '/api/v1/ready', '/metrics', '/openapi.json']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    }
  });
});

describe('key guessing', () => {
  it('when one address tries wrong keys past RATE_LIMIT_MAX, then the limiter answers 429 before authentication runs', async () => {
    t = await buildTestApp({ ...KEYS, RATE_LIMIT_MAX: '2' });
    const guess = (i: number) => t!.app.inject({ ...withHeaders(json({ message: 'hours?' }), { authorization: `Bearer guess-${i}-Zq7vK2mW9xR4tL8p` }), remoteAddress: '203.0.113.7' });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await guess(i)).statusCode);
    expect(codes).toEqual([401, 401, 429, 429]);
    // Another address is not held back by the first one's guesses.
    const other = await t.app.inject({ ...withHeaders(json({ message: 'hours?' }), { authorization: `Bearer ${CHAT_KEY}` }), remoteAddress: '198.51.100.9' });
    expect(other.statusCode).toBe(200);
  });

  it('when authentication fails, then /metrics counts it by reason and the log line names the client address', async () => {
    t = await buildTestApp(KEYS);
    await t.app.inject({ ...json({ message: 'hours?' }), remoteAddress: '203.0.113.7' });
    await t.app.inject({ ...withHeaders(json({ message: 'hours?' }), { 'x-api-key': 'wrong-Zq7vK2mW9xR4tL8pN3' }), remoteAddress: '203.0.113.8' });
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/careroute_auth_failures_total\{reason="missing_key"\} 1/);
    expect(metrics).toMatch(/careroute_auth_failures_total\{reason="invalid_key"\} 1/);
    const refused = t.logs.records().filter((r) => r.msg === 'request completed' && r.status === 401);
    expect(refused.map((r) => [r.auth_failure, r.client_address])).toEqual([
      ['missing_key', '203.0.113.7'],
      ['invalid_key', '203.0.113.8'],
    ]);
    expect(t.logs.lines.join('\n')).not.toContain('wrong-Zq7vK2mW9xR4tL8pN3');
  });

  it('when a route under /api/v1/classify is declared after the app is built, then it needs a key too', async () => {
    const { buildApp } = await import('../../src/app.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const app = await buildApp({ config: loadConfig({ ...KEYS, LOG_LEVEL: 'silent' }), classifiers: { primary: null } });
    app.post('/api/v1/classify/other', async () => ({ ok: true }));
    try {
      expect((await app.inject({ method: 'POST', url: '/api/v1/classify/other' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'POST', url: '/api/v1/classify/other', headers: { 'x-api-key': CHAT_KEY } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('rate limiting', () => {
  it('when a client goes over RATE_LIMIT_MAX, then 429 with Retry-After and RateLimit headers', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' });
    expect((await t.app.inject(json({ message: 'hours?' }))).statusCode).toBe(200);
    const second = await t.app.inject(json({ message: 'hours?' }));
    expect(second.headers['ratelimit-remaining']).toBe('0');
    const third = await t.app.inject(json({ message: 'hours?' }));
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(third.headers['ratelimit-limit']).toBe('2');
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/careroute_rate_limited_total 1/);
  });

  it('when two clients use different keys, then each has its own limit', async () => {
    t = await buildTestApp({ ...KEYS, RATE_LIMIT_MAX: '1' });
    const chat = withHeaders(json({ message: 'hours?' }), { authorization: `Bearer ${CHAT_KEY}` });
    const ivr = withHeaders(json({ message: 'hours?' }), { 'x-api-key': IVR_KEY });
    expect((await t.app.inject(chat)).statusCode).toBe(200);
    expect((await t.app.inject(ivr)).statusCode).toBe(200);
    expect((await t.app.inject(chat)).statusCode).toBe(429);
  });

  it('when RATE_LIMIT_MAX is 0, then limiting is off', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '0' });
    for (let i = 0; i < 5; i++) expect((await t.app.inject(json({ message: 'hours?' }))).statusCode).toBe(200);
  });

  it('when someone probes unknown routes, then 404s are rate limited too', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '2' });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await t.app.inject({ method: 'GET', url: `/guess-${i}` })).statusCode);
    expect(codes).toEqual([404, 404, 429, 429]);
  });
});
