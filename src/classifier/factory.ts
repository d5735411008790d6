import { resolveProvider, type Config } from '../config.ts';
import { createClassifierChain, type ChainEvents } from './chain.ts';
import { createLocalClassifier } from './local/local-classifier.ts';
import { createOpenAiClassifier } from './openai-provider.ts';
import { parsePromptVariants } from './prompt-variants.ts';
import type { Classifier, ClassifierChain } from './types.ts';

export interface ClassifierOverrides {
  primary?: Classifier | null;
  fallback?: Classifier;
}

/**
 * Builds the primary-then-fallback chain from configuration: openai through the breaker when
 * selected, the embedded local classifier always (as primary when no key, as fallback otherwise).
 */
export function createClassifierChainFromConfig(
  config: Config,
  options: { overrides?: ClassifierOverrides; events?: ChainEvents; logger?: { warn: (o: object, m: string) => void; debug: (o: object, m: string) => void } } = {},
): { chain: ClassifierChain; reason: string; local: Classifier } {
  const { provider, reason } = resolveProvider(config);
  const fallback = options.overrides?.fallback ?? createLocalClassifier();
  let primary: Classifier | null = null;
  if (options.overrides && 'primary' in options.overrides) primary = options.overrides.primary ?? null;
  else if (provider === 'openai') {
    primary = createOpenAiClassifier({
      apiKey: config.OPENAI_API_KEY!,
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      model: config.OPENAI_MODEL,
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
      variants: parsePromptVariants(config.PROMPT_VARIANTS),
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }
  const chain = createClassifierChain({
    primary,
    fallback,
    breaker: {
      // The provider enforces LLM_TIMEOUT_MS itself; the breaker's timeout is a backstop just above it.
      timeoutMs: config.LLM_TIMEOUT_MS + 250,
      volumeThreshold: config.BREAKER_VOLUME_THRESHOLD,
      errorThresholdPercentage: config.BREAKER_ERROR_THRESHOLD_PERCENT,
      resetTimeoutMs: config.BREAKER_RESET_TIMEOUT_MS,
      rollingCountTimeoutMs: config.BREAKER_ROLLING_WINDOW_MS,
    },
    maxConcurrency: config.LLM_MAX_CONCURRENCY,
    shadow: config.SHADOW === 'on',
    ...(options.events ? { events: options.events } : {}),
  });
  return { chain, reason, local: fallback };
}
