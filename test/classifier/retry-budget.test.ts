import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { createRetryBudget } from '../../src/classifier/retry-budget.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

let stub: OpenAiStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe('retry budget', () => {
  it('when the purse is empty, then no retry is allowed until enough first attempts earned one', () => {
    const budget = createRetryBudget({ ratio: 0.5, burst: 1 });
    expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(false);
    budget.earn();
    expect(budget.trySpend()).toBe(false);
    budget.earn();
    expect(budget.trySpend()).toBe(true);
  });

  it('when every call fails with 500 during an outage, then retries add at most the budget to the upstream load', async () => {
    stub = await startOpenAiStub();
    stub.setBehavior({ kind: 'status', status: 500 });
    const classifier = createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 2000, maxRetries: 2, retryBudget: createRetryBudget({ ratio: 0.2, burst: 2 }) });
    const calls = 20;
    for (let i = 0; i < calls; i++) await expect(classifier.classify({ text: 'refill please', channel: 'chat' })).rejects.toMatchObject({ kind: 'server_error' });
    // Without a budget: 20 x 3 = 60 upstream requests. With it: 20 first attempts + 2 (burst) + 20 x 0.2.
    expect(stub.calls).toBeLessThanOrEqual(calls + 2 + calls * 0.2);
    expect(stub.calls).toBeGreaterThan(calls);
  });
});
