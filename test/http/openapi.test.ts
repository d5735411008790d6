import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

/** Validates a real response body against a component schema of the served OpenAPI document. */
function validatorFor(document: { components: { schemas: Record<string, unknown> } }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  return (name: string, body: unknown) => {
    const validate = ajv.getSchema(`#/components/schemas/${name}`)!;
    const ok = validate(body);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('OpenAPI document', () => {
  it('when /openapi.json is fetched, then it is OpenAPI 3.1 with every route of API.md', async () => {
    t = await buildTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/classify', '/api/v1/health', '/api/v1/ready', '/metrics']));
    expect(Object.keys(doc.paths['/api/v1/classify'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '413', '415', '429', '500', '503']));
  });

  it('when real responses of each category, error and probe are checked, then they match the document', async () => {
    t = await buildTestApp({ RATE_LIMIT_MAX: '5' });
    const check = validatorFor((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json());
    for (const message of ['what are your hours', 'please refill my lisinopril', 'I have a rash since the new pills', 'tell me about the moon']) {
      expect(check('ClassifyResponse', (await t.app.inject(json({ message, message_id: message.slice(0, 10) }))).json())).toEqual([]);
    }
    expect(check('Error', (await t.app.inject(json({ message: '' }))).json())).toEqual([]);
    expect(check('Error', (await t.app.inject({ method: 'GET', url: '/nope' })).json())).toEqual([]);
    expect(check('Health', (await t.app.inject({ method: 'GET', url: '/api/v1/health' })).json())).toEqual([]);
    expect(check('Ready', (await t.app.inject({ method: 'GET', url: '/api/v1/ready' })).json())).toEqual([]);
  });

  it('when a request body breaks the documented schema, then the service rejects it too', async () => {
    t = await buildTestApp();
    const check = validatorFor((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json());
    const bad = { message: 'hi', extra: 1 };
    expect(check('ClassifyRequest', bad)).not.toEqual([]);
    expect((await t.app.inject(json(bad))).statusCode).toBe(400);
  });

  it('when /docs is opened, then an interactive page is served', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
