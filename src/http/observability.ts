import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../observability/metrics.ts';
import { rememberOwnWording } from '../observability/redact.ts';
import { createMetricsAccess } from './metrics-access.ts';

/**
 * Per-request metrics and the ONE log line per request (request_id, route, status, duration,
 * category, provider, fallback). Fastify's own request logging is off: it would log URLs twice.
 */
export function registerRequestObservability(
  app: FastifyInstance,
  metrics: Metrics,
  options: { metricsToken?: string | undefined; draining?: () => boolean } = {},
) {
  const { draining } = options;
  // One onSend hook for every response header added late: the request id, and while draining a
  // `connection: close` (a keep-alive socket that finishes a request after close() started would
  // otherwise hold the server open for the 65 s keep-alive timeout).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (draining?.()) reply.header('connection', 'close');
    done(null, payload);
  });
  // The log line's route is a registered pattern, our own wording: redacted once, not on every line.
  rememberOwnWording(['unmatched']);
  app.addHook('onRoute', (route) => rememberOwnWording([route.url]));
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const seconds = reply.elapsedTime / 1000;
    metrics.httpDuration.observe({ route, method: request.method, status_code: String(status) }, seconds);
    if (route === '/metrics' || route === '/api/v1/health' || route === '/api/v1/ready') return; // probes every few seconds are noise
    const summary = request.triageSummary;
    // After the response: the shadow comparison is made by now, or is made here.
    const shadow = await request.shadowComparison?.settle();
    request.log.info(
      {
        route,
        method: request.method,
        status,
        duration_ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(summary ?? {}),
        ...(shadow ? { shadow_category: shadow.shadow_category, shadow_agree: shadow.agree } : {}),
        ...(request.clientName ? { client: request.clientName } : {}),
        // Who was refused: the address is what an operator blocks (kept verbatim, see pino-redaction.ts).
        ...(request.authFailure ? { auth_failure: request.authFailure } : {}),
        ...(status === 401 || status === 429 ? { client_address: request.ip } : {}),
      },
      'request completed',
    );
  });
  app.get('/metrics', { config: { rateLimit: false }, onRequest: createMetricsAccess(options.metricsToken) }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
