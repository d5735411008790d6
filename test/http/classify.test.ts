import { afterEach, describe, expect, it } from 'vitest';
import { ClassifyResponseSchema, ErrorBodySchema } from '../../src/http/schemas.ts';
import { buildTestApp, json } from '../support/app.ts';
import { createFailingClassifier } from '../support/fakes.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('POST /api/v1/classify', () => {
  it('when a customer asks a question, then it is informational and answered with a knowledge-base article', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: 'What are your hours on Sunday?', channel: 'chat' }));
    expect(response.statusCode).toBe(200);
    const body = ClassifyResponseSchema.parse(response.json());
    expect(body.category).toBe('informational');
    expect(body.next_step).toMatchObject({ action: 'send_kb_article', external_system: 'knowledge_base', reference: 'kb-hours', priority: 'low' });
    expect(body.workflow).toMatchObject({ type: 'knowledge_base', articles: [{ id: 'kb-hours' }] });
    expect(body.classifier).toMatchObject({ provider: 'local', fallback: false });
    expect(body.model).toBe(body.classifier.model);
    expect(body.prompt_version).toBe(body.classifier.prompt_version);
    expect(body.processing_time_ms).toBeGreaterThanOrEqual(0);
    expect(new Date(body.timestamp).toString()).not.toBe('Invalid Date');
  });

  it('when no article matches, then an agent takes it and a human reviews', async () => {
    t = await buildTestApp();
    const body = (await t.app.inject(json({ message: 'tell me about the moon' }))).json();
    expect(body.category).toBe('informational');
    expect(body.next_step).toMatchObject({ action: 'handoff_to_agent', requires_human_review: true, reference: null });
  });

  it('when the knowledge base fails, then the answer degrades to an agent hand-off, not an error', async () => {
    t = await buildTestApp({}, { ports: { knowledgeBase: { search: async () => Promise.reject(new Error('down')) } } });
    const response = await t.app.inject(json({ message: 'what are your hours' }));
    expect(response.statusCode).toBe(200);
    expect(response.json().next_step.action).toBe('handoff_to_agent');
    expect(response.json().workflow.degraded).toBe(true);
  });

  it('when a customer asks for a refill, then a ticket is created and referenced', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: 'Please refill my lisinopril', channel: 'voice', customer_id: 'cust-9' }));
    const body = ClassifyResponseSchema.parse(response.json());
    expect(body.category).toBe('service_action');
    const [ticket] = t.ticketing.list();
    expect(t.ticketing.list()).toHaveLength(1);
    expect(body.next_step).toMatchObject({ action: 'create_ticket', external_system: 'ticketing', reference: ticket!.id, priority: 'medium' });
    expect(ticket!.queue).toBe('pharmacy-refills');
    expect(ticket!.request.customer_id).toBe('cust-9');
  });

  it('when a service request carries identifiers, then the ticket and the response keep none of them', async () => {
    t = await buildTestApp();
    const body = (await t.app.inject(json({ message: 'please refill rx number 4471923, call 555-201-8890' }))).json();
    expect(body.category).toBe('service_action');
    const [ticket] = t.ticketing.list();
    expect(JSON.stringify(ticket)).not.toMatch(/4471923|555-201-8890/);
    expect(JSON.stringify(body)).not.toMatch(/4471923|555-201-8890/);
  });

  it('when a customer reports a reaction, then a compliance case is opened with the original text kept only in the record', async () => {
    t = await buildTestApp();
    const message = 'Since I started lisinopril my face is swelling. Call me at 555-201-8890.';
    const body = ClassifyResponseSchema.parse((await t.app.inject(json({ message }))).json());
    expect(body.category).toBe('safety_compliance');
    expect(body.next_step).toMatchObject({ action: 'open_safety_case', requires_human_review: true, external_system: 'compliance' });
    const [record] = t.compliance.list();
    expect(body.next_step.reference).toBe(record!.id);
    expect(record!.request.original_text).toContain('555-201-8890');
    expect(JSON.stringify(body)).not.toContain('555-201-8890');
    expect(body.decision_path).toMatch(/safety guard/);
  });

  it('when the guard fires on a message the classifier calls a refill, then safety wins and the path says so', async () => {
    t = await buildTestApp();
    const body = (await t.app.inject(json({ message: 'refill my metformin please, also it has been giving me really bad diarrhea since I started it' }))).json();
    expect(body.category).toBe('safety_compliance');
    expect(body.decision_path).toMatch(/overrides service_action/);
    expect(t.ticketing.list()).toHaveLength(0);
    expect(t.compliance.list()).toHaveLength(1);
  });

  it('when the classifier is unsure, then the next step requires human review', async () => {
    const { createKeywordClassifier } = await import('../support/fakes.ts');
    t = await buildTestApp({}, { classifiers: { primary: null, fallback: createKeywordClassifier({ confidence: 0.5 }) } });
    const body = (await t.app.inject(json({ message: 'what are your hours' }))).json();
    expect(body.next_step.requires_human_review).toBe(true);
    expect(body.decision_path).toMatch(/confidence 0.50 < threshold 0.7/);
  });

  it('when X-Request-Id is a sane token, then it is echoed; when it is not, then it is replaced', async () => {
    t = await buildTestApp();
    const request = json({ message: 'hours?' });
    const sane = await t.app.inject({ ...request, headers: { ...request.headers, 'x-request-id': 'chat-abc.123' } });
    expect(sane.headers['x-request-id']).toBe('chat-abc.123');
    expect(sane.json().request_id).toBe('chat-abc.123');
    const evil = await t.app.inject({ ...request, headers: { ...request.headers, 'x-request-id': 'abc\r\nSet-Cookie: x=1' } });
    expect(evil.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(evil.headers['set-cookie']).toBeUndefined();
  });

  it('when a mail has a quoted reply, then only what the sender wrote now is classified', async () => {
    t = await buildTestApp();
    const message = 'Can you tell me your hours?\n\nOn Mon, Mar 3, 2026 at 9:14 AM Support <support@example.com> wrote:\n> I have a rash and swelling';
    const body = (await t.app.inject(json({ message, channel: 'mail' }))).json();
    expect(t.classifier.calls.at(-1)?.text).toBe('Can you tell me your hours?');
    expect(body.category).toBe('informational');
  });
});

describe('when something fails', () => {
  it('when the compliance port does not acknowledge, then 503 with Retry-After and never a 2xx', async () => {
    t = await buildTestApp({}, { ports: { compliance: { openCase: async () => Promise.reject(new Error('db down')) } } });
    const response = await t.app.inject(json({ message: 'I took an overdose of my pills', message_id: 'm-1' }));
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(ErrorBodySchema.parse(response.json()).error).toBe('unavailable');
  });

  it('when the ticketing port fails, then 503 so the channel retries', async () => {
    t = await buildTestApp({}, { ports: { ticketing: { createTicket: async () => Promise.reject(new Error('down')) } } });
    const response = await t.app.inject(json({ message: 'cancel my order' }));
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toBe('unavailable');
  });

  it('when a bug throws inside the pipeline, then 500 with no internals in the body, and the app keeps serving', async () => {
    t = await buildTestApp({}, { classifiers: { primary: null, fallback: createFailingClassifier(new TypeError('secret internal detail at /src/x.ts:12')) } });
    const response = await t.app.inject(json({ message: 'hello' }));
    expect(response.statusCode).toBe(500);
    const body = ErrorBodySchema.parse(response.json());
    expect(body.error).toBe('internal_error');
    expect(response.body).not.toMatch(/secret|\.ts|stack/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});
