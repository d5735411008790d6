import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

const missing = { state: 'missing', file: '/srv/careroute/data/names/name-tagger.json', reason: 'file not found' } as const;

describe('readiness and the PII name tagger', () => {
  it('when the tagger artifact is loaded, then ready answers 200 with pii_redaction ok', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json().checks.pii_redaction).toEqual({ status: 'ok', name_tagger: 'loaded' });
  });

  it('when the tagger artifact is missing, then ready answers 503 with the reason while health stays 200', async () => {
    t = await buildTestApp({}, { nameTagger: missing });
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'not_ready', checks: { lifecycle: 'ok', pii_redaction: { status: 'failed', name_tagger: 'missing' } } });
    expect(ready.json().checks.pii_redaction.reason).toMatch(/name-tagger\.json is missing \(file not found\).*rules alone/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });

  it('when the tagger artifact is corrupt, then the start-up log holds one error line that says so', async () => {
    t = await buildTestApp({}, { nameTagger: { state: 'corrupt', file: missing.file, reason: 'not JSON (Unexpected end of JSON input)' } });
    const errors = t.logs.records().filter((r) => r['level'] === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ check: 'pii_redaction', name_tagger: 'corrupt' });
    expect(String(errors[0]!['msg'])).toMatch(/PII redaction degraded, readiness will answer 503: .*is corrupt \(not JSON/);
  });

  it('when the tagger artifact is loaded, then the start-up log holds no error line', async () => {
    t = await buildTestApp();
    expect(t.logs.records().filter((r) => r['level'] === 50)).toEqual([]);
  });

  it('when the tagger artifact is missing, then messages are still served (only readiness fails) and their summary redacted', async () => {
    t = await buildTestApp({}, { nameTagger: missing });
    const response = await t.app.inject(json({ message: 'Hi, my name is Maria Lopez, please refill my lisinopril. Call 415-555-0134.' }));
    expect(response.statusCode).toBe(200);
    const summary = String(response.json().summary);
    expect(summary).not.toMatch(/Maria|Lopez|415/);
    expect(summary).toContain('lisinopril');
  });
});
