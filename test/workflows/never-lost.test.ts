import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/http/schemas.ts';
import { buildTestApp, json } from '../support/app.ts';
import { closedPort, sendJson, startHttpServer } from '../support/http-server.ts';
import { anonymousTenant } from '../../src/idempotency/scope.ts';

// The scope of an anonymous caller on loopback (app.inject's address): keys are scoped per caller.
const LOCAL_CALLER = anonymousTenant('127.0.0.1');

/**
 * A safety case the compliance system did not acknowledge is never a 2xx (API.md, 503 `unavailable`),
 * and the retry with the same message_id never duplicates it. Through the whole app and the real HTTP
 * adapter (`ports: { compliance: undefined }` leaves COMPLIANCE_URL to decide, see ports-from-config.ts).
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function appWith(complianceUrl: string) {
  const t = await buildTestApp({ COMPLIANCE_URL: complianceUrl, ADAPTER_TIMEOUT_MS: '200' }, { ports: { compliance: undefined } });
  cleanups.push(() => t.app.close());
  const ready = (await t.app.inject({ method: 'GET', url: '/api/v1/ready' })).json();
  expect(ready.checks.ports.compliance).toBe('http');
  return t;
}

/** A compliance system that deduplicates on Idempotency-Key, as the adapter's contract asks. */
function createCaseStore() {
  const cases = new Map<string, { id: string; body: Record<string, unknown> }>();
  let created = 0;
  return {
    get created() {
      return created;
    },
    cases,
    record(key: string, body: Record<string, unknown>) {
      const existing = cases.get(key);
      if (existing) return { kase: existing, deduplicated: true };
      created += 1;
      const kase = { id: `SC-DOWNSTREAM-${created}`, body };
      cases.set(key, kase);
      return { kase, deduplicated: false };
    },
    answer(response: ServerResponse, { kase, deduplicated }: { kase: { id: string; body: Record<string, unknown> }; deduplicated: boolean }) {
      const b = kase.body;
      sendJson(response, deduplicated ? 200 : 201, { id: kase.id, received_at: b['received_at'], severity: b['severity'], notify: b['notify'], created_at: new Date().toISOString(), deduplicated });
    },
  };
}

const report = (message_id: string) => json({ message: 'I got a rash and my lips are swelling since the new amoxicillin', message_id });

async function expectUnavailable(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.statusCode).toBe(503);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(ErrorBodySchema.parse(response.json()).error).toBe('unavailable');
}

describe('a safety case is never lost', () => {
  it('when the compliance port is closed, then 503 unavailable with Retry-After, never a 2xx', async () => {
    const t = await appWith(await closedPort());
    await expectUnavailable(await t.app.inject(report('closed-1')));
    await expectUnavailable(await t.app.inject(report('closed-1')));
  });

  it('when the compliance system is slower than ADAPTER_TIMEOUT_MS, then 503; the retry gets the one case it recorded', async () => {
    const store = createCaseStore();
    let delayMs = 1000;
    const timers = new Set<NodeJS.Timeout>();
    const server = await startHttpServer((request, response) => {
      const outcome = store.record(String(request.headers['idempotency-key']), JSON.parse(request.body));
      const timer = setTimeout(() => !response.destroyed && store.answer(response, outcome), delayMs);
      timers.add(timer);
    });
    cleanups.push(async () => {
      for (const timer of timers) clearTimeout(timer);
      await server.close();
    });
    const t = await appWith(server.url);
    await expectUnavailable(await t.app.inject(report('slow-1')));
    delayMs = 0;
    const retry = await t.app.inject(report('slow-1'));
    expect(retry.statusCode).toBe(200);
    expect(store.created).toBe(1);
    expect(retry.json().next_step.reference).toBe('SC-DOWNSTREAM-1');
    expect(new Set(server.requests.map((r) => r.headers['idempotency-key']))).toEqual(new Set([`${LOCAL_CALLER}:slow-1`]));
  });

  it('when the compliance system fails then recovers, then the retry with the same message_id gives 200 and exactly one case', async () => {
    const store = createCaseStore();
    let calls = 0;
    const server = await startHttpServer((request, response) => {
      calls += 1;
      if (calls === 1) return sendJson(response, 503, { error: 'maintenance' });
      store.answer(response, store.record(String(request.headers['idempotency-key']), JSON.parse(request.body)));
    });
    cleanups.push(server.close);
    const t = await appWith(server.url);
    await expectUnavailable(await t.app.inject(report('flap-1')));
    const retry = await t.app.inject(report('flap-1'));
    expect(retry.statusCode).toBe(200);
    const again = await t.app.inject(report('flap-1'));
    expect(again.statusCode).toBe(200);
    expect(again.json().next_step.reference).toBe(retry.json().next_step.reference);
    expect(store.created).toBe(1);
    expect(server.requests.every((r) => r.headers['idempotency-key'] === `${LOCAL_CALLER}:flap-1`)).toBe(true);
    // What reached the compliance system is the full case, with its facts and deadline.
    const sent = [...store.cases.values()][0]!.body;
    expect(sent).toMatchObject({ subtype: 'adverse_event', valid_case: true, serious: false, facts_source: 'heuristic' });
    expect(sent['report_due_by']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('when the compliance system records the case but the answer is lost, then the retry is deduplicated, not doubled', async () => {
    const store = createCaseStore();
    let calls = 0;
    const server = await startHttpServer((request, response) => {
      calls += 1;
      const outcome = store.record(String(request.headers['idempotency-key']), JSON.parse(request.body));
      if (calls === 1) return response.socket?.destroy();
      store.answer(response, outcome);
    });
    cleanups.push(server.close);
    const t = await appWith(server.url);
    await expectUnavailable(await t.app.inject(report('lost-1')));
    const retry = await t.app.inject(report('lost-1'));
    expect(retry.statusCode).toBe(200);
    expect(store.created).toBe(1);
    expect(retry.json().workflow.case.id).toBe('SC-DOWNSTREAM-1');
    expect(retry.json().decision_path).toMatch(/compliance: existing case SC-DOWNSTREAM-1/);
  });
});
