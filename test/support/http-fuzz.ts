/**
 * Seeded generator of hostile HTTP/1.1 requests as raw bytes: odd methods, bad percent-encoding,
 * duplicate/negative/non-numeric Content-Length, Transfer-Encoding with Content-Length, bad chunking,
 * NUL/DEL in headers, odd unicode and bytes that are not UTF-8, bodies of the wrong types.
 * The same seed gives the same requests, so a failure can be replayed.
 */

/** mulberry32: a small seeded PRNG; good enough to pick cases, never for anything secret. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, chance: (p: number) => next() < p };
}

const METHODS = ['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'FOO', 'get', 'P0ST', 'GET\u0000', 'M-SEARCH', 'PROPFIND'];
const PATHS = [
  '/api/v1/classify', '/api/v1/classify', '/api/v1/classify', '/api/v1/classify/%zz', '/api/v1/classify%ff',
  '/api/v1/classify?x=%zz', '/api/v1/classify/', '//api/v1/classify', '/api/v1/health', '/api/v1/ready',
  '/openapi.json', '/docs', '/docs/', '/docs/static/../../package.json', '/docs/static/%2e%2e/%2e%2e/package.json',
  '/docs/static/..%2f..%2fpackage.json', '/metrics', '/', '/%', '/%00', '/%c0%af', '/\u00fc\u00f1\u00ee', '/\u65e5\u672c',
  '/api/v1/' + 'a'.repeat(3000), '*', 'http://evil.example/api/v1/classify', '/api/v1/classify#frag', '/a b',
];
const CONTENT_TYPES = [
  'application/json', 'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', '', 'application/json\u0000',
];
const MESSAGES: unknown[] = [
  'please refill my lisinopril', 'what time do you close on sunday?', 'my face is swelling since the new pills',
  '', ' ', 42, null, true, [], {}, ['a'], '\ud800', '\u202eRTL override', '\u0000\u0007', '😀'.repeat(50),
  'Z\u0351\u0360\u0345a\u0360\u0354\u034dl\u0350g\u0362o', '\ufeffBOM', 'a'.repeat(6000), '<script>alert(1)</script>',
  '{"nested":"json"}', 'DROP TABLE tickets;--', '\u00e9\u0301 combining', 'line\r\nbreak',
];
const EXTRA_FIELDS: Record<string, unknown>[] = [
  {}, {}, { channel: 'voice' }, { channel: 'sms' }, { channel: 7 }, { message_id: 'fuzz-\u65e5-1' }, { message_id: '' },
  { message_id: 'x'.repeat(200) }, { locale: 'x-klingon' }, { locale: 'not a locale' }, { locale: 12 },
  { metadata: { a: 1 } }, { metadata: { a: { b: 1 } } }, { metadata: 'str' }, { priority: 'high' }, JSON.parse('{"__proto__":{"x":1}}') as Record<string, unknown>,
  { customer_id: ['c'] }, { constructor: { prototype: {} } },
];

function jsonBody(r: ReturnType<typeof seededRandom>): Buffer {
  const value = r.chance(0.1) ? r.pick(MESSAGES) : { message: r.pick(MESSAGES), ...r.pick(EXTRA_FIELDS) };
  let text = JSON.stringify(value) ?? 'null';
  if (r.chance(0.05)) text = text.slice(0, Math.floor(text.length / 2)); // truncated JSON
  if (r.chance(0.03)) text = '{"message": "a", "message": "b"}';
  const bytes = Buffer.from(text, 'utf8');
  // Bytes that are not UTF-8 (a lone continuation byte, an overlong slash) inside a string.
  if (r.chance(0.05)) return Buffer.concat([Buffer.from('{"message":"'), Buffer.from([0x80, 0xc0, 0xaf, 0xff]), Buffer.from('"}')]);
  return bytes;
}

const headerLine = (name: string, value: string) => `${name}: ${value}\r\n`;

/** One request as bytes, and whether it is a HEAD request (its answer has no body). */
export function fuzzRequest(r: ReturnType<typeof seededRandom>): { bytes: Buffer; head: boolean } {
  const method = r.pick(METHODS);
  const path = r.pick(PATHS);
  const body = ['GET', 'HEAD'].includes(method) && r.chance(0.8) ? Buffer.alloc(0) : jsonBody(r);
  let headers = headerLine('Host', r.chance(0.95) ? '127.0.0.1' : 'évil\u0000host');
  if (r.chance(0.9)) headers += headerLine('Content-Type', r.pick(CONTENT_TYPES));
  const framing = r.pick(['cl', 'cl', 'cl', 'cl', 'none', 'dup-cl', 'neg-cl', 'nan-cl', 'short-cl', 'te', 'te+cl', 'bad-chunk', 'te-odd']);
  let payload: Buffer = body;
  if (framing === 'cl') headers += headerLine('Content-Length', String(body.length));
  if (framing === 'dup-cl') headers += headerLine('Content-Length', String(body.length)) + headerLine('Content-Length', String(body.length + 1));
  if (framing === 'neg-cl') headers += headerLine('Content-Length', '-1');
  if (framing === 'nan-cl') headers += headerLine('Content-Length', r.pick(['abc', '1e3', '0x10', ' 12', '12, 12']));
  if (framing === 'short-cl') headers += headerLine('Content-Length', String(body.length + 20));
  if (framing === 'te' || framing === 'te+cl' || framing === 'bad-chunk') {
    headers += headerLine('Transfer-Encoding', 'chunked');
    if (framing === 'te+cl') headers += headerLine('Content-Length', String(body.length));
    const size = framing === 'bad-chunk' ? r.pick(['zz', '-5', 'ffffffffffffffff', String(body.length + 7)]) : body.length.toString(16);
    payload = Buffer.concat([Buffer.from(`${size}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  }
  if (framing === 'te-odd') headers += headerLine('Transfer-Encoding', r.pick(['gzip', 'chunked, identity', 'xchunked', 'chunked\u000b']));
  if (r.chance(0.08)) headers += headerLine('X-Fuzz', r.pick(['a\u0000b', 'a\u007fb', 'ü', '\u65e5\u672c', 'a\tb']));
  if (r.chance(0.06)) headers += r.pick(['NoColonHeader\r\n', 'Bad Name: x\r\n', ': empty-name\r\n', ' folded: continuation\r\n']);
  if (r.chance(0.08)) headers += headerLine('Expect', r.pick(['100-continue', 'foo', '200-ok', '']));
  if (r.chance(0.1)) headers += headerLine('X-Request-Id', r.pick(['ok-123', 'has space', 'x'.repeat(300), '\u00e9t\u00e9', 'a%0d%0aX-Injected: 1']));
  if (r.chance(0.08)) headers += headerLine('Authorization', r.pick(['Bearer', 'Bearer \u00ff', 'Basic Og==', 'x'.repeat(500)]));
  if (r.chance(0.06)) headers += headerLine('Idempotency-Key', r.pick(['k1', '', 'x'.repeat(300)]));
  if (r.chance(0.05)) headers += headerLine('Connection', r.pick(['close', 'keep-alive', 'upgrade']));
  const version = r.chance(0.95) ? 'HTTP/1.1' : r.pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'HTTX/1.1']);
  const head = Buffer.from(`${method} ${path} ${version}\r\n${headers}\r\n`, 'utf8');
  return { bytes: Buffer.concat([head, payload]), head: method === 'HEAD' };
}
