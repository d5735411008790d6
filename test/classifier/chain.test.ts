import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClassifierChain, type BreakerOptions, type ChainEvents } from '../../src/classifier/chain.ts';
import { createOpenAiClassifier } from '../../src/classifier/openai-provider.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import type { SafetyScan } from '../../src/classifier/safety-types.ts';
import type { BreakerState, Classifier, ClassifierChain, ClassifierInput } from '../../src/classifier/types.ts';
import { startOpenAiStub, type OpenAiStub, type StubBehavior } from '../support/openai-stub.ts';

const input: ClassifierInput = { text: 'please refill my lisinopril', channel: 'chat' };

/** A trivial local classifier: always answers, and counts how often it was asked. */
function fakeLocal(): Classifier & { calls: number } {
  return {
    provider: 'local',
    model: 'local-test',
    calls: 0,
    async classify() {
      this.calls++;
      return {
        category: 'service_action',
        confidence: 0.6,
        urgency: 'medium',
        summary: 'local answer',
        reasoning: 'local model',
        language: 'en',
        provider: 'local',
        model: 'local-test',
        prompt_version: 'local-1',
      };
    },
  };
}

const relaxedBreaker: BreakerOptions = {
  timeoutMs: 0,
  volumeThreshold: 1000,
  errorThresholdPercentage: 50,
  resetTimeoutMs: 30_000,
  rollingCountTimeoutMs: 10_000,
};

let stub: OpenAiStub;
let chain: ClassifierChain | undefined;
let local: ReturnType<typeof fakeLocal>;
let states: BreakerState[];
let fallbacks: string[];
let outcomes: string[];

const events: ChainEvents = {
  onBreakerState: (state) => states.push(state),
  onFallback: (reason) => fallbacks.push(reason),
  onPrimaryCall: (info) => outcomes.push(info.outcome),
};

beforeEach(async () => {
  stub = await startOpenAiStub();
  local = fakeLocal();
  states = [];
  fallbacks = [];
  outcomes = [];
});
afterEach(async () => {
  chain?.shutdown();
  chain = undefined;
  await stub.close();
});

function build(options: { breaker?: Partial<BreakerOptions>; maxConcurrency?: number; timeoutMs?: number } = {}) {
  const primary = createOpenAiClassifier({
    apiKey: 'test-key',
    baseURL: stub.url,
    model: 'gpt-test',
    timeoutMs: options.timeoutMs ?? 2000,
    maxRetries: 0,
  });
  chain = createClassifierChain({
    primary,
    fallback: local,
    breaker: { ...relaxedBreaker, ...options.breaker },
    maxConcurrency: options.maxConcurrency ?? 10,
    events,
  });
  return chain;
}

