import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchApiKey, type ApiKey } from '../auth/api-keys.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the API key the client presented (its rate-limit identity), when keys are configured. */
    clientName?: string;
  }
}

const IDENTITY = Symbol('careroute.identity');
type Identified = FastifyRequest & { [IDENTITY]?: { presented: string | undefined; name: string | undefined } };

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match) return match[1];
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.length > 0 ? apiKey : undefined;
}

/**
 * The key a request presents and the name it matches, worked out once per request: the rate
 * limiter (its identity) and the auth hook (its verdict) both ask, and the match costs a hash per
 * configured key.
 */
export function identifyClient(request: FastifyRequest, keys: ApiKey[]): { presented: string | undefined; name: string | undefined } {
  const cached = (request as Identified)[IDENTITY];
  if (cached) return cached;
  const presented = presentedKey(request);
  const identity = { presented, name: presented === undefined ? undefined : matchApiKey(keys, presented) };
  (request as Identified)[IDENTITY] = identity;
  return identity;
}

/** onRequest hook for the protected routes; with no keys configured there is none: every client is let in. */
export function createAuthHook(keys: ApiKey[]) {
  if (keys.length === 0) return undefined;
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const { presented: key, name } = identifyClient(request, keys);
    if (!name) {
      // RFC 9110 §11.6.1: a 401 names the scheme the client should use.
      reply.header('www-authenticate', 'Bearer realm="careroute"');
      throw new AppError('unauthorized', key === undefined ? 'an API key is required (Authorization: Bearer <key> or X-API-Key)' : 'the API key is not valid');
    }
    request.clientName = name;
  };
}
