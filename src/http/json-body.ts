import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON bodies only, strictly UTF-8 (RFC 8259 §8.1): invalid bytes are a 400, never silently replaced
 * by U+FFFD (which would change the customer's words). Prototype-poisoning keys are refused by
 * Fastify's own secure parser, which does the parsing.
 */
export function registerJsonBody(app: FastifyInstance, bodyLimit: number) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    const charset = /charset=([^;\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.replace(/"/g, '').toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      done(new AppError('unsupported_media_type', `charset ${charset} is not supported; send UTF-8 JSON`), undefined);
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new AppError('invalid_request', 'body: is not valid UTF-8'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(new AppError('invalid_request', 'body: must be a JSON object, got an empty body'), undefined);
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error) done(new AppError('invalid_request', 'body: is not valid JSON'), undefined);
      else done(null, value);
    });
  });
}
