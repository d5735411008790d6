import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const STRICT =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';frame-ancestors 'none';base-uri 'none';form-action 'self'";
const KEY = 'chat-Zq7vK2mW9xR4tL8pN3bY6c';

describe('Content-Security-Policy', () => {
  it('when any API response is sent (success, error, probe, metrics, unknown route), then it carries the strict policy', async () => {
    t = await buildTestApp({ API_KEYS: `chat:${KEY}` });
    const responses = [
      await t.app.inject({ method: 'GET', url: '/api/v1/health' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/ready' }),
      await t.app.inject({ method: 'GET', url: '/metrics' }),
      await t.app.inject({ method: 'GET', url: '/openapi.json' }),
      await t.app.inject({ method: 'GET', url: '/no-such-route' }),
      await t.app.inject(json({ message: 'hours?' })),
      await t.app.inject({ ...json({ message: 'hours?' }), headers: { 'content-type': 'application/json', 'x-api-key': KEY } }),
      await t.app.inject({ ...json({ message: '' }), headers: { 'content-type': 'application/json', 'x-api-key': KEY } }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 404, 401, 200, 400]);
    for (const response of responses) expect(response.headers['content-security-policy']).toBe(STRICT);
  });

  it('when the Swagger UI is served, then its own policy is relaxed for it, never with unsafe-inline, and nothing may frame it', async () => {
    t = await buildTestApp();
    const page = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).not.toBe(STRICT);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
  });
});

describe('DOCS', () => {
  it('when DOCS is on (the default), then /docs, /docs/json and /openapi.json are public', async () => {
    t = await buildTestApp({ API_KEYS: `chat:${KEY}` });
    for (const url of ['/docs', '/docs/json', '/openapi.json']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBeLessThan(400);
    }
  });

  it('when DOCS=off, then /docs, /docs/json and /openapi.json are 404 in the error shape', async () => {
    t = await buildTestApp({ DOCS: 'off' });
    for (const url of ['/docs', '/docs/', '/docs/json', '/docs/static/index.html', '/openapi.json']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: 'not_found' });
    }
  });
});
