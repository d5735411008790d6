import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/http/schemas.ts';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

function expectError(response: { statusCode: number; json: () => unknown; headers: Record<string, unknown> }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = ErrorBodySchema.parse(response.json());
  expect(body.error).toBe(code);
  expect(body.request_id).toBe(response.headers['x-request-id']);
  return body;
}

describe('POST /api/v1/classify with bad input', () => {
  it.each([
    ['an empty message', { message: '' }, 'message: must not be empty'],
    ['a blank message', { message: '   \n\t ' }, 'message: must not be empty'],
    ['no message', { channel: 'chat' }, 'message: is required'],
    ['a message of control and invisible characters only', { message: '\u0000\u200b\u0007' }, 'message: must not be empty'],
    ['a message that is not a string', { message: 42 }, 'message: must be a string'],
    ['5,001 characters', { message: 'a'.repeat(5001) }, 'message: must be at most 5000 characters'],
    ['an unknown channel', { message: 'hi', channel: 'sms' }, 'channel: must be one of chat, voice, mail, api'],
    ['an unknown field', { message: 'hi', priority: 'high' }, 'priority: unknown field'],
    ['nested metadata', { message: 'hi', metadata: { a: { b: 1 } } }, 'metadata.a: values must be a string, number or boolean'],
    ['metadata that is a list', { message: 'hi', metadata: [1] }, 'metadata: must be an object'],
    ['an invalid locale', { message: 'hi', locale: 'not a locale!' }, 'locale: must be a BCP 47 language tag such as en-US'],
    ['an empty message_id', { message: 'hi', message_id: '' }, 'message_id: must not be empty'],
    ['a 129-character customer_id', { message: 'hi', customer_id: 'c'.repeat(129) }, 'customer_id: must be at most 128 characters'],
  ])('when the body has %s, then 400 names the field', async (_case, payload, message) => {
    t = await buildTestApp();
    const body = expectError(await t.app.inject(json(payload)), 400, 'invalid_request');
    expect(body.message).toBe(message);
  });

  it('when metadata has 33 keys, then 400 says the limit', async () => {
    t = await buildTestApp();
    const metadata = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, i]));
    const body = expectError(await t.app.inject(json({ message: 'hi', metadata })), 400, 'invalid_request');
    expect(body.message).toBe('metadata: must have at most 32 keys');
  });

  it('when the message is exactly 5,000 emoji (10,000 UTF-16 units), then it is accepted', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: '😀'.repeat(5000) }));
    expect(response.statusCode).toBe(200);
  });

  it('when the body is an array, then 400', async () => {
    t = await buildTestApp();
    const body = expectError(await t.app.inject(json([{ message: 'hi' }])), 400, 'invalid_request');
    expect(body.message).toBe('body: must be a JSON object');
  });

  it('when the body is JSON null, then 400 says it must be an object', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: 'null' });
    expect(expectError(response, 400, 'invalid_request').message).toBe('body: must be a JSON object');
  });

  it('when the body is not JSON, then 400 says so', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: '{"message": "hi",' });
    expect(expectError(response, 400, 'invalid_request').message).toBe('body: is not valid JSON');
  });

  it('when the body is empty, then 400', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: '' });
    expectError(response, 400, 'invalid_request');
  });

  it('when the body is not valid UTF-8, then 400 and the text is not silently altered', async () => {
    t = await buildTestApp();
    const payload = Buffer.concat([Buffer.from('{"message":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload });
    expect(expectError(response, 400, 'invalid_request').message).toBe('body: is not valid UTF-8');
  });

  it('when the content type is text/plain, then 415', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('when there is no content type, then 415', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', payload: '{"message":"hi"}', headers: { 'content-type': '' } });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('when the JSON declares a non-UTF-8 charset, then 415', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json; charset=latin1' }, payload: '{"message":"hi"}' });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('when the body is 2 MB, then 413 and the service keeps serving', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: 'x'.repeat(2 * 1024 * 1024) }));
    expectError(response, 413, 'payload_too_large');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect((await t.app.inject(json({ message: 'what are your hours?' }))).statusCode).toBe(200);
  });

  it('when the JSON tries prototype poisoning, then 400', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: '{"message":"hi","__proto__":{"admin":true}}' });
    expectError(response, 400, 'invalid_request');
  });

  it('when Idempotency-Key and message_id disagree, then 400', async () => {
    t = await buildTestApp();
    const request = json({ message: 'hi', message_id: 'a-1' });
    const response = await t.app.inject({ ...request, headers: { ...request.headers, 'idempotency-key': 'b-2' } });
    expect(expectError(response, 400, 'invalid_request').message).toMatch(/Idempotency-Key/);
  });
});

describe('routes and methods', () => {
  it('when the route is unknown, then 404 in the error shape', async () => {
    t = await buildTestApp();
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/nope' }), 404, 'not_found');
  });

  it('when GET is used on the classify route, then 404 in the error shape', async () => {
    t = await buildTestApp();
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/classify' }), 404, 'not_found');
  });
});
