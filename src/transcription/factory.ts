import { resolveProvider, type Config } from '../config.ts';
import type { ChainEvents } from '../classifier/chain.ts';
import { createOpenAiTranscriber } from './openai-transcriber.ts';
import { createTranscription, type Transcription } from './transcription.ts';

/**
 * Transcription goes to the primary provider's SDK: with CLASSIFIER_PROVIDER resolving to openai
 * (a key is set), OPENAI_TRANSCRIBE_MODEL at OPENAI_BASE_URL; with the local classifier, none (501).
 */
export function createTranscriptionFromConfig(
  config: Config,
  options: { logger?: { warn(obj: object, msg?: string): void }; onBreakerState?: ChainEvents['onBreakerState'] } = {},
): Transcription {
  const openai = resolveProvider(config).provider === 'openai' && config.OPENAI_API_KEY;
  const transcriber = openai
    ? createOpenAiTranscriber({
        apiKey: config.OPENAI_API_KEY!,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_TRANSCRIBE_MODEL,
        timeoutMs: config.TRANSCRIBE_TIMEOUT_MS,
        maxRetries: config.LLM_MAX_RETRIES,
        logger: options.logger,
      })
    : null;
  return createTranscription(
    transcriber,
    {
      timeoutMs: config.TRANSCRIBE_TIMEOUT_MS + 250,
      volumeThreshold: config.BREAKER_VOLUME_THRESHOLD,
      errorThresholdPercentage: config.BREAKER_ERROR_THRESHOLD_PERCENT,
      resetTimeoutMs: config.BREAKER_RESET_TIMEOUT_MS,
      rollingCountTimeoutMs: config.BREAKER_ROLLING_WINDOW_MS,
    },
    options.onBreakerState ? { onBreakerState: options.onBreakerState } : {},
  );
}