describe('classifier chain', () => {
  it('when the primary answers, then the answer is the primary one and fallback is false', async () => {
    const result = await build().classify(input);
    expect(result.fallback).toBe(false);
    expect(result.fallback_reason).toBeUndefined();
    expect(result.classification).toMatchObject({ provider: 'openai', category: 'service_action' });
    expect(chain!.primary).toBe('openai');
    expect(chain!.breakerState()).toBe('closed');
    expect(outcomes).toEqual(['success']);
    expect(local.calls).toBe(0);
  });

  it.each<[StubBehavior, string]>([
    [{ kind: 'status', status: 500 }, 'server_error'],
    [{ kind: 'status', status: 429, headers: { 'retry-after': '60' } }, 'rate_limited'],
    [{ kind: 'hang' }, 'timeout'],
    [{ kind: 'destroy' }, 'connection'],
    [{ kind: 'garbage' }, 'invalid_output'],
    [{ kind: 'answer', content: { category: 'other' } }, 'invalid_output'],
    [{ kind: 'refusal' }, 'refusal'],
    [{ kind: 'truncated' }, 'truncated'],
    [{ kind: 'status', status: 400 }, 'bad_request'],
    [{ kind: 'status', status: 401 }, 'auth'],
  ])('when the primary fails with %j, then the local classifier answers with fallback reason %s', async (behavior, reason) => {
    stub.setBehavior(behavior);
    const result = await build({ timeoutMs: 300 }).classify(input);
    expect(result).toMatchObject({ fallback: true, fallback_reason: reason });
    expect(result.classification.provider).toBe('local');
    expect(fallbacks).toEqual([reason]);
    expect(outcomes).toEqual([reason]);
  });

  // The breaker's own timeout (it passed here with that timeout switched off, the provider's 5 s one
  // answering instead): see chain-breaker.test.ts, driven by fake timers.

  it('when failures pass the threshold, then the breaker opens and calls skip the API while answers still come', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    const c = build({ breaker: { volumeThreshold: 3, errorThresholdPercentage: 50 } });
    for (let i = 0; i < 3; i++) await c.classify(input);
    expect(c.breakerState()).toBe('open');
    expect(states).toContain('open');
    const callsWhenOpened = stub.calls;

    const results = await Promise.all([c.classify(input), c.classify(input), c.classify(input)]);
    for (const result of results) {
      expect(result).toMatchObject({ fallback: true, fallback_reason: 'breaker_open' });
      expect(result.classification.provider).toBe('local');
    }
    expect(stub.calls).toBe(callsWhenOpened);
  });

  it('when the reset timeout passes and the API is back, then a half-open trial closes the breaker', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    const c = build({ breaker: { volumeThreshold: 2, resetTimeoutMs: 200 } });
    await c.classify(input);
    await c.classify(input);
    expect(c.breakerState()).toBe('open');

    stub.setBehavior({ kind: 'answer' });
    await sleep(400);
    expect(c.breakerState()).toBe('half_open');
    const result = await c.classify(input);
    expect(result.fallback).toBe(false);
    expect(c.breakerState()).toBe('closed');
    expect(states).toEqual(['open', 'half_open', 'closed']);
  });

  it('when the primary keeps answering 400, then every call falls back but the breaker stays closed', async () => {
    stub.setBehavior({ kind: 'status', status: 400 });
    const c = build({ breaker: { volumeThreshold: 2, errorThresholdPercentage: 10 } });
    for (let i = 0; i < 5; i++) {
      expect(await c.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'bad_request' });
    }
    expect(c.breakerState()).toBe('closed');
    expect(stub.calls).toBe(5);
    expect(states).toEqual([]);
  });

  it('when primary calls in flight reach maxConcurrency, then the next call falls back at once as overloaded', async () => {
    stub.setBehavior({ kind: 'answer', delayMs: 400 });
    const c = build({ maxConcurrency: 1 });
    const first = c.classify(input);
    const second = await c.classify(input);
    expect(second).toMatchObject({ fallback: true, fallback_reason: 'overloaded' });
    expect(stub.calls).toBeLessThanOrEqual(1);
    expect((await first).fallback).toBe(false);
    expect(stub.calls).toBe(1);
    // The slot is free again once the slow call has finished.
    expect((await c.classify(input)).fallback).toBe(false);
  });

  it("when other messages are scanned while the LLM answers, then the shadow and the fallback read the caller's scan of the message", async () => {
    const read: SafetyScan[] = [];
    const reading: Classifier = {
      ...local,
      classify: async (i) => {
        read.push(scanSafety(i.text));
        return local.classify(i);
      },
      categorise: async (i) => {
        read.push(scanSafety(i.text));
        return 'service_action';
      },
    };
    const primary = createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 1000, maxRetries: 0 });
    chain = createClassifierChain({ primary, fallback: reading, breaker: relaxedBreaker, maxConcurrency: 10, shadow: true });
    const scan = scanSafety(input.text);

    const answered = chain.classify({ ...input, scan });
    scanSafety('I got a rash all over my arms after starting the new antibiotic.');
    expect((await (await answered).shadow?.settle())?.shadow_category).toBe('service_action');
    stub.setBehavior({ kind: 'status', status: 400 });
    const fellBack = chain.classify({ ...input, scan });
    scanSafety('My son ate some of my pills by mistake.');
    expect((await fellBack).fallback).toBe(true);

    expect(read).toHaveLength(2);
    expect(read[0]).toBe(scan);
    expect(read[1]).toBe(scan);
  });

  it('when the fallback fails too, then the chain rejects', async () => {
    stub.setBehavior({ kind: 'status', status: 500 });
    const broken: Classifier = { ...local, classify: () => Promise.reject(new Error('local model missing')) };
    chain = createClassifierChain({ primary: null, fallback: broken, breaker: relaxedBreaker, maxConcurrency: 1 });
    await expect(chain.classify(input)).rejects.toThrow('local model missing');
    chain = createClassifierChain({
      primary: createOpenAiClassifier({ apiKey: 'k', baseURL: stub.url, model: 'm', timeoutMs: 1000, maxRetries: 0 }),
      fallback: broken,
      breaker: relaxedBreaker,
      maxConcurrency: 1,
    });
    await expect(chain.classify(input)).rejects.toThrow('local model missing');
  });

  it('when there is no primary, then the local classifier answers with fallback false and no breaker', async () => {
    chain = createClassifierChain({ primary: null, fallback: local, breaker: relaxedBreaker, maxConcurrency: 1, events });
    const result = await chain.classify(input);
    expect(result).toEqual({ classification: expect.objectContaining({ provider: 'local' }), fallback: false });
    expect(chain.primary).toBe('local');
    expect(chain.breakerState()).toBe('none');
    expect(fallbacks).toEqual([]);
    expect(stub.calls).toBe(0);
  });
});
