import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClassifierChain, type BreakerOptions } from '../../src/classifier/chain.ts';
import { LlmError, type Classification, type Classifier, type ClassifierChain, type ClassifierInput } from '../../src/classifier/types.ts';

// Gaps found by mutation testing (#18): the breaker's own timeout, the abort that frees a timed-out
// call's concurrency slot, and which errors count toward opening the breaker. The primary here is a
// port fake (no SDK), so each test controls exactly when it answers.
const input: ClassifierInput = { text: 'please refill my lisinopril', channel: 'chat' };

function answer(provider: 'openai' | 'local', extra: Partial<Classification> = {}): Classification {
  return {
    category: 'service_action',
    confidence: 0.75,
    urgency: 'medium',
    summary: 's',
    reasoning: `${provider} answer`,
    language: 'en',
    provider,
    model: `${provider}-model`,
    prompt_version: 'p1',
    ...extra,
  };
}

type Mode = { kind: 'hang' } | { kind: 'answer'; usage?: Classification['usage'] } | { kind: 'fail'; error: Error };

/** A primary that hangs until aborted, answers, or fails, as `mode` says; it records the signals it got. */
function controllablePrimary(): Classifier & { mode: Mode; signals: AbortSignal[]; calls: number } {
  const primary = {
    provider: 'openai' as const,
    model: 'fake-llm',
    mode: { kind: 'answer' } as Mode,
    signals: [] as AbortSignal[],
    calls: 0,
    classify(_input: ClassifierInput, signal?: AbortSignal): Promise<Classification> {
      primary.calls++;
      if (signal) primary.signals.push(signal);
      const mode = primary.mode;
      if (mode.kind === 'fail') return Promise.reject(mode.error);
      if (mode.kind === 'answer') return Promise.resolve(answer('openai', mode.usage ? { usage: mode.usage } : {}));
      return new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new LlmError('timeout', 'aborted by the caller')), { once: true });
      });
    },
  };
  return primary;
}

const local: Classifier = { provider: 'local', model: 'local-model', classify: async () => answer('local') };
const breaker: BreakerOptions = { timeoutMs: 50, volumeThreshold: 1000, errorThresholdPercentage: 50, resetTimeoutMs: 30_000, rollingCountTimeoutMs: 10_000 };

let chain: ClassifierChain | undefined;
afterEach(() => {
  chain?.shutdown();
  chain = undefined;
  vi.useRealTimers();
});

function build(primary: Classifier, options: { breaker?: Partial<BreakerOptions>; maxConcurrency?: number } = {}) {
  const log = { fallbacks: [] as string[], outcomes: [] as unknown[], states: [] as string[] };
  chain = createClassifierChain({
    primary,
    fallback: local,
    breaker: { ...breaker, ...options.breaker },
    maxConcurrency: options.maxConcurrency ?? 10,
    events: {
      onFallback: (reason) => log.fallbacks.push(reason),
      onPrimaryCall: (info) => log.outcomes.push(info.usage ? { outcome: info.outcome, usage: info.usage } : info.outcome),
      onBreakerState: (state) => log.states.push(state),
    },
  });
  return { chain, log };
}

