/**
 * The headers helmet sets on every answer of the app (src/http/helmet-headers.ts; its defaults, CSP off), for answers
 * written where helmet's onRequest hook never runs: a URL Fastify's router rejects and HTTP that
 * Node's parser rejects (src/http/edge-errors.ts). test/http/http-edges.test.ts compares them with
 * a routed answer, so a change of the helmet options that is not made here too fails a test.
 * @see https://helmetjs.github.io/ (the defaults)
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
