import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { parsePromptVariants, pickVariant } from '../../src/classifier/prompt-variants.ts';
import { baselinePrompt } from '../../src/classifier/prompts/baseline.ts';
import { compactPrompt } from '../../src/classifier/prompts/compact.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

describe('prompt variant assignment', () => {
  it('when PROMPT_VARIANTS names variants with weights, then they are parsed in order', () => {
    expect(parsePromptVariants(' compact:90 , baseline:10').map((v) => [v.variant.name, v.weight])).toEqual([
      ['compact', 90],
      ['baseline', 10],
    ]);
  });

  it('when the same key is assigned twice, then it gets the same variant (a retry keeps its prompt)', () => {
    const variants = parsePromptVariants('compact:50,baseline:50');
    for (let i = 0; i < 200; i++) expect(pickVariant(variants, `msg-${i}`)).toBe(pickVariant(variants, `msg-${i}`));
  });

  it('when 10,000 messages are assigned at 90:10, then about 90% get compact, and a variant of weight 0 none', () => {
    const split = parsePromptVariants('compact:90,baseline:10');
    const counts = { compact: 0, baseline: 0 };
    for (let i = 0; i < 10_000; i++) counts[pickVariant(split, `chat-${i}`).name as 'compact' | 'baseline']++;
    expect(counts.compact).toBeGreaterThan(8_800);
    expect(counts.compact).toBeLessThan(9_200);
    const off = parsePromptVariants('compact:0,baseline:1');
    for (let i = 0; i < 1_000; i++) expect(pickVariant(off, `k${i}`).name).toBe('baseline');
  });
});

describe('the baseline variant through the real SDK', () => {
  let stub: OpenAiStub;
  beforeEach(async () => {
    stub = await startOpenAiStub();
  });
  afterEach(async () => {
    await stub.close();
  });

  it('when PROMPT_VARIANTS is baseline:100, then the request carries the prompt of 2026-11-22 and its answer keeps the model summary', async () => {
    const classifier = createOpenAiClassifier({
      apiKey: 'k',
      baseURL: stub.url,
      model: 'gpt-test',
      timeoutMs: 2000,
      maxRetries: 0,
      variants: parsePromptVariants('baseline:100'),
    });
    const result = await classifier.classify({ text: 'since I started lisinopril my lips swell', channel: 'chat', variant_key: 'm-1' });
    const sent = stub.requests[0];
    expect(sent.messages[0].content).toBe(baselinePrompt.system);
    expect(sent.max_completion_tokens).toBe(700);
    expect(sent.response_format.json_schema.name).toBe('triage_classification');
    expect(result).toMatchObject({ category: 'safety_compliance', summary: 'Stub summary: safety_compliance', prompt_variant: 'baseline', prompt_version: baselinePrompt.version });
    expect(result.reasoning).toMatch(/^prompt baseline, reports "swell"/);
    expect(compactPrompt.version).not.toBe(baselinePrompt.version);
  });
});

describe("the baseline answer's free text", () => {
  const answer = (summary: string, patient: string) =>
    JSON.stringify({
      category: 'safety_compliance',
      confidence: 0.9,
      secondary_category: null,
      urgency: 'high',
      summary,
      reasoning: 'reports a rash',
      language: 'en',
      safety_signals: ['rash'],
      case_facts: {
        patient: { present: true, value: patient },
        reporter: { present: true, value: 'the sender' },
        suspect_product: { present: false, value: null },
        adverse_event: { present: true, value: 'rash' },
        seriousness: { death: false, life_threatening: false, hospitalisation: false, disability: false, congenital_anomaly: false, other_medically_important: false },
        subtype: 'adverse_event',
      },
    });

  it('when no redactor is given, then the summary and facts are masked by redactPii', () => {
    const parsed = baselinePrompt.parse(answer('rash, call 555-201-8890', 'dana@example.com'));
    expect(parsed.summary).not.toMatch(/555/);
    expect(parsed.case_facts?.patient.value).not.toContain('dana@');
  });

  it("when the request's redactor is given, then the summary, reasoning and fact values are what it answers", () => {
    const asked: string[] = [];
    const redact = (text: string) => (asked.push(text), text.toUpperCase());
    const parsed = baselinePrompt.parse(answer('a rash since monday', 'the sender'), redact);
    expect(parsed.summary).toBe('A RASH SINCE MONDAY');
    expect(parsed.reasoning).toBe('REPORTS A RASH');
    expect(parsed.case_facts?.adverse_event.value).toBe('RASH');
    expect(asked).toEqual(expect.arrayContaining(['a rash since monday', 'reports a rash', 'the sender', 'rash']));
  });
});
