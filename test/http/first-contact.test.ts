import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('GET /', () => {
  it('when there is no console, then / redirects (302) to /docs', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '1', CONSOLE: 'off' });
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/docs');
    }
  });

  it('when the console is served, then / redirects (302) to /console', async () => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', CONSOLE: 'on' }) });
    try {
      const response = await app.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/console');
    } finally {
      await app.close();
    }
  });
});

describe('the documentation and the rate limit', () => {
  it('when a person loads /docs, its assets and /openapi.json many times, then none of it is limited and the classify budget is untouched', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '2' });
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    const assets = [...page.body.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css|png))"/g)].map((m) => `/docs/${m[1]!.replace(/^docs\//, '')}`);
    expect(assets.length).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      for (const url of ['/docs', '/docs/', '/openapi.json', '/docs/json', ...assets]) {
        const response = await t.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBeLessThan(400);
      }
    }
    const classify = await t.app.inject(json({ message: 'what are your hours' }));
    expect(classify.statusCode).toBe(200);
    expect(classify.headers['ratelimit-remaining']).toBe('1');
  });
});

describe('the OpenAPI examples', () => {
  it('when the request examples are read, then they are real messages the service accepts, and message_id says it must be unique', async () => {
    t = await buildTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(doc.components.schemas.ClassifyRequest);
    const examples = Object.values(doc.paths['/api/v1/classify'].post.requestBody.content['application/json'].examples as Record<string, { value: Record<string, unknown> }>).map((e) => e.value);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const ids = examples.map((e) => e['message_id']).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const example of examples) {
      expect(validate(example)).toBe(true);
      expect(Object.values(example)).not.toContain('string');
      expect((await t.app.inject(json(example))).statusCode).toBe(200);
    }
    expect(doc.components.schemas.ClassifyRequest.properties.message_id.description).toMatch(/unique/);
    expect(doc.components.schemas.ClassifyRequest.properties.message_id.examples).not.toContain('string');
  });

  it('when the first example is tried, edited and tried again, then both are answered (it carries no message_id to collide)', async () => {
    t = await buildTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const first = Object.values(doc.paths['/api/v1/classify'].post.requestBody.content['application/json'].examples as Record<string, { value: Record<string, unknown> }>)[0]!.value;
    expect((await t.app.inject(json(first))).statusCode).toBe(200);
    expect((await t.app.inject(json({ ...first, message: 'please refill my inhaler' }))).statusCode).toBe(200);
  });
});
