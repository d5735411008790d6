import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { accessNotices } from '../../src/startup-notices.ts';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const KEY = 'chat-Zq7vK2mW9xR4tL8pN3bY6c';

describe('authentication fails closed', () => {
  it.each([' ', '   ', '\t', ' \n '])('when API_KEYS is only whitespace (%j), then the start stops instead of serving everyone', (blank) => {
    expect(() => loadConfig({ API_KEYS: blank })).toThrow('invalid configuration: API_KEYS: is blank (only whitespace)');
  });

  it('when API_KEYS is only separators, then the start stops', () => {
    expect(() => loadConfig({ API_KEYS: ' , ' })).toThrow('API_KEYS: entry 1 is empty');
  });

  it('when REQUIRE_API_KEYS=true and no API_KEYS are set (unset or empty), then the start stops', () => {
    expect(() => loadConfig({ REQUIRE_API_KEYS: 'true' })).toThrow('REQUIRE_API_KEYS: is true but API_KEYS is not set');
    expect(() => loadConfig({ REQUIRE_API_KEYS: 'true', API_KEYS: '' })).toThrow('REQUIRE_API_KEYS');
    expect(loadConfig({ REQUIRE_API_KEYS: 'true', API_KEYS: `chat:${KEY}` }).REQUIRE_API_KEYS).toBe(true);
  });

  it('when no API keys are configured, then the start-up notice says plainly that the service is open', () => {
    const open = accessNotices(loadConfig({}));
    expect(open[0]).toMatchObject({ level: 'warn', message: expect.stringMatching(/^THE SERVICE IS OPEN: API_KEYS is not set/) });
    const closed = accessNotices(loadConfig({ API_KEYS: `chat:${KEY}` }));
    expect(closed.some((n) => n.level === 'warn')).toBe(false);
  });
});

describe('anonymous callers', () => {
  const from = (remoteAddress: string, message: string, message_id = 'web-1') => ({ ...json({ message, message_id }), remoteAddress });

  it('when two anonymous callers at different addresses use the same message_id, then each gets its own answer and neither sees the other', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(from('203.0.113.7', 'please refill my atorvastatin'));
    const second = await t.app.inject(from('198.51.100.9', 'please cancel my delivery'));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.json().next_step.reference).not.toBe(first.json().next_step.reference);
    expect(t.ticketing.list()).toHaveLength(2);
  });

  it('when the same anonymous address reuses a message_id for another message, then it is still a conflict, and a retry is a replay', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(from('203.0.113.7', 'please refill my atorvastatin'));
    const retry = await t.app.inject(from('203.0.113.7', 'please refill my atorvastatin'));
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().next_step.reference).toBe(first.json().next_step.reference);
    expect((await t.app.inject(from('203.0.113.7', 'please cancel my delivery'))).statusCode).toBe(400);
  });
});

describe('TRUST_PROXY', () => {
  it.each(['true', 'TRUE', 'yes'])('when TRUST_PROXY is %s, then the start stops and points to a hop count or CIDRs', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: true would trust the left-most X-Forwarded-For.*number of proxies.*CIDRs/);
  });

  it('when TRUST_PROXY is a hop count of 1, then the client address is the one the proxy saw, not one the client wrote', async () => {
    t = await buildTestApp({ TRUST_PROXY: '1', API_KEYS: `chat:${KEY}` });
    await t.app.inject({ ...json({ message: 'hours?' }), headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1, 198.51.100.9' }, remoteAddress: '10.40.0.12' });
    const refused = t.logs.records().find((r) => r.msg === 'request completed' && r.status === 401);
    expect(refused?.client_address).toBe('198.51.100.9');
  });
});
