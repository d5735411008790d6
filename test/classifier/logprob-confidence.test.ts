import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categoryFromLogprobs, type TokenLogprob } from '../../src/classifier/logprob-confidence.ts';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { decide } from '../../src/triage/decide.ts';
import { categoryLogprobs, startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

const certain = (token: string): TokenLogprob => ({ token, logprob: 0, top_logprobs: [] });
const ln = Math.log;

describe('confidence from the category tokens (pure)', () => {
  it('when the value is split over tokens as o200k_base splits it, then the confidence is the product of their probabilities', () => {
    // o200k_base writes `"safety_compliance` as `":"`, `s`, `afety`, `_com`, `pliance`.
    const tokens: TokenLogprob[] = [
      certain('{"'),
      certain('category'),
      certain('":"'),
      { token: 's', logprob: ln(0.8), top_logprobs: [{ token: 's', logprob: ln(0.8) }, { token: 'inform', logprob: ln(0.15) }] },
      { token: 'afety', logprob: ln(0.75), top_logprobs: [{ token: 'afety', logprob: ln(0.75) }, { token: 'ervice', logprob: ln(0.25) }] },
      certain('_com'),
      certain('pliance'),
      certain('","confidence":0.97}'),
    ];
    const read = categoryFromLogprobs(tokens)!;
    expect(read.category).toBe('safety_compliance');
    expect(read.confidence).toBeCloseTo(0.6, 6);
    expect(read.scores.informational).toBeCloseTo(0.15, 6);
    // "s" then "ervice": 0.8 * 0.25 of the mass went to service_action.
    expect(read.scores.service_action).toBeCloseTo(0.2, 6);
  });

  it('when a token carries the opening quote with the value, then alternatives that spell the same quote still count', () => {
    const tokens: TokenLogprob[] = [
      certain('{"category":'),
      { token: '"service', logprob: ln(0.7), top_logprobs: [{ token: '"inform', logprob: ln(0.3) }, { token: '{', logprob: ln(0.001) }] },
      certain('_action","confidence":0.9}'),
    ];
    const read = categoryFromLogprobs(tokens)!;
    expect(read).toMatchObject({ category: 'service_action' });
    expect(read.confidence).toBeCloseTo(0.7, 6);
    expect(read.scores.informational).toBeCloseTo(0.3, 6);
  });

  it('when there are no logprobs or no category value in them, then it says so with undefined', () => {
    expect(categoryFromLogprobs(null)).toBeUndefined();
    expect(categoryFromLogprobs([])).toBeUndefined();
    expect(categoryFromLogprobs([certain('{"category":"other"}')])).toBeUndefined();
  });
});

describe('confidence from logprobs through the real SDK', () => {
  let stub: OpenAiStub;
  beforeEach(async () => {
    stub = await startOpenAiStub();
  });
  afterEach(async () => {
    await stub.close();
  });
  const classifier = () => createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'gpt-test', timeoutMs: 2000, maxRetries: 0 });
  const answer = { category: 'service_action', confidence: 0.95, urgency: 'medium', lang: 'en', signals: [], facts: null };
  const input = { text: 'please refill my lisinopril, or is this a side effect question?', channel: 'chat' as const };

  it('when the category tokens carry probability 0.6 and the JSON says 0.95, then the confidence is 0.6 and decision_path says logprobs', async () => {
    stub.setBehavior({ kind: 'answer', content: answer, logprobs: categoryLogprobs(0.6, { informational: 0.35 }) });
    const result = await classifier().classify(input);
    expect(stub.requests[0]).toMatchObject({ logprobs: true, top_logprobs: 3 });
    expect(result.confidence).toBeCloseTo(0.6, 6);
    expect(result.confidence_source).toBe('logprobs');
    expect(result.secondary_category).toBe('informational');
    const decision = decide({ classification: result, fallback: false }, { fired: false, signals: [], suppressed: [] } as never, { confidenceThreshold: 0.7, reviewMargin: 0.15 });
    expect(decision.confidence).toBeCloseTo(0.6, 6);
    expect(decision.requires_human_review).toBe(true);
    expect(decision.path[0]).toMatch(/confidence from logprobs -> service_action \(0\.60\)/);
  });

  it('when the endpoint returns no logprobs, then the verbalised number is used and decision_path says so', async () => {
    stub.setBehavior({ kind: 'answer', content: answer });
    const result = await classifier().classify(input);
    expect(result.confidence).toBe(0.95);
    expect(result.confidence_source).toBe('verbalised');
    expect(result.secondary_category).toBeNull();
    expect(result.reasoning).toMatch(/verbalised confidence \(no logprobs\)/);
  });
});
