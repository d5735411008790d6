import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { sha256 } from '../auth/api-keys.ts';
import { AppError } from '../errors.ts';

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback: a scraper in the same task or on the same host. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * Who may read /metrics, decided in the app (the ALB's path rule is a second fence, not the only
 * one: Fastify decodes `/%6Detrics` to `/metrics`). With METRICS_TOKEN: a request presenting it as
 * `Authorization: Bearer <token>`. Without: only a client on the loopback interface (a sidecar
 * scraper), judged by the socket's own address, never X-Forwarded-For. The check sits on the
 * route itself, so every spelling that reaches the route meets it.
 */
export function createMetricsAccess(token: string | undefined) {
  const digest = token === undefined ? undefined : sha256(token);
  return async function metricsAccess(request: FastifyRequest) {
    if (digest) {
      const presented = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (presented !== undefined && timingSafeEqual(sha256(presented), digest)) return;
      throw new AppError('unauthorized', '/metrics needs the METRICS_TOKEN as Authorization: Bearer <token>');
    }
    if (!isLoopback(request.socket.remoteAddress)) {
      throw new AppError('unauthorized', '/metrics is served on loopback only unless METRICS_TOKEN is set');
    }
  };
}
