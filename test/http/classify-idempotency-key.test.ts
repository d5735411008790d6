import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

// Gaps found by mutation testing (#18): the Idempotency-Key header's limits, the replay mark and what
// the route records per message.
type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

function withKey(payload: Record<string, unknown>, key: string) {
  const request = json(payload);
  return { ...request, headers: { ...request.headers, 'idempotency-key': key } };
}

describe('the Idempotency-Key header', () => {
  it('when the key is 128 characters, then it is accepted and a retry is a replay; at 129 characters, 400 names the header', async () => {
    t = await buildTestApp();
    const key = 'k'.repeat(128);
    const first = await t.app.inject(withKey({ message: 'cancel my appointment' }, key));
    const second = await t.app.inject(withKey({ message: 'cancel my appointment' }, key));
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(t.ticketing.list()).toHaveLength(1);

    const tooLong = await t.app.inject(withKey({ message: 'cancel my appointment' }, `${key}k`));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: 'invalid_request', message: 'Idempotency-Key: must be at most 128 characters' });
    expect(t.ticketing.list()).toHaveLength(1);
  });

  it('when the key equals message_id, then the request is served and a retry with message_id alone is a replay', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(withKey({ message: 'cancel my appointment', message_id: 'chat-9' }, 'chat-9'));
    const second = await t.app.inject(json({ message: 'cancel my appointment', message_id: 'chat-9' }));
    expect(first.statusCode).toBe(200);
    expect(second.json().next_step.reference).toBe(first.json().next_step.reference);
    expect(second.headers['idempotent-replayed']).toBe('true');
  });

  it('when the key has spaces around it, then it is the same key without them', async () => {
    t = await buildTestApp();
    await t.app.inject(withKey({ message: 'cancel my appointment' }, '  key-7 '));
    const second = await t.app.inject(withKey({ message: 'cancel my appointment' }, 'key-7'));
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(t.ticketing.list()).toHaveLength(1);
  });

  it('when the key is blank, then there is no key: each request is served on its own', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(withKey({ message: 'cancel my appointment' }, '   '));
    const second = await t.app.inject(withKey({ message: 'cancel my appointment' }, '   '));
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(t.ticketing.list()).toHaveLength(2);
  });
});

describe('the replay mark and the request log', () => {
  it('when a message_id is first seen, then the response has no replay header and the log says replayed false; the retry says true', async () => {
    t = await buildTestApp();
    const first = await t.app.inject(json({ message: 'cancel my appointment', message_id: 'voice-3' }));
    const second = await t.app.inject(json({ message: 'cancel my appointment', message_id: 'voice-3' }));
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.headers['idempotent-replayed']).toBe('true');
    const completed = t.logs.records().filter((r) => r.msg === 'request completed' && r.route === '/api/v1/classify');
    expect(completed.map((r) => [r.category, r.provider, r.fallback, r.replayed])).toEqual([
      ['service_action', 'local', false, false],
      ['service_action', 'local', false, true],
    ]);
  });
});

describe('what the route counts', () => {
  it('when the guard overrides the classifier, then the override is counted; when both say safety, it is not', async () => {
    t = await buildTestApp();
    // The keyword classifier says informational for these two, the guard fires on "hives" after a medicine.
    await t.app.inject(json({ message: 'hives all over after the amoxicillin', channel: 'chat' }));
    await t.app.inject(json({ message: 'my son has hives since the amoxicillin', channel: 'chat' }));
    // Here both say safety ("rash").
    await t.app.inject(json({ message: 'I have a rash since the new pills', channel: 'chat' }));
    await t.app.inject(json({ message: 'refill my inhaler please', channel: 'chat' }));
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/^careroute_safety_guard_overrides_total 2$/m);
    expect(text).toMatch(/^careroute_human_review_total\{category="safety_compliance"\} 3$/m);
    // The series exists from the start (initial-series.ts) and stays at 0: the refill needed no review.
    expect(text).toMatch(/^careroute_human_review_total\{category="service_action"\} 0$/m);
    expect(text).toMatch(/^careroute_classifications_total\{category="safety_compliance",provider="local",channel="chat"\} 3$/m);
    expect(text).toMatch(/^careroute_classification_confidence_count\{provider="local"\} 4$/m);
  });
});

describe('a request without a body', () => {
  it('when a POST has no body and no content type, then 415 in the error shape', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify' });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: 'unsupported_media_type', message: 'Content-Type must be application/json with a JSON object body' });
  });
});
