import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, json } from '../support/app.ts';

type TestApp = Awaited<ReturnType<typeof buildTestApp>>;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
});

describe('metrics', () => {
  it('when messages of each category are classified, then /metrics counts them by category, provider and channel, with durations, reviews and workflow outcomes', async () => {
    t = await buildTestApp();
    await t.app.inject(json({ message: 'what are your hours', channel: 'chat' }));
    await t.app.inject(json({ message: 'refill my inhaler', channel: 'voice' }));
    await t.app.inject(json({ message: 'I have a rash since the new pills', channel: 'mail' }));
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.headers['content-type']).toMatch(/text\/plain/);
    const text = response.body;
    expect(text).toMatch(/careroute_classifications_total\{category="informational",provider="local",channel="chat"\} 1/);
    expect(text).toMatch(/careroute_classifications_total\{category="service_action",provider="local",channel="voice"\} 1/);
    expect(text).toMatch(/careroute_classifications_total\{category="safety_compliance",provider="local",channel="mail"\} 1/);
    expect(text).toMatch(/careroute_human_review_total\{category="safety_compliance"\} 1/);
    expect(text).toMatch(/careroute_workflow_outcomes_total\{port="ticketing",outcome="created"\} 1/);
    expect(text).toMatch(/careroute_workflow_outcomes_total\{port="compliance",outcome="created"\} 1/);
    expect(text).toMatch(/careroute_http_request_duration_seconds_count\{route="\/api\/v1\/classify",method="POST",status_code="200"\} 3/);
    expect(text).toMatch(/careroute_classification_confidence_count\{provider="local"\} 3/);
    expect(text).toMatch(/careroute_process_resident_memory_bytes/);
  });

  it('when two apps run in one process, then each has its own registry and counts', async () => {
    t = await buildTestApp();
    const other = await buildTestApp();
    try {
      await t.app.inject(json({ message: 'refill my inhaler' }));
      const mine = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      const theirs = (await other.app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(mine).toMatch(/careroute_classifications_total\{[^}]*\} 1/);
      expect(theirs).not.toMatch(/careroute_classifications_total\{[^}]*\} 1/);
    } finally {
      await other.app.close();
    }
  });
});

describe('hardening', () => {
  it('when CORS_ORIGINS lists the chat widget, then that origin is allowed and another is not', async () => {
    t = await buildTestApp({ CORS_ORIGINS: 'https://widget.example.com' });
    const preflight = (origin: string) =>
      t!.app.inject({ method: 'OPTIONS', url: '/api/v1/classify', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://widget.example.com')).headers['access-control-allow-origin']).toBe('https://widget.example.com');
    expect((await preflight('https://evil.example.net')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('when any response is sent, then security headers are set', async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
