import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

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
}
