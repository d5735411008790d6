import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePromptVariants, pickVariant } from '../../src/classifier/prompt-variants.ts';
import { createKeywordClassifier } from '../support/fakes.ts';
import { buildTestApp, json } from '../support/app.ts';
import { startOpenAiStub, wantsBaseline, type OpenAiStub, type StubRequest } from '../support/openai-stub.ts';

let stub: OpenAiStub;
const apps: Array<Awaited<ReturnType<typeof buildTestApp>>> = [];
beforeEach(async () => {
  stub = await startOpenAiStub();
});
afterEach(async () => {
  for (const t of apps.splice(0)) await t.app.close();
  await stub.close();
});

/** The real OpenAI provider against the stub, the keyword fake as the local (fallback and shadow) classifier. */
async function llmApp(env: Record<string, string> = {}) {
  const local = createKeywordClassifier();
  const t = await buildTestApp({ CLASSIFIER_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: stub.url, ...env }, { classifiers: { fallback: local } });
  apps.push(t);
  return { ...t, local };
}

const variantSent = (request: StubRequest) => (wantsBaseline(request) ? 'baseline' : 'compact');
const logLine = (t: Awaited<ReturnType<typeof llmApp>>) => t.logs.records().find((r) => r.msg === 'request completed')!;

describe('prompt variants over HTTP', () => {
  it('when PROMPT_VARIANTS splits 50:50, then each message_id gets the variant its hash picks, reported top level and in classifier', async () => {
    const t = await llmApp({ PROMPT_VARIANTS: 'compact:50,baseline:50' });
    const expected = parsePromptVariants('compact:50,baseline:50');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const body = (await t.app.inject(json({ message: `what time do you open on day ${i}?`, message_id: `chat-${i}` }))).json();
      const sent = variantSent(stub.requests.at(-1));
      expect(body.prompt_variant).toBe(sent);
      expect(body.classifier.prompt_variant).toBe(sent);
      expect(sent).toBe(pickVariant(expected, `chat-${i}`).name);
      seen.add(sent);
    }
    expect(seen).toEqual(new Set(['compact', 'baseline']));
  });

  it('when the same message_id comes back to another instance (a retry after a 503), then it gets the same variant', async () => {
    const env = { PROMPT_VARIANTS: 'compact:50,baseline:50' };
    const first = (await (await llmApp(env)).app.inject(json({ message: 'refill my lisinopril', message_id: 'ivr-77' }))).json();
    const second = (await (await llmApp(env)).app.inject(json({ message: 'refill my lisinopril', message_id: 'ivr-77' }))).json();
    expect(stub.calls).toBe(2);
    expect(second.prompt_variant).toBe(first.prompt_variant);
    expect(variantSent(stub.requests[1])).toBe(variantSent(stub.requests[0]));
  });

  it('when /openapi.json is read, then prompt_variant is documented top level and in classifier', async () => {
    const t = await buildTestApp();
    apps.push(t);
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const response = doc.components.schemas.ClassifyResponse;
    expect(response.properties.prompt_variant).toBeDefined();
    expect(response.properties.classifier.properties.prompt_variant).toBeDefined();
  });

  it('when the local classifier answers (LLM down), then prompt_variant is null', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    const t = await llmApp({ LLM_MAX_RETRIES: '0' });
    const body = (await t.app.inject(json({ message: 'what time do you open?' }))).json();
    expect(body.classifier).toMatchObject({ provider: 'local', fallback: true, prompt_variant: null });
    expect(body.prompt_variant).toBeNull();
  });

  it('when messages are classified, then LLM metrics and the request log line carry the prompt variant', async () => {
    const t = await llmApp({ PROMPT_VARIANTS: 'baseline:1' });
    await t.app.inject(json({ message: 'what time do you open?', message_id: 'm-1' }));
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/careroute_llm_tokens_total\{type="prompt",prompt_variant="baseline"\} 120/);
    expect(metrics).toMatch(/careroute_llm_answers_total\{prompt_variant="baseline",category="informational",confidence_source="verbalised"\} 1/);
    expect(metrics).toMatch(/careroute_llm_request_duration_seconds_count\{outcome="success",prompt_variant="baseline"\} 1/);
    expect(logLine(t)).toMatchObject({ provider: 'openai', prompt_variant: 'baseline' });
  });
});

describe('shadow comparison', () => {
  it('when the LLM answers, then the local classifier also classifies, agreement is counted and logged, and routing follows the LLM', async () => {
    // The stub reads "refill" as service_action; the keyword fake reads "charged" as service_action too,
    // but the stub sees no action in "charged twice" and answers informational: they disagree.
    const t = await llmApp();
    const warmUp = t.local.calls.length;
    const agreed = (await t.app.inject(json({ message: 'please refill my lisinopril' }))).json();
    const disagreed = (await t.app.inject(json({ message: 'I was charged twice' }))).json();
    expect(t.local.calls.length - warmUp).toBe(2);
    expect(agreed.category).toBe('service_action');
    expect(disagreed.category).toBe('informational');
    expect(disagreed.classifier).toMatchObject({ provider: 'openai', fallback: false });
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/careroute_shadow_comparisons_total\{primary="openai",shadow="local",agree="true"\} 1/);
    expect(metrics).toMatch(/careroute_shadow_comparisons_total\{primary="openai",shadow="local",agree="false"\} 1/);
    const lines = t.logs.records().filter((r) => r.msg === 'request completed');
    expect(lines.map((l) => [l.shadow_category, l.shadow_agree])).toEqual([
      ['service_action', true],
      ['service_action', false],
    ]);
    // Categories only: no message text in the comparison.
    expect(JSON.stringify(lines)).not.toMatch(/charged twice|lisinopril/);
  });

  it('when SHADOW=off, then the local classifier is not called and nothing is compared', async () => {
    const t = await llmApp({ SHADOW: 'off' });
    const warmUp = t.local.calls.length;
    await t.app.inject(json({ message: 'please refill my lisinopril' }));
    expect(t.local.calls.length - warmUp).toBe(0);
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).not.toMatch(/careroute_shadow_comparisons_total\{/);
    expect(logLine(t).shadow_agree).toBeUndefined();
  });

  it('when the local classifier is the primary, then there is no shadow', async () => {
    const t = await buildTestApp();
    apps.push(t);
    const warmUp = t.classifier.calls.length;
    await t.app.inject(json({ message: 'please refill my lisinopril' }));
    expect(t.classifier.calls.length - warmUp).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).body).not.toMatch(/careroute_shadow_comparisons_total\{/);
  });
});
