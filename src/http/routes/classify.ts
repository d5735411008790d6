import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';
import { createClassifyRequestSchema } from '../schemas.ts';
import { validationError } from '../validation.ts';
import { classifyIdempotently, type ClassifyDeps } from './classify-idempotent.ts';

export interface ClassifyRouteOptions extends ClassifyDeps {
  maxMessageChars: number;
}

/** POST /api/v1/classify: validate, then one pass of triage, at most once per message_id. */
export function registerClassifyRoute(app: FastifyInstance, options: ClassifyRouteOptions) {
  const schema = createClassifyRequestSchema(options.maxMessageChars);
  // Authentication and the rate limit come from registerAuthentication and registerRateLimit (src/http).
  app.post('/api/v1/classify', async (request, reply) => {
    // No body was parsed at all: the request had no JSON content type (a JSON `null` is a 400 below).
    if (request.body === undefined) {
      throw new AppError('unsupported_media_type', 'Content-Type must be application/json with a JSON object body');
    }
    const parsed = schema.safeParse(request.body);
    if (!parsed.success) throw validationError(parsed.error);
    const body = parsed.data;
    return classifyIdempotently(options, request, reply, {
      channel: body.channel,
      message_id: body.message_id,
      customer_id: body.customer_id,
      locale: body.locale,
      fingerprint: [body.channel, body.message, body.customer_id],
      prepare: async () => ({ message: body.message }),
    });
  });
}
