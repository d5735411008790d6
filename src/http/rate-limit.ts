import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { ApiKey } from '../auth/api-keys.ts';
import { AppError } from '../errors.ts';
import { identifyClient } from './auth.ts';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  keys: ApiKey[];
  redis?: Redis | undefined;
  onLimited?: () => void;
}

/**
 * The client's identity for limiting: the name of its API key when it presents a valid one (so a
 * whole call centre behind one NAT is not one client), else its address (X-Forwarded-For only
 * when TRUST_PROXY says the load balancer is trusted: Fastify's request.ip handles that).
 */
function clientKey(keys: ApiKey[]) {
  return (request: FastifyRequest): string => {
    if (keys.length > 0) {
      const { name } = identifyClient(request, keys);
      if (name) return `key:${name}`;
    }
    return `ip:${request.ip}`;
  };
}

/**
 * Not what the limit protects: the documentation (a page load is a dozen assets), the OpenAPI
 * document, the probes and /metrics, and the redirect at /.
 */
const EXEMPT_EXACT = new Set(['/', '/docs', '/openapi.json', '/api/v1/health', '/api/v1/ready', '/metrics']);
export function isExemptFromRateLimit(url: string): boolean {
  const path = url.split('?')[0]!;
  return EXEMPT_EXACT.has(path) || path.startsWith('/docs/');
}

/** @fastify/rate-limit, answering in the error shape of API.md with Retry-After and RateLimit-* headers. */
export async function registerRateLimit(app: FastifyInstance, options: RateLimitOptions) {
  if (options.max === 0) return; // RATE_LIMIT_MAX=0 turns limiting off (API.md)
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    keyGenerator: clientKey(options.keys),
    allowList: (request) => isExemptFromRateLimit(request.url),
    enableDraftSpec: true,
    ...(options.redis ? { redis: options.redis, nameSpace: 'careroute:rl:', skipOnError: true } : {}),
    onExceeded: () => options.onLimited?.(),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `rate limit of ${context.max} requests per ${Math.round(options.windowMs / 1000)} s exceeded; retry in ${Math.ceil(context.ttl / 1000)} s`, {
        retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
}
