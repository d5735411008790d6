import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';
import { requestIdFrom } from './request-id.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { sendError } from './error-handler.ts';

/**
 * Answers written before the app's handlers see a request, in the error body of API.md with a
 * request id and the security headers: a URL Fastify's router rejects (`frameworkErrors`), HTTP that
 * Node's parser rejects (`clientError`), an `Expect` other than 100-continue (`checkExpectation`).
 */

const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; message: (path: string) => string }> = {
  FST_ERR_BAD_URL: { code: 'invalid_request', message: (path) => `path: ${path} is not valid percent-encoding` },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', message: () => 'path: a path segment is too long' },
};

/** Fastify's `frameworkErrors` option: the router's errors, sent like any other error. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0]!.slice(0, 200);
  const known = FRAMEWORK_ERRORS[error.code];
  const appError = known ? new AppError(known.code, known.message(path)) : new AppError('internal_error', 'An unexpected error occurred; it has been logged.');
  if (!known) request.log.error({ err: error }, 'router error');
  reply.headers({ ...SECURITY_HEADERS, 'x-request-id': request.id });
  return sendError(request, reply, appError);
}

function errorBody(code: ErrorCode, message: string, requestId: string) {
  return JSON.stringify({ error: code, message, request_id: requestId, details: {} });
}

/** What the parser's error means for the client, by Node's error code. */
function parserError(code: string | undefined): { status: number; error: ErrorCode; message: string } {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, error: 'request_timeout', message: 'the request (headers and body) did not arrive within REQUEST_TIMEOUT_MS; send it again' };
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, error: 'header_fields_too_large', message: 'request headers are larger than the limit' };
  if (code === 'HPE_INVALID_METHOD') return { status: 400, error: 'invalid_request', message: 'method: not a valid HTTP method' };
  return { status: 400, error: 'invalid_request', message: 'request: malformed HTTP (request line, headers, Content-Length, Transfer-Encoding or chunked body)' };
}

/** A raw HTTP/1.1 answer on the socket: there is no request or response object for a parser error. */
function rawResponse(status: number, body: string, requestId: string): string {
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Fastify's `clientErrorHandler`: malformed HTTP gets the error body, then the connection closes. */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // A response already under way on this keep-alive socket cannot be followed by another one.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, error: code, message } = parserError(error.code);
  const requestId = randomUUID();
  this.log.debug({ err_code: error.code, status, request_id: requestId }, 'malformed HTTP from the client');
  socket.end(rawResponse(status, errorBody(code, message, requestId), requestId), () => socket.destroy());
}

/** Node answers an Expect it does not know with a bare 417; this gives it the error body. */
export function registerExpectationFailed(app: FastifyInstance) {
  app.server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const requestId = requestIdFrom(request);
    const body = errorBody('expectation_failed', 'expect: only 100-continue is supported', requestId);
    response.writeHead(417, {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-request-id': requestId,
      connection: 'close',
    });
    response.end(body);
  });
}
