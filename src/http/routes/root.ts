import type { FastifyInstance } from 'fastify';

/**
 * GET / sends a person who opened the service in a browser somewhere useful: the console when it
 * is served (CONSOLE is not off), else the API documentation. Asked per request, so the order in
 * which the console's plugin and this route are registered does not matter.
 */
export function registerRootRedirect(app: FastifyInstance) {
  app.get('/', { config: { rateLimit: false } }, async (_request, reply) => {
    const target = app.hasRoute({ method: 'GET', url: '/console' }) ? '/console' : '/docs';
    return reply.redirect(target, 302);
  });
}
