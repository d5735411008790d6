import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/http/schemas.ts';
import { SECURITY_HEADERS } from '../../src/http/security-headers.ts';
import { buildTestApp, json } from '../support/app.ts';
import { fuzzRequest, seededRandom } from '../support/http-fuzz.ts';
import { sendRaw, type RawResponse } from '../support/raw-http.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

/** Answers written before a route runs are only seen on a real socket: inject bypasses Node's parser. */
async function listening(env: Record<string, string> = {}) {
  t = await buildTestApp({ SHED_MAX_EVENT_LOOP_DELAY_MS: '0', SHED_MAX_HEAP_USED_PERCENT: '0', LOG_LEVEL: 'warn', ...env });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as AddressInfo).port;
}

function expectErrorShape(response: RawResponse | undefined, status: number, code: string) {
  expect(response?.status).toBe(status);
  const body = ErrorBodySchema.parse(JSON.parse(response!.body));
  expect(body.error).toBe(code);
  expect(response!.headers['x-request-id']).toBe(body.request_id);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response!.headers[name], name).toBe(value);
  return body;
}

const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;
const post = (headers: string, body: string) => `POST /api/v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headers}\r\n${body}`;

describe('answers written before a route sees the request', () => {
  it.each([['/api/v1/classify/%zz'], ['/api/v1/classify%ff']])('when the path %s has invalid percent-encoding, then 400 invalid_request in the error shape with a request id and the security headers', async (path) => {
    const port = await listening();
    const body = expectErrorShape(await sendRaw(port, `${get(path)}`.replace('GET', 'POST')), 400, 'invalid_request');
    expect(body.message).toBe(`path: ${path} is not valid percent-encoding`);
  });

  it.each([
    ['two Content-Length headers', post('Content-Length: 2\r\nContent-Length: 3\r\n', '{}')],
    ['a negative Content-Length', post('Content-Length: -1\r\n', '{}')],
    ['a non-numeric Content-Length', post('Content-Length: abc\r\n', '{}')],
    ['Transfer-Encoding with Content-Length', post('Transfer-Encoding: chunked\r\nContent-Length: 5\r\n', '2\r\n{}\r\n0\r\n\r\n')],
    ['a bad chunked body', post('Transfer-Encoding: chunked\r\n', 'zz\r\n{}\r\n0\r\n\r\n')],
    ['NUL in a header value', get('/api/v1/health', 'X-Fuzz: a\u0000b\r\n')],
    ['DEL in a header value', get('/api/v1/health', 'X-Fuzz: a\u007fb\r\n')],
    ['an unknown method', 'FOO /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('when the request has %s, then 400 invalid_request in the error shape and the connection closes', async (_case, request) => {
    const port = await listening();
    const response = await sendRaw(port, request);
    expectErrorShape(response, 400, 'invalid_request');
    expect(response!.headers.connection).toBe('close');
  });

  it('when the headers are larger than Node allows, then 431 header_fields_too_large in the error shape', async () => {
    const port = await listening();
    const response = await sendRaw(port, get('/api/v1/health', `X-Big: ${'a'.repeat(20_000)}\r\n`));
    expectErrorShape(response, 431, 'header_fields_too_large');
  });

  it('when Expect is anything but 100-continue, then 417 expectation_failed in the error shape', async () => {
    const port = await listening();
    const response = await sendRaw(port, get('/api/v1/health', 'Expect: foo\r\nX-Request-Id: expect-1\r\n'));
    const body = expectErrorShape(response, 417, 'expectation_failed');
    expect(body.request_id).toBe('expect-1');
  });

  it('when an edge answer and a routed answer are compared, then they carry the same security headers (a helmet change must be made in both)', async () => {
    const port = await listening();
    const routed = await sendRaw(port, get('/no-such-route'));
    const edge = await sendRaw(port, get('/%zz'));
    const perResponse = /^(content-|date$|connection$|keep-alive$|x-request-id$|ratelimit|retry-after$|vary$|access-control)/;
    const security = (r: RawResponse | undefined) => Object.fromEntries(Object.entries(r!.headers).filter(([name]) => !perResponse.test(name)));
    expect(routed?.status).toBe(404);
    expect(security(edge)).toEqual(security(routed));
  });
});

describe('a seeded HTTP fuzz run on loopback', () => {
  it('when 300 hostile requests arrive, then none is answered 5xx, every JSON error has the error shape and the server stays up', async () => {
    const port = await listening();
    const random = seededRandom(16_2026);
    const requests = Array.from({ length: 300 }, () => fuzzRequest(random));
    const answers: Array<{ request: string; response: RawResponse | undefined }> = [];
    for (let i = 0; i < requests.length; i += 10) {
      const batch = requests.slice(i, i + 10);
      const responses = await Promise.all(batch.map(({ bytes, head }) => sendRaw(port, bytes, { head })));
      responses.forEach((response, j) => answers.push({ request: batch[j]!.bytes.toString('latin1').slice(0, 300), response }));
    }
    const problems: string[] = [];
    for (const { request, response } of answers) {
      if (!response) continue; // the server may close a connection it cannot parse; it must not crash
      if (response.status >= 500) problems.push(`${response.status} for ${JSON.stringify(request)}`);
      if (Object.keys(response.headers).some((name) => name.startsWith('x-injected'))) problems.push(`injected header for ${JSON.stringify(request)}`);
      if (response.status < 400 || !/json/.test(response.headers['content-type'] ?? '') || response.body === '') continue;
      const shape = ErrorBodySchema.safeParse(JSON.parse(response.body));
      if (!shape.success) problems.push(`not the error shape (${response.status} ${response.body.slice(0, 120)}) for ${JSON.stringify(request)}`);
      else if (response.headers['x-request-id'] !== shape.data.request_id) problems.push(`request id differs for ${JSON.stringify(request)}`);
    }
    expect(problems).toEqual([]);
    expect(answers.filter((a) => a.response).length).toBeGreaterThan(250);
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
  }, 60_000);
});

describe('paths and locales at the edge', () => {
  it.each([['/docs/static/../../package.json'], ['/docs/static/%2e%2e/%2e%2e/package.json'], ['/docs/static/..%2f..%2fpackage.json']])(
    'when %s climbs out of the documentation, then 404 not_found in the error shape',
    async (path) => {
      const port = await listening();
      expectErrorShape(await sendRaw(port, get(path)), 404, 'not_found');
    },
  );

  it('when the locale is the private-use tag x-klingon (valid BCP 47), then the message is classified', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: 'what time do you close on sunday?', locale: 'x-klingon' }));
    expect(response.statusCode).toBe(200);
  });
});

describe('private-use locales that are not BCP 47', () => {
  it.each([['x-'], ['x-waytoolongsubtag']])('when the locale is %s, then 400 names the locale', async (locale) => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: 'hello', locale }));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('locale: must be a BCP 47 language tag such as en-US');
  });
});
