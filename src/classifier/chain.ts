import CircuitBreaker from 'opossum';
import { forgetLastMessage, rememberScan } from './safety-guard.ts';
import { foldText, rememberFold } from './safety/text.ts';
import {
  LlmError,
  type BreakerState,
  type ChainResult,
  type Classification,
  type Classifier,
  type ClassifierChain,
  type ClassifierInput,
  type DeferredShadow,
  type LlmErrorKind,
  type ShadowComparison,
  type TokenUsage,
} from './types.ts';

/** Hooks for metrics and logs; the chain itself knows nothing of prom-client or pino. */
export interface ChainEvents {
  onBreakerState?(state: BreakerState): void;
  /** One call of the primary provider, retries included; `unexpected` is a bug, not the provider. */
  onPrimaryCall?(info: {
    outcome: 'success' | LlmErrorKind | 'unexpected';
    durationMs: number;
    usage?: TokenUsage;
    /** The prompt variant of the call, when the provider has variants. */
    promptVariant?: string | undefined;
    /** The answer, on success. */
    classification?: Classification;
  }): void;
  onFallback?(reason: string): void;
  /** The shadow classifier's category next to the primary's (SHADOW=on). */
  onShadow?(comparison: ShadowComparison): void;
}

export interface BreakerOptions {
  /** Opossum's own timeout around one primary call; 0 turns it off (the provider has its deadline). */
  timeoutMs: number;
  volumeThreshold: number;
  errorThresholdPercentage: number;
  resetTimeoutMs: number;
  rollingCountTimeoutMs: number;
}

export interface ClassifierChainOptions {
  /** null when the local classifier is the configured provider. */
  primary: Classifier | null;
  fallback: Classifier;
  breaker: BreakerOptions;
  /** In-flight primary calls beyond this fall back at once instead of queueing. */
  maxConcurrency: number;
  /** SHADOW: when the primary answers, the fallback also classifies the message, for comparison only. */
  shadow?: boolean | undefined;
  events?: ChainEvents | undefined;
}

/** Our own mistakes (a bad request, a bad key): falling back is right, blaming the provider is not. */
function isCallerMistake(error: unknown): boolean {
  return error instanceof LlmError && (error.kind === 'bad_request' || error.kind === 'auth');
}

/** The reason reported as `fallback_reason` for whatever the breaker rejected with. */
function reasonOf(error: unknown): string {
  if (error instanceof LlmError) return error.kind;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EOPENBREAKER' || code === 'ESHUTDOWN') return 'breaker_open';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'unexpected';
}

/** A chain where the local classifier is the primary: no breaker, never a "fallback". */
function createLocalOnlyChain(local: Classifier): ClassifierChain {
  return {
    primary: local.provider,
    classify: async (input) => ({ classification: await local.classify(input), fallback: false }),
    breakerState: () => 'none',
    shutdown: () => {},
  };
}

/**
 * The primary provider behind ONE named circuit breaker, with the local classifier as fallback.
 * @see https://nodeshift.dev/opossum/
 */
