import { afterEach, describe, expect, it } from 'vitest';
import type { Compliance } from '../../src/ports/compliance.ts';
import { createEmbeddedCompliance } from '../../src/adapters/embedded/compliance.ts';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('idempotency', () => {
  it('when a request is retried with the same message_id, then the same reference comes back and one ticket exists', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(json({ message: 'please refill my atorvastatin', message_id: 'chat-77' }));
    const second = await t.app.inject(json({ message: 'please refill my atorvastatin', message_id: 'chat-77' }));
    expect(second.statusCode).toBe(200);
    expect(second.json().next_step.reference).toBe(first.json().next_step.reference);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(t.ticketing.list()).toHaveLength(1);
  });

  it('when duplicates arrive at the same moment, then one case is opened and all get the same reference', async () => {
    let calls = 0;
    const embedded = createEmbeddedCompliance();
    const slow: Compliance = {
      async openCase(request) {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return embedded.openCase(request);
      },
    };
    t = await buildTestApp({}, { ports: { compliance: slow } });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => t!.app.inject(json({ message: 'my son swallowed an overdose of my pills', message_id: 'voice-5' }))),
    );
    const references = new Set(responses.map((r) => r.json().next_step.reference));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(references.size).toBe(1);
    expect(calls).toBe(1);
  });

  it('when the Idempotency-Key header is used instead of message_id, then it deduplicates too', async () => {
    t = await buildTestApp();
    const request = json({ message: 'cancel my appointment' });
    const headers = { ...request.headers, 'idempotency-key': 'key-1' };
    const a = await t.app.inject({ ...request, headers });
    const b = await t.app.inject({ ...request, headers });
    expect(b.json().next_step.reference).toBe(a.json().next_step.reference);
    expect(t.ticketing.list()).toHaveLength(1);
  });

  it('when a message_id is reused for a different message, then 400', async () => {
    t = await buildTestApp();
    await t.app.inject(json({ message: 'cancel my appointment', message_id: 'dup' }));
    const response = await t.app.inject(json({ message: 'refill my inhaler', message_id: 'dup' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/message_id/);
  });

  it('when a message_id containing ":" is reused for a different message, then the 400 names the whole id', async () => {
    t = await buildTestApp();
    await t.app.inject(json({ message: 'cancel my appointment', message_id: 'mail:42' }));
    const response = await t.app.inject(json({ message: 'refill my inhaler', message_id: 'mail:42' }));
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('"mail:42"');
  });

  it('when the first attempt failed with 503, then the retry runs again and succeeds without a duplicate case', async () => {
    let fail = true;
    const embedded = createEmbeddedCompliance();
    const flaky: Compliance = {
      async openCase(request) {
        if (fail) {
          fail = false;
          throw new Error('timeout');
        }
        return embedded.openCase(request);
      },
    };
    t = await buildTestApp({}, { ports: { compliance: flaky } });
    const payload = json({ message: 'I got a rash from the new pills', message_id: 'mail-1' });
    const firstAttemptAt = Date.now();
    expect((await t.app.inject(payload)).statusCode).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const retriedAt = Date.now();
    const retry = await t.app.inject(payload);
    // Day 0 is the first attempt, not the retry that finally recorded the case.
    const dayZero = Date.parse(embedded.list()[0]!.received_at);
    expect(dayZero).toBeGreaterThanOrEqual(firstAttemptAt);
    expect(dayZero).toBeLessThan(retriedAt);
    expect(retry.statusCode).toBe(200);
    expect(embedded.list()).toHaveLength(1);
    expect(retry.json().next_step.reference).toBe(embedded.list()[0]!.id);
  });
});
