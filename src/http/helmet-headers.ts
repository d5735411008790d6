import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's headers on every answer, from ONE helmet middleware built at start. @fastify/helmet
 * builds a new one (options merged, CSP directives parsed and dashified) in two async onRequest hooks
 * per request, which cost more than some of the classify path's own stages; nothing here uses its
 * per-route options or reply.helmet(). A route that sets its own header later (the Swagger UI's
 * CSP) still replaces the one set here.
 */
export function registerHelmetHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>) {
  const setHeaders = helmet(options);
  app.addHook('onRequest', (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
}
