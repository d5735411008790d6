import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyHeaderValue } from '../../src/adapters/http/idempotency-header.ts';
import { buildTestApp, json } from '../support/app.ts';
import { startHttpServer, sendJson } from '../support/http-server.ts';
import { anonymousTenant } from '../../src/idempotency/scope.ts';

// The scope of an anonymous caller on loopback (app.inject's address): keys are scoped per caller.
const LOCAL_CALLER = anonymousTenant('127.0.0.1');

/**
 * Every valid message_id (1..128 characters, any string: API.md) must reach the ticketing and compliance
 * systems, so a safety report with an international or odd id is recorded, and its retry stays one case.
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const UNUSUAL_IDS = [
  'ivr-✓-7',
  'mail-日本-1',
  'café-42',
  'emoji-🩺-9',
  'crlf\r\nX-Injected: yes',
  'lf-only\nid',
  'tab\tid',
  ' leading-and-trailing ',
  'x'.repeat(128),
  '日'.repeat(128),
  'lone-\ud800-surrogate',
  'lone-\udc00-surrogate',
];

/** A downstream that deduplicates on Idempotency-Key and loses the answer to the first call of each key. */
async function startDeduplicatingServer(kind: 'cases' | 'tickets') {
  const byKey = new Map<string, { id: string; body: Record<string, unknown> }>();
  const answered = new Set<string>();
  const server = await startHttpServer((request, response: ServerResponse) => {
    const key = String(request.headers['idempotency-key']);
    const body = JSON.parse(request.body) as Record<string, unknown>;
    let record = byKey.get(key);
    const deduplicated = record !== undefined;
    if (!record) {
      record = { id: `${kind === 'cases' ? 'SC' : 'TCK'}-DOWN-${byKey.size + 1}`, body };
      byKey.set(key, record);
    }
    if (!answered.has(key)) {
      answered.add(key);
      return response.socket?.destroy(); // recorded, but the answer is lost: the client must retry
    }
    const b = record.body;
    const created_at = new Date().toISOString();
    if (kind === 'cases') {
      return sendJson(response, 201, { id: record.id, received_at: b['received_at'], severity: b['severity'], notify: b['notify'], created_at, deduplicated });
    }
    sendJson(response, 201, { id: record.id, queue: b['queue'], priority: b['priority'], created_at, deduplicated });
  });
  cleanups.push(server.close);
  return { server, byKey };
}

describe('message ids outside plain ASCII reach the downstream systems', () => {
  it('when a safety report carries an unusual message_id, then the first try is a 503, the retry records exactly one case per id, and the body keeps the id', async () => {
    const { server, byKey } = await startDeduplicatingServer('cases');
    const t = await buildTestApp({ COMPLIANCE_URL: server.url, ADAPTER_TIMEOUT_MS: '5000' }, { ports: { compliance: undefined } });
    cleanups.push(() => t.app.close());
    const report = (message_id: string) => json({ message: 'Since the new amoxicillin my lips are swelling and I have a rash', message_id });
    const references = new Set<string>();
    for (const id of UNUSUAL_IDS) {
      const first = await t.app.inject(report(id));
      expect(first.statusCode, `first try of ${JSON.stringify(id)}`).toBe(503);
      const retry = await t.app.inject(report(id));
      expect(retry.statusCode, `retry of ${JSON.stringify(id)}`).toBe(200);
      expect(retry.json().category).toBe('safety_compliance');
      expect(retry.json().message_id).toBe(id);
      references.add(retry.json().next_step.reference);
      const again = await t.app.inject(report(id));
      expect(again.json().next_step.reference).toBe(retry.json().next_step.reference);
    }
    // One case per id, none shared between two ids, and the original id in each body.
    expect(byKey.size).toBe(UNUSUAL_IDS.length);
    expect(references.size).toBe(UNUSUAL_IDS.length);
    const keysInBodies = [...byKey.values()].map((r) => r.body['idempotency_key']);
    expect(keysInBodies).toEqual(UNUSUAL_IDS.map((id) => `${LOCAL_CALLER}:${id}`));
    // No header was injected through the id, and every header value is plain visible ASCII.
    for (const request of server.requests) {
      expect(request.headers['x-injected']).toBeUndefined();
      expect(String(request.headers['idempotency-key'])).toMatch(/^[\x21-\x7e][\x20-\x7e]*$/);
    }
  });

  it('when a ticket request carries an unusual message_id, then the retry gets the one ticket', async () => {
    const { server, byKey } = await startDeduplicatingServer('tickets');
    const t = await buildTestApp({ TICKETING_URL: server.url, ADAPTER_TIMEOUT_MS: '5000' }, { ports: { ticketing: undefined } });
    cleanups.push(() => t.app.close());
    const refill = (message_id: string) => json({ message: 'please refill my lisinopril 20 mg prescription', message_id });
    for (const id of ['mail-日本-1', 'crlf\r\nX-Injected: yes', '日'.repeat(128)]) {
      expect((await t.app.inject(refill(id))).statusCode).toBe(503);
      const retry = await t.app.inject(refill(id));
      expect(retry.statusCode).toBe(200);
      expect(retry.json().workflow.ticket.id).toMatch(/^TCK-DOWN-/);
    }
    expect(byKey.size).toBe(3);
  });
});

describe('idempotencyHeaderValue', () => {
  it('when the key is plain visible ASCII, then it is sent as is (readable by the downstream operator)', () => {
    expect(idempotencyHeaderValue('anonymous:mail-42')).toBe('anonymous:mail-42');
    expect(idempotencyHeaderValue('acme:id with inner spaces')).toBe('acme:id with inner spaces');
  });

  it('when the key has characters a header cannot carry, then a digest that differs per key and never equals a plain key', () => {
    const digests = UNUSUAL_IDS.filter((id) => id !== 'x'.repeat(128)).map((id) => idempotencyHeaderValue(`anonymous:${id}`));
    for (const value of digests) expect(value).toMatch(/^~sha256:[0-9a-f]{64}$/);
    expect(new Set(digests).size).toBe(digests.length);
    // Two lone surrogates that a UTF-8 encoding would both turn into U+FFFD stay apart.
    expect(idempotencyHeaderValue('a:\ud800')).not.toBe(idempotencyHeaderValue('a:\udc00'));
    expect(idempotencyHeaderValue('a:\ud800')).not.toBe(idempotencyHeaderValue('a:\ufffd'));
  });
});
