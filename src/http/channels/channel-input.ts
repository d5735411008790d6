import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';
import { createClassifyRequestSchema } from '../schemas.ts';

/**
 * The ids a channel route takes beside its payload (query or form parts), under the same rules as
 * the fields of /api/v1/classify; an unknown parameter is a 400 naming it.
 */
export function createChannelQuerySchema(maxMessageChars: number) {
  return createClassifyRequestSchema(maxMessageChars).pick({ message_id: true, customer_id: true, locale: true });
}

/**
 * Inside a channel route's own scope: every body but `expected` is a 415 that says what to send
 * (the root's JSON parser would otherwise accept JSON, and its 415 would ask for JSON).
 */
export function refuseOtherMediaTypes(scope: FastifyInstance, expected: string) {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, _payload, done) => {
    done(new AppError('unsupported_media_type', `Content-Type must be ${expected}`), undefined);
  });
}
