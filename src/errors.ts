/**
 * Coded errors: every error a client can see has a stable `error` code and an HTTP status (API.md, "Errors").
 * The error handler turns them into the one error body; anything else becomes a masked 500.
 */
export type ErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'request_timeout'
  | 'unavailable'
  | 'internal_error'
  | 'transcription_unavailable'
  // written at the HTTP edge, before a route sees the request (src/http/edge-errors.ts)
  | 'uri_too_long'
  | 'expectation_failed'
  | 'header_fields_too_large';

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  request_timeout: 408,
  unavailable: 503,
  internal_error: 500,
  transcription_unavailable: 501,
  uri_too_long: 414,
  expectation_failed: 417,
  header_fields_too_large: 431,
};

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: Record<string, unknown> | undefined;
  /** Seconds, for 429/503 `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.statusCode = STATUS[code];
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const invalidRequest = (message: string, details?: Record<string, unknown>) =>
  new AppError('invalid_request', message, details ? { details } : {});

export const unavailable = (message: string, retryAfterSeconds: number, cause?: unknown) =>
  new AppError('unavailable', message, { retryAfterSeconds, cause });
