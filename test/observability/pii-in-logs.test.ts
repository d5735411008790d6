import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';
import { createFailingClassifier } from '../support/fakes.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const PII = {
  email: 'maria.lopez@example.com',
  phone: '555-201-8890',
  ssn: '123-45-6789',
  dob: '03/14/1962',
  member: 'XJH123456789',
  rx: '4471923',
  card: '4111 1111 1111 1111',
  address: '4500 W. Elm Avenue',
};
const MESSAGE = `My email is ${PII.email}, call ${PII.phone}, ssn ${PII.ssn}, dob ${PII.dob}, member id ${PII.member}, rx # ${PII.rx}, card ${PII.card}, I live at ${PII.address}. I have a rash since the new pills.`;

function expectNoPii(lines: string[]) {
  expect(lines.length).toBeGreaterThan(0);
  const all = lines.join('\n');
  for (const [kind, value] of Object.entries(PII)) expect(all, `${kind} leaked into the logs`).not.toContain(value);
}

describe('customer text never appears raw in any log line', () => {
  it('when a classification succeeds, then the request line has category/provider and no PII', async () => {
    t = await buildTestApp();
    const response = await t.app.inject(json({ message: MESSAGE, customer_id: 'cust-1' }));
    expect(response.statusCode).toBe(200);
    const line = t.logs.records().find((r) => r.msg === 'request completed')!;
    expect(line).toMatchObject({ route: '/api/v1/classify', status: 200, category: 'safety_compliance', provider: 'local', fallback: false });
    expect(line.request_id).toBe(response.headers['x-request-id']);
    expect(typeof line.duration_ms).toBe('number');
    expectNoPii(t.logs.lines);
    // On the success path the text is not logged at all, redacted or not.
    expect(t.logs.lines.join('\n')).not.toContain('rash since the new pills');
  });

  it('when validation fails, then nothing of the body is logged', async () => {
    t = await buildTestApp();
    expect((await t.app.inject(json({ message: MESSAGE, bogus: PII.email }))).statusCode).toBe(400);
    expectNoPii(t.logs.lines);
  });

  it('when the JSON is malformed, then nothing of the body is logged', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: `{"message": "${MESSAGE}"` });
    expect(response.statusCode).toBe(400);
    expectNoPii(t.logs.lines);
  });

  it('when an upstream (the compliance port) fails with the text in its error, then the logged error is redacted', async () => {
    t = await buildTestApp({}, { ports: { compliance: { openCase: async (request) => Promise.reject(new Error(`could not store: ${request.original_text}`)) } } });
    expect((await t.app.inject(json({ message: MESSAGE }))).statusCode).toBe(503);
    expect(t.logs.records().some((r) => r.level === 50)).toBe(true);
    expectNoPii(t.logs.lines);
  });

  it('when a workflow crashes with the text in the error and its stack, then the 500 log line is redacted', async () => {
    t = await buildTestApp({}, { classifiers: { primary: null, fallback: createFailingClassifier(new TypeError(`cannot read ${MESSAGE}`)) } });
    expect((await t.app.inject(json({ message: MESSAGE }))).statusCode).toBe(500);
    const error = t.logs.records().find((r) => r.level === 50)!;
    expect(error).toMatchObject({ msg: 'request failed', error_code: 'internal_error' });
    expect((error.err as { message: string }).message).toMatch(/^cannot read My email is \[EMAIL\], call \[PHONE\]/);
    expect((error.err as { stack: string }).stack).toMatch(/^TypeError: cannot read My email is \[EMAIL\]/);
    expectNoPii(t.logs.lines);
  });

  it('when an API key is sent, then it never appears in the logs', async () => {
    const key = 'chat-widget-secret-key-42';
    t = await buildTestApp({ API_KEYS: `chat:${key}` });
    const request = json({ message: 'hours?' });
    await t.app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${key}` } });
    await t.app.inject({ ...request, headers: { ...request.headers, authorization: 'Bearer wrong-secret-key-000000' } });
    expect(t.logs.lines.join('\n')).not.toContain(key);
    expect(t.logs.lines.join('\n')).not.toContain('wrong-secret-key');
  });
});
