import CircuitBreaker from 'opossum';
import {
  LlmError,
  type BreakerState,
  type ChainResult,
  type Classification,
  type Classifier,
  type ClassifierChain,
  type ClassifierInput,
  type LlmErrorKind,
  type TokenUsage,
} from './types.ts';

/** Hooks for metrics and logs; the chain itself knows nothing of prom-client or pino. */
export interface ChainEvents {
  onBreakerState?(state: BreakerState): void;
  /** One call of the primary provider, retries included; `unexpected` is a bug, not the provider. */
  onPrimaryCall?(info: { outcome: 'success' | LlmErrorKind | 'unexpected'; durationMs: number; usage?: TokenUsage }): void;
  onFallback?(reason: string): void;
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
      const info = { outcome: 'success' as const, durationMs: performance.now() - started };
      events?.onPrimaryCall?.(classification.usage ? { ...info, usage: classification.usage } : info);
      return classification;
    } catch (error) {
      const outcome = error instanceof LlmError ? error.kind : 'unexpected';
      events?.onPrimaryCall?.({ outcome, durationMs: performance.now() - started });
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

  async function useFallback(input: ClassifierInput, reason: string): Promise<ChainResult> {
    events?.onFallback?.(reason);
    const classification = await fallback.classify(input);
    return { classification, fallback: true, fallback_reason: reason };
  }

  return {
    primary: provider.provider,
    async classify(input) {
      // Checked before fire(): opossum's own capacity limit would count overload as a failure.
      if (inFlight >= options.maxConcurrency) return useFallback(input, 'overloaded');
      const controller = new AbortController();
      try {
        return { classification: await breaker.fire(input, controller.signal), fallback: false };
      } catch (error) {
        // After opossum's timeout the call would otherwise run on, holding a concurrency slot.
        controller.abort();
        return useFallback(input, reasonOf(error));
      }
    },
    breakerState: () => (breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed'),
    shutdown: () => breaker.shutdown(),
  };
}