/** Starts a call and says whether it has settled after `ms` of fake time. */
async function callAndAdvance(c: ClassifierChain, ms: number) {
  let settled = false;
  const pending = c.classify(input).finally(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return { settled: () => settled, pending };
}

describe('classifier chain: the breaker timeout', () => {
  it('when the primary hangs past the breaker timeout, then the local classifier answers with reason timeout at that time', async () => {
    vi.useFakeTimers();
    const primary = controllablePrimary();
    primary.mode = { kind: 'hang' };
    const { chain: c, log } = build(primary);
    const early = await callAndAdvance(c, 49);
    expect(early.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(early.settled()).toBe(true);
    expect(await early.pending).toMatchObject({ fallback: true, fallback_reason: 'timeout', classification: { provider: 'local' } });
    expect(log.fallbacks).toEqual(['timeout']);
  });

  it('when the breaker timeout fires, then the primary call is aborted and its concurrency slot is free for the next message', async () => {
    vi.useFakeTimers();
    const primary = controllablePrimary();
    primary.mode = { kind: 'hang' };
    const { chain: c } = build(primary, { maxConcurrency: 1 });
    const first = await callAndAdvance(c, 50);
    expect(await first.pending).toMatchObject({ fallback_reason: 'timeout' });
    expect(primary.signals[0]?.aborted).toBe(true);

    primary.mode = { kind: 'answer' };
    expect(await c.classify(input)).toMatchObject({ fallback: false, classification: { provider: 'openai' } });
  });

  it('when BREAKER_TIMEOUT_MS is 0, then the breaker adds no timeout and the primary decides when to give up', async () => {
    vi.useFakeTimers();
    const primary = controllablePrimary();
    primary.mode = { kind: 'hang' };
    const { chain: c } = build(primary, { breaker: { timeoutMs: 0 } });
    const call = await callAndAdvance(c, 60_000);
    expect(call.settled()).toBe(false);
    expect(primary.signals[0]?.aborted).toBe(false);
    chain?.shutdown();
  });
});

describe('classifier chain: what opens the breaker', () => {
  it.each([
    ['auth', 401],
    ['bad_request', 400],
  ] as const)('when the primary keeps failing with %s (%i, our own mistake), then every call falls back and the breaker stays closed', async (kind, status) => {
    const primary = controllablePrimary();
    primary.mode = { kind: 'fail', error: new LlmError(kind, `status ${String(status)}`, { status }) };
    const { chain: c, log } = build(primary, { breaker: { volumeThreshold: 2, errorThresholdPercentage: 10 } });
    for (let i = 0; i < 5; i++) expect(await c.classify(input)).toMatchObject({ fallback: true, fallback_reason: kind });
    expect(c.breakerState()).toBe('closed');
    expect(log.states).toEqual([]);
    expect(primary.calls).toBe(5);
  });

  it('when the primary keeps failing with server errors, then the breaker opens after the volume threshold and the primary is left alone', async () => {
    const primary = controllablePrimary();
    primary.mode = { kind: 'fail', error: new LlmError('server_error', 'status 500', { status: 500 }) };
    const { chain: c, log } = build(primary, { breaker: { volumeThreshold: 2, errorThresholdPercentage: 10 } });
    for (let i = 0; i < 4; i++) await c.classify(input);
    expect(c.breakerState()).toBe('open');
    expect(log.states).toEqual(['open']);
    expect(primary.calls).toBe(2);
    expect(log.fallbacks).toEqual(['server_error', 'server_error', 'breaker_open', 'breaker_open']);
  });

  it('when the primary throws something that is not an LLM error, then the fallback reason and the call outcome are unexpected', async () => {
    const primary = controllablePrimary();
    primary.mode = { kind: 'fail', error: new TypeError('bug in the provider') };
    const { chain: c, log } = build(primary);
    expect(await c.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'unexpected' });
    expect(log.outcomes).toEqual(['unexpected']);
  });

  it('when the chain has been shut down, then calls fall back with reason breaker_open without reaching the primary', async () => {
    const primary = controllablePrimary();
    const { chain: c } = build(primary);
    c.shutdown();
    expect(await c.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'breaker_open' });
    expect(primary.calls).toBe(0);
  });
});

describe('classifier chain: calls and capacity', () => {
  it('when the primary reports token usage, then the call event carries it', async () => {
    const primary = controllablePrimary();
    const usage = { prompt_tokens: 120, completion_tokens: 30 };
    primary.mode = { kind: 'answer', usage };
    const { chain: c, log } = build(primary);
    await c.classify(input);
    expect(log.outcomes).toEqual([{ outcome: 'success', usage }]);
  });

  it('when maxConcurrency is 2, then two calls may be in flight and the third falls back as overloaded', async () => {
    vi.useFakeTimers();
    const primary = controllablePrimary();
    primary.mode = { kind: 'hang' };
    const { chain: c } = build(primary, { maxConcurrency: 2 });
    const first = await callAndAdvance(c, 0);
    const second = await callAndAdvance(c, 0);
    expect(await c.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'overloaded' });
    expect(primary.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(first.settled() && second.settled()).toBe(true);
  });
});

describe('classifier chain: without event hooks', () => {
  it.each([
    ['no events object', undefined],
    ['an events object without hooks', {}],
  ])('when it is built with %s, then calls, failures, fallbacks and breaker changes still work', async (_what, events) => {
    const primary = controllablePrimary();
    chain = createClassifierChain({ primary, fallback: local, breaker: { ...breaker, volumeThreshold: 1, errorThresholdPercentage: 10, resetTimeoutMs: 60_000 }, maxConcurrency: 10, events });
    expect(await chain.classify(input)).toMatchObject({ fallback: false });
    primary.mode = { kind: 'fail', error: new LlmError('server_error', 'status 500', { status: 500 }) };
    expect(await chain.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'server_error' });
    expect(chain.breakerState()).toBe('open');
    expect(await chain.classify(input)).toMatchObject({ fallback: true, fallback_reason: 'breaker_open' });
  });
});

describe('classifier chain: call durations', () => {
  it('when the primary answers or fails after 120 ms, then the call event says 120 ms', async () => {
    vi.useFakeTimers();
    const durations: number[] = [];
    const primary: Classifier = {
      provider: 'openai',
      model: 'fake-llm',
      classify: async (_input, _signal) => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        if (durations.length > 0) throw new LlmError('server_error', 'status 500');
        return answer('openai');
      },
    };
    chain = createClassifierChain({ primary, fallback: local, breaker: { ...breaker, timeoutMs: 0 }, maxConcurrency: 10, events: { onPrimaryCall: (info) => durations.push(info.durationMs) } });
    for (let i = 0; i < 2; i++) {
      const call = chain.classify(input);
      await vi.advanceTimersByTimeAsync(120);
      await call;
    }
    expect(durations).toEqual([120, 120]);
  });
});
