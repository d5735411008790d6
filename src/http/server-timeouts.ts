import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Longer than the ALB's 60 s idle timeout (infra/terraform/alb.tf), so the load balancer always
 * closes an idle keep-alive connection first: if the app closed it first, a request the ALB sent
 * on it at that moment would fail with a 502. test/infra/terraform.test.ts keeps the two coherent.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Node's own default for the headers; never more than the whole request's deadline. */
const HEADERS_TIMEOUT_MS = 60_000;

function errorResponse(status: number, error: string, message: string): string {
  const body = JSON.stringify({ error, message, request_id: randomUUID(), details: {} });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Node's answer to a request it cannot hand to Fastify (too slow, headers too large, not HTTP), in
 * the error shape of API.md instead of Fastify's default body; the connection is closed after it.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const response =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? errorResponse(408, 'request_timeout', 'the request (headers and body) did not arrive within REQUEST_TIMEOUT_MS; send it again')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? errorResponse(431, 'invalid_request', 'request headers are too large')
        : errorResponse(400, 'invalid_request', 'malformed HTTP request');
  // end() lets the answer reach the client before the close; a client that never closes its side
  // (a stalled uploader) is cut a second later rather than holding the socket half-open.
  socket.end(response);
  socket.setTimeout(1000, () => socket.destroy());
}

/**
 * Fastify/Node timeouts from REQUEST_TIMEOUT_MS: the whole request (headers and body) must arrive
 * within it, or the client gets 408 and the socket is closed, so a stalled body cannot hold a
 * connection open (the time the handler takes is not counted). Node checks every
 * `connectionsCheckingInterval`, so the 408 comes at most that much later.
 */
export function serverTimeoutOptions(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: Math.max(20, Math.min(1000, Math.floor(requestTimeoutMs / 10))),
    },
    clientErrorHandler,
  };
}
