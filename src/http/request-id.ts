import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A token, not a sentence: no spaces, CR/LF or quotes can reach our response headers or logs.
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Fastify genReqId: the client's X-Request-Id when it is a sane token, otherwise a fresh UUID. */
export function requestIdFrom(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SANE.test(given) ? given : randomUUID();
}