export function createClassifierChain(options: ClassifierChainOptions): ClassifierChain {
  const { primary, fallback, events } = options;
  if (primary === null) return createLocalOnlyChain(fallback);
  const provider: Classifier = primary;

  let inFlight = 0;
  async function callPrimary(input: ClassifierInput, signal: AbortSignal): Promise<Classification> {
    const started = performance.now();
    inFlight++;
    try {
      const classification = await provider.classify(input, signal);
      const info = { outcome: 'success' as const, durationMs: performance.now() - started, promptVariant: classification.prompt_variant, classification };
      events?.onPrimaryCall?.(classification.usage ? { ...info, usage: classification.usage } : info);
      return classification;
    } catch (error) {
      const outcome = error instanceof LlmError ? error.kind : 'unexpected';
      events?.onPrimaryCall?.({ outcome, durationMs: performance.now() - started, promptVariant: error instanceof LlmError ? error.promptVariant : undefined });
      throw error;
    } finally {
      inFlight--;
    }
  }

  const breaker = new CircuitBreaker(callPrimary, {
    name: provider.provider,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, opossum takes a timeout of 0 as none, like false
    timeout: options.breaker.timeoutMs > 0 ? options.breaker.timeoutMs : false,
    volumeThreshold: options.breaker.volumeThreshold,
    errorThresholdPercentage: options.breaker.errorThresholdPercentage,
    resetTimeout: options.breaker.resetTimeoutMs,
    rollingCountTimeout: options.breaker.rollingCountTimeoutMs,
    errorFilter: isCallerMistake,
  });
  breaker.on('open', () => events?.onBreakerState?.('open'));
  breaker.on('halfOpen', () => events?.onBreakerState?.('half_open'));
  breaker.on('close', () => events?.onBreakerState?.('closed'));

  /**
   * The guard's work on the text, taken as the call starts: triage scanned and folded this text just
   * before. The local model (shadow, fallback) runs after the LLM answered, when other requests have
   * scanned and folded theirs and the guard's memos hold their texts: it is handed back then.
   */
  function keepGuardWork(input: ClassifierInput): () => ClassifierInput {
    const { scan } = input;
    if (!scan) return () => input;
    const fold = foldText(input.text);
    return () => {
      rememberScan(input.text, scan);
      rememberFold(input.text, fold);
      return input;
    };
  }

  async function useFallback(withScan: () => ClassifierInput, reason: string): Promise<ChainResult> {
    events?.onFallback?.(reason);
    const classification = await fallback.classify(withScan());
    return { classification, fallback: true, fallback_reason: reason };
  }

  /**
   * The fallback's category next to the primary's answer. It never changes the routing, and a shadow
   * that fails is only not compared: the primary's answer stands.
   */
  async function compare(withScan: () => ClassifierInput, primaryAnswer: Classification): Promise<ShadowComparison | undefined> {
    try {
      const reading = fallback.categorise ? fallback.categorise(withScan()) : fallback.classify(withScan()).then((c) => c.category);
      // The guard's memos hold the message again for the local model, after its response went out: let go.
      forgetLastMessage();
      const category = await reading;
      const comparison = { primary: provider.provider, shadow: fallback.provider, primary_category: primaryAnswer.category, shadow_category: category, agree: category === primaryAnswer.category };
      events?.onShadow?.(comparison);
      return comparison;
    } catch {
      return undefined;
    }
  }

  /**
   * The comparison off the request's path: made once, when the event loop next gets to its check
   * phase (after the response that waits on nothing but this request's own work is written), or
   * earlier when someone asks (the request's log line). Every answered message is compared either way.
   */
  function deferCompare(withScan: () => ClassifierInput, primaryAnswer: Classification): DeferredShadow {
    let settled: Promise<ShadowComparison | undefined> | undefined;
    const settle = () => (settled ??= compare(withScan, primaryAnswer));
    setImmediate(settle);
    return { settle };
  }

  return {
    primary: provider.provider,
    async classify(input) {
      const withScan = keepGuardWork(input);
      // Checked before fire(): opossum's own capacity limit would count overload as a failure.
      if (inFlight >= options.maxConcurrency) return useFallback(withScan, 'overloaded');
      const controller = new AbortController();
      try {
        const classification: Classification = await breaker.fire(input, controller.signal);
        const shadow = options.shadow ? deferCompare(withScan, classification) : undefined;
        return shadow ? { classification, fallback: false, shadow } : { classification, fallback: false };
      } catch (error) {
        // After opossum's timeout the call would otherwise run on, holding a concurrency slot.
        controller.abort();
        return useFallback(withScan, reasonOf(error));
      }
    },
    breakerState: () => (breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed'),
    shutdown: () => {
      breaker.shutdown();
      // The pool's sockets close once their last request is done; a failure to close changes nothing now.
      provider.close?.().catch(() => undefined);
    },
  };
}
