import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClassifierChain, type BreakerOptions } from '../../src/classifier/chain.ts';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { forgetLastMessage, scanSafety } from '../../src/classifier/safety-guard.ts';
import type { ClassifierChain, ClassifierInput, ShadowComparison } from '../../src/classifier/types.ts';
import { createKeywordClassifier } from '../support/fakes.ts';
import { startOpenAiStub, type OpenAiStub } from '../support/openai-stub.ts';

// The stub sees no action in "charged twice" (informational); the keyword fake reads "charged" as service_action.
const input: ClassifierInput = { text: 'I was charged twice', channel: 'chat' };
const breaker: BreakerOptions = { timeoutMs: 0, volumeThreshold: 1000, errorThresholdPercentage: 50, resetTimeoutMs: 30_000, rollingCountTimeoutMs: 10_000 };
/** Resolves once the event loop has passed its check phase (where setImmediate callbacks run). */
const checkPhase = () => new Promise<void>((done) => setImmediate(done));

let stub: OpenAiStub;
const chains: ClassifierChain[] = [];
beforeEach(async () => {
  stub = await startOpenAiStub();
});
afterEach(async () => {
  for (const made of chains.splice(0)) made.shutdown();
  await stub.close();
});

function llmChain(shadow: boolean) {
  const local = createKeywordClassifier();
  const compared: ShadowComparison[] = [];
  const primary = createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 1000, maxRetries: 0 });
  const chain = createClassifierChain({ primary, fallback: local, breaker, maxConcurrency: 10, shadow, events: { onShadow: (c) => compared.push(c) } });
  chains.push(chain);
  return { chain, local, compared };
}

describe('the shadow comparison, off the request path', () => {
  it('when the LLM answers, then the chain answers before the local classifier reads the message, and the comparison follows without being asked', async () => {
    const { chain, local, compared } = llmChain(true);
    const result = await chain.classify({ ...input, scan: scanSafety(input.text) });
    expect(result.classification.provider).toBe('openai');
    expect(result.shadow).toBeDefined();
    expect(local.calls).toHaveLength(0);
    expect(compared).toHaveLength(0);

    await checkPhase();
    expect(local.calls.map((c) => c.text)).toEqual([input.text]);
    expect(compared).toEqual([{ primary: 'openai', shadow: 'local', primary_category: 'informational', shadow_category: 'service_action', agree: false }]);
  });

  it('when the comparison is asked for before the event loop gets to it, then it is made once and given to both', async () => {
    const { chain, local, compared } = llmChain(true);
    const result = await chain.classify(input);
    const asked = await result.shadow!.settle();
    await checkPhase();
    expect(await result.shadow!.settle()).toBe(asked);
    expect(asked).toMatchObject({ shadow_category: 'service_action', agree: false });
    expect(local.calls).toHaveLength(1);
    expect(compared).toHaveLength(1);
  });

  it("when the shadow has read the message after the response, then the guard's memos hold none of it", async () => {
    const { chain } = llmChain(true);
    const result = await chain.classify({ ...input, scan: scanSafety(input.text) });
    // The response would have been sent here: the app lets go of the guard's memos then.
    forgetLastMessage();
    await result.shadow!.settle();
    expect(forgetLastMessage()).toBe(false);
  });

  it('when the local classifier fails in the shadow, then the LLM answer stands and nothing is compared', async () => {
    const { chain, local, compared } = llmChain(true);
    local.classify = () => Promise.reject(new Error('local model missing'));
    const result = await chain.classify(input);
    expect(result).toMatchObject({ fallback: false, classification: { provider: 'openai' } });
    expect(await result.shadow!.settle()).toBeUndefined();
    expect(compared).toHaveLength(0);
  });

  it('when SHADOW is off or the LLM did not answer, then there is no comparison to wait for', async () => {
    const off = llmChain(false);
    expect((await off.chain.classify(input)).shadow).toBeUndefined();
    const on = llmChain(true);
    stub.setBehavior({ kind: 'status', status: 400 });
    const fellBack = await on.chain.classify(input);
    expect(fellBack).toMatchObject({ fallback: true });
    expect(fellBack.shadow).toBeUndefined();
    await checkPhase();
    expect(on.compared).toHaveLength(0);
    expect(on.local.calls).toHaveLength(1);
  });
});
