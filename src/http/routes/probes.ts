import type { FastifyInstance } from 'fastify';
import type { ClassifierChain } from '../../classifier/types.ts';

export interface Lifecycle {
  /** False until every plugin has loaded; true again never after draining starts. */
  started: boolean;
  draining: boolean;
}

export interface ProbeOptions {
  lifecycle: Lifecycle;
  chain: ClassifierChain;
  /** Extra named checks (stores, adapters); each returns a small JSON-able status. */
  checks: Record<string, () => Record<string, unknown>>;
  /** Named checks readiness depends on: one whose `status` is not 'ok' makes the instance not ready. */
  required?: Record<string, () => { status: string } & Record<string, unknown>>;
}

const exempt = { config: { rateLimit: false } } as const;

/** Liveness and readiness for the load balancer (API.md "Probes and operations"). */
export function registerProbeRoutes(app: FastifyInstance, options: ProbeOptions) {
  app.get('/api/v1/health', exempt, async () => ({ status: 'ok' }));

  app.get('/api/v1/ready', exempt, async (_request, reply) => {
    const { lifecycle, chain } = options;
    const breaker = chain.breakerState();
    const checks: Record<string, unknown> = {
      lifecycle: lifecycle.draining ? 'draining' : lifecycle.started ? 'ok' : 'starting',
      // An open breaker is still ready: the local fallback answers (degraded, not down).
      classifier: {
        status: breaker === 'open' ? 'degraded' : 'ok',
        primary: chain.primary,
        breaker,
        fallback: 'local',
      },
    };
    for (const [name, check] of Object.entries(options.checks)) checks[name] = check();
    let passed = true;
    for (const [name, check] of Object.entries(options.required ?? {})) {
      const result = check();
      checks[name] = result;
      if (result.status !== 'ok') passed = false;
    }
    const ready = lifecycle.started && !lifecycle.draining && passed;
    if (!ready) reply.header('retry-after', '5');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });
}
