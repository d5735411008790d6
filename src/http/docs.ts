import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** GET /openapi.json and an interactive page at /docs, both from the generated document. */
export async function registerDocs(app: FastifyInstance, document: Record<string, unknown>) {
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/openapi.json', async () => document);
}
