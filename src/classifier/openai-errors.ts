import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AnswerTooLargeError } from './llm-fetch.ts';
import { LlmError, type LlmErrorKind } from './types.ts';

/** Kinds worth another attempt: the request was fine, the server or the network was not. */
const RETRYABLE: ReadonlySet<LlmErrorKind> = new Set(['rate_limited', 'server_error', 'connection']);

export function isRetryable(error: LlmError): boolean {
  return RETRYABLE.has(error.kind);
}

function kindOfStatus(status: number): LlmErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'auth';
  // 408/409 are transient by the SDK's own retry policy.
  if (status === 408 || status === 409 || status >= 500) return 'server_error';
  return 'bad_request';
}

/**
 * Maps what the SDK threw to an LlmError. `deadlineHit` says our overall deadline fired, which the
 * SDK reports as a user abort. Anything else is a bug of ours, not a provider failure: undefined.
 * @see https://github.com/openai/openai-node#handling-errors
 */
export function toLlmError(error: unknown, deadlineHit: boolean): LlmError | undefined {
  if (error instanceof LlmError) return error;
  if (deadlineHit || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return new LlmError('timeout', 'the LLM call did not finish within its deadline', { cause: error });
  }
  // The SDK wraps what its fetch threw as a connection error; an answer too large to read is no answer, and
  // not worth another attempt (the retry would read the same flood).
  if (error instanceof APIConnectionError && error.cause instanceof AnswerTooLargeError) {
    return new LlmError('invalid_output', error.cause.message, { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new LlmError('connection', 'could not reach the LLM API', { cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const kind = kindOfStatus(error.status);
    return new LlmError(kind, `the LLM API answered HTTP ${error.status}`, { status: error.status, cause: error });
  }
  // A 200 whose body is not JSON surfaces as a SyntaxError from the SDK's parser.
  if (error instanceof SyntaxError) {
    return new LlmError('invalid_output', 'the LLM API answered with a body that is not JSON', { cause: error });
  }
  return undefined;
}

function header(error: LlmError, name: string): string | null {
  const cause = error.cause;
  if (!(cause instanceof APIError) || !cause.headers) return null;
  return cause.headers.get(name);
}

/** The server's own retry hint in ms (`retry-after-ms`, then `retry-after` seconds or date), if any. */
export function retryAfterMs(error: LlmError, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(header(error, 'retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = header(error, 'retry-after');
  if (value === null) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `x-should-retry: false` from the server overrides our own judgement (the SDK honours it too). */
export function serverForbidsRetry(error: LlmError): boolean {
  return header(error, 'x-should-retry') === 'false';
}
