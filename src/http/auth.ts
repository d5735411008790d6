import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { matchApiKey, type ApiKey } from '../auth/api-keys.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the API key the client presented (its rate-limit identity), when keys are configured. */
    clientName?: string;
    /** Why authentication failed, for the request's log line. */
    authFailure?: AuthFailure;
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

export type AuthFailure = 'missing_key' | 'invalid_key';

/** Every route under this prefix (classify, and the channel routes /api/v1/classify/mail, /voice) needs a key. */
export const PROTECTED_PREFIX = '/api/v1/classify';

/**
 * API-key authentication for every route whose URL starts with PROTECTED_PREFIX, added when the
 * route is declared (so a new channel route is protected without doing anything). It runs as a
 * preParsing hook: after every onRequest hook, the rate limiter's among them, so a client guessing
 * keys is counted and stopped by the per-address limit; before the body is read, so an unknown
 * caller cannot make the service read and parse a body. With no keys configured there is no hook.
 */
export function registerAuthentication(app: FastifyInstance, options: { keys: ApiKey[]; onFailure?: (reason: AuthFailure) => void }) {
  const { keys } = options;
  if (keys.length === 0) return;
  async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    const { presented: key, name } = identifyClient(request, keys);
    if (!name) {
      const reason: AuthFailure = key === undefined ? 'missing_key' : 'invalid_key';
      request.authFailure = reason;
      options.onFailure?.(reason);
      // RFC 9110 §11.6.1: a 401 names the scheme the client should use.
      reply.header('www-authenticate', 'Bearer realm="careroute"');
      throw new AppError('unauthorized', key === undefined ? 'an API key is required (Authorization: Bearer <key> or X-API-Key)' : 'the API key is not valid');
    }
    request.clientName = name;
  }
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(PROTECTED_PREFIX)) return;
    const existing = route.preParsing === undefined ? [] : Array.isArray(route.preParsing) ? route.preParsing : [route.preParsing];
    route.preParsing = [authenticate, ...existing];
  });
}
