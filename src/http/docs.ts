import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** A `..` segment, plain or percent-encoded, with either slash. */
function climbsOut(url: string): boolean {
  let path = url.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // the router already answered a path that is not valid percent-encoding
  }
  return path.split(/[/\\]/).includes('..');
}

/** GET /openapi.json and an interactive page at /docs, both from the generated document. */
export async function registerDocs(app: FastifyInstance, document: Record<string, unknown>) {
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  // staticCSP: the UI's own policy (fonts and styles over https, images from validator.swagger.io;
  // no 'unsafe-inline' or 'unsafe-eval') replaces the strict one on /docs only; nothing may frame it.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
    transformStaticCSP: (policy) => policy.replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  });
  app.get('/openapi.json', async () => document);
  // The static files refuse a path that climbs out of their folder with a 403; for a client there
  // is simply no such document: 404 not_found, like any other unknown path.
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/docs/') && climbsOut(request.url)) {
      throw new AppError('not_found', `no route for ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}`);
    }
  });
}
