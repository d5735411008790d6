import { fetchCapped } from '../classifier/llm-fetch.ts';
import OpenAI, { toFile } from 'openai';
import { fullJitterBackoff, startDeadline } from '../classifier/deadline.ts';
import { isRetryable, retryAfterMs, serverForbidsRetry, toLlmError } from '../classifier/openai-errors.ts';
import { createRetryBudget } from '../classifier/retry-budget.ts';
import type { Transcriber } from './types.ts';

export interface OpenAiTranscriberOptions {
  apiKey: string;
  baseURL?: string | undefined;
  /** OPENAI_TRANSCRIBE_MODEL, e.g. gpt-4o-mini-transcribe. */
  model: string;
  /** Budget of one transcription, retries and backoff included. */
  timeoutMs: number;
  maxRetries: number;
  logger?: { warn(obj: object, msg?: string): void } | undefined;
}

const BACKOFF_BASE_MS = 300;
const BACKOFF_CAP_MS = 3000;

/**
 * OpenAI's `audio.transcriptions.create` (or any compatible endpoint) with the classification call's
 * discipline: the SDK's own retries off, one deadline for all attempts, retries only for 429 / 5xx /
 * connection errors and only while the shared retry budget allows.
 * @see https://platform.openai.com/docs/api-reference/audio/createTranscription
 */
export function createOpenAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  const { model, timeoutMs, maxRetries, logger } = options;
  // The built-in fetch (a multipart upload is not the hot path the classification client's is), with the answer
  // read up to MAX_ANSWER_BYTES so a broken upstream cannot fill the process's memory.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: timeoutMs, maxRetries: 0, logLevel: 'off', fetch: fetchCapped });
  const budget = createRetryBudget();
  return {
    provider: 'openai',
    model,
    async transcribe(recording, signal) {
      const deadline = startDeadline(timeoutMs, signal);
      budget.earn();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const file = await toFile(recording.data, recording.filename, { type: recording.contentType });
            const result = await client.audio.transcriptions.create({ file, model, ...(recording.language ? { language: recording.language } : {}) }, { signal: deadline.signal, timeout: Math.max(1, Math.ceil(deadline.remaining())) });
            return result.text;
          } catch (caught) {
            const error = toLlmError(caught, deadline.signal.aborted);
            if (!error) throw caught;
            const delay = retryAfterMs(error) ?? fullJitterBackoff(attempt, BACKOFF_BASE_MS, BACKOFF_CAP_MS);
            const retry = isRetryable(error) && attempt < maxRetries && !serverForbidsRetry(error) && delay < deadline.remaining();
            if (!retry || !budget.trySpend()) throw error;
            logger?.warn({ provider: 'openai', call: 'transcription', kind: error.kind, status: error.status, attempt }, 'transcription failed, retrying');
            await deadline.wait(delay).catch((aborted: unknown) => {
              throw toLlmError(aborted, true) ?? aborted;
            });
          }
        }
      } finally {
        deadline.clear();
      }
    },
  };
}
