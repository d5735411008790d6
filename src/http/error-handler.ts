import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../errors.ts';
import { validationError } from './validation.ts';

/** Fastify's own client-error codes, mapped to the codes of API.md. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_request',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
};
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};
const MESSAGES: Partial<Record<string, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body: must be a JSON object, got an empty body',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Content-Type must be application/json',
  FST_ERR_CTP_EMPTY_TYPE: 'Content-Type must be application/json',
  FST_ERR_CTP_INVALID_TYPE: 'Content-Type must be application/json',
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  const e = error as Partial<FastifyError> & { statusCode?: number };
  const status = e.statusCode ?? 500;
  if (e.code && FASTIFY_CODES[e.code]) {
    const code = FASTIFY_CODES[e.code]!;
    const message = MESSAGES[e.code] ?? (code === 'payload_too_large' ? 'body is larger than the limit' : `body: ${e.message}`);
    return new AppError(code, message);
  }
  if (e instanceof SyntaxError || (status === 400 && e.message?.includes('JSON'))) {
    return new AppError('invalid_request', 'body: is not valid JSON');
  }
  if (status >= 400 && status < 500) {
    const code = BY_STATUS[status] ?? 'invalid_request';
    return new AppError(code, e.message ?? code, { retryAfterSeconds: undefined });
  }
  return new AppError('internal_error', 'An unexpected error occurred; it has been logged.', { cause: error });
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply
    .code(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({ error: error.code, message: error.message, request_id: request.id, details: error.details ?? {} });
}

/** The one error body of API.md for every status; internals (stacks, causes) never leave the process. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) {
      const cause = appError.code === 'internal_error' ? error : (appError.cause ?? error);
      request.log.error({ err: cause, error_code: appError.code }, 'request failed');
    }
    return sendError(request, reply, appError);
  });
}

/** 404 in the error shape; rate limited (when limiting is on) so route guessing is not free. */
export function registerNotFound(app: FastifyInstance) {
  const limited = (app as FastifyInstance & { rateLimit?: () => never }).rateLimit;
  app.setNotFoundHandler(limited ? { preHandler: limited() } : {}, (request, reply) => {
    const path = request.url.split('?')[0]!.slice(0, 200);
    return sendError(request, reply, new AppError('not_found', `no route for ${request.method} ${path}`));
  });
}
