import CircuitBreaker from 'opossum';
import type { BreakerOptions } from '../classifier/chain.ts';
import { retryAfterMs } from '../classifier/openai-errors.ts';
import { LlmError, type BreakerState } from '../classifier/types.ts';
import { AppError, invalidRequest, unavailable } from '../errors.ts';
import type { Recording, Transcriber } from './types.ts';

export interface TranscriptionEvents {
  onBreakerState?(state: BreakerState): void;
  onCall?(outcome: string): void;
}

export interface Transcription {
  /** False when no provider is configured: every transcribe() is a 501. */
  readonly available: boolean;
  /** The transcript, or an AppError: 501 with no provider, 503 (Retry-After) when the provider fails. */
  transcribe(recording: Recording): Promise<string>;
  breakerState(): BreakerState;
  shutdown(): void;
}

const DEFAULT_RETRY_AFTER_S = 5;

export const transcriptionUnavailable = () =>
  new AppError('transcription_unavailable', 'No transcription provider is configured (set OPENAI_API_KEY, and CLASSIFIER_PROVIDER other than local); send the text to /api/v1/classify instead.');

/** A refused recording or our own bad key: the provider is fine, so the breaker must not count it. */
const isCallerMistake = (error: unknown) => error instanceof LlmError && (error.kind === 'bad_request' || error.kind === 'auth');

function toAppError(error: unknown, resetTimeoutMs: number): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EOPENBREAKER' || code === 'ESHUTDOWN') {
    return unavailable('Transcription is failing and paused for now; retry later with the same message_id.', Math.ceil(resetTimeoutMs / 1000), error);
  }
  if (error instanceof LlmError && error.kind === 'bad_request') {
    return Object.assign(invalidRequest(`audio: the transcription provider refused the recording (HTTP ${error.status ?? 400})`), { cause: error });
  }
  const hint = error instanceof LlmError ? retryAfterMs(error) : undefined;
  const seconds = hint === undefined ? DEFAULT_RETRY_AFTER_S : Math.max(1, Math.ceil(hint / 1000));
  return unavailable('Transcription is unavailable right now; retry with the same message_id.', seconds, error);
}

/**
 * The transcription provider behind its own named opossum breaker (like the classification call's,
 * but with no local fallback: without a transcript there is nothing to triage, so the client retries).
 * @see https://nodeshift.dev/opossum/
 */
export function createTranscription(transcriber: Transcriber | null, breakerOptions: BreakerOptions, events: TranscriptionEvents = {}): Transcription {
  if (transcriber === null) {
    return {
      available: false,
      transcribe: async () => {
        throw transcriptionUnavailable();
      },
      breakerState: () => 'none',
      shutdown: () => {},
    };
  }
  const provider = transcriber;
  const breaker = new CircuitBreaker((recording: Recording, signal: AbortSignal) => provider.transcribe(recording, signal), {
    name: 'transcription',
    timeout: breakerOptions.timeoutMs > 0 ? breakerOptions.timeoutMs : false,
    volumeThreshold: breakerOptions.volumeThreshold,
    errorThresholdPercentage: breakerOptions.errorThresholdPercentage,
    resetTimeout: breakerOptions.resetTimeoutMs,
    rollingCountTimeout: breakerOptions.rollingCountTimeoutMs,
    errorFilter: isCallerMistake,
  });
  breaker.on('open', () => events.onBreakerState?.('open'));
  breaker.on('halfOpen', () => events.onBreakerState?.('half_open'));
  breaker.on('close', () => events.onBreakerState?.('closed'));
  return {
    available: true,
    async transcribe(recording) {
      const controller = new AbortController();
      try {
        const text = await breaker.fire(recording, controller.signal);
        events.onCall?.('success');
        return text;
      } catch (error) {
        controller.abort();
        events.onCall?.(error instanceof LlmError ? error.kind : 'breaker_or_timeout');
        throw toAppError(error, breakerOptions.resetTimeoutMs);
      }
    },
    breakerState: () => (breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed'),
    shutdown: () => breaker.shutdown(),
  };
}
