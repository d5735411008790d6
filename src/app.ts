import cors from '@fastify/cors';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { parseApiKeys } from './auth/api-keys.ts';
import type { ClassifierOverrides } from './classifier/factory.ts';
import type { Ports } from './adapters/ports-from-config.ts';
import { composeService } from './compose.ts';
import type { Config } from './config.ts';
import { registerAuthentication } from './http/auth.ts';
import { CONTENT_SECURITY_POLICY } from './http/content-security.ts';
import { registerDocs } from './http/docs.ts';
import { registerErrorHandling, registerNotFound } from './http/error-handler.ts';
import { clientErrorHandler, frameworkErrors, registerExpectationFailed } from './http/edge-errors.ts';
import { registerHelmetHeaders } from './http/helmet-headers.ts';
import { registerJsonBody } from './http/json-body.ts';
import { registerRequestObservability } from './http/observability.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import { registerRateLimit } from './http/rate-limit.ts';
import { registerUnderPressure } from './http/under-pressure.ts';
import { serverTimeoutOptions } from './http/server-timeouts.ts';
import { requestIdFrom } from './http/request-id.ts';
import { registerClassifyRoute } from './http/routes/classify.ts';
import { createChannelTranscription, registerChannelRoutes, transcriptionCheck } from './http/routes/channels.ts';
import { registerProbeRoutes, type Lifecycle } from './http/routes/probes.ts';
import { registerRootRedirect } from './http/routes/root.ts';
import { createIdempotency } from './idempotency/idempotency.ts';
import type { IdempotencyStore } from './idempotency/store.ts';
import { createSharedState } from './shared-state.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { forgetLastMessage } from './classifier/safety-guard.ts';
import { taggerStatus, type TaggerState } from './observability/redact/name-tagger.ts';
import { redactionCheck } from './observability/redaction-check.ts';

export const VERSION = '0.1.0';

export interface AppOptions {
  config: Config;
  registry?: Registry;
  ports?: Partial<Ports>;
  classifiers?: ClassifierOverrides;
  idempotencyStore?: IdempotencyStore;
  logger?: Logger;
  /** Whether the learned name tagger's artifact was read (default: the redactor's own load); tests pass a failed one. */
  nameTagger?: TaggerState;
}

declare module 'fastify' {
  interface FastifyInstance {
    careroute: { lifecycle: Lifecycle; providerReason: string; primary: string };
  }
}

/** TRUST_PROXY: false, a hop count (the ALB is 1), or a comma list of trusted addresses/CIDRs (`true` is refused by loadConfig). */
function trustProxy(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  if (value === 'false' || value === '') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value;
}

/** The whole HTTP service; tests call it with fakes, server.ts with the environment. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL });
  const metrics = createMetrics(options.registry ?? new Registry());
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Fastify's own per-request lines are off: registerRequestObservability writes ONE line per request.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'request_id' }),
    genReqId: requestIdFrom,
    requestIdHeader: false,
    trustProxy: trustProxy(config.TRUST_PROXY),
    bodyLimit: config.BODY_LIMIT_BYTES,
    return503OnClosing: true,
    ...serverTimeoutOptions(config.REQUEST_TIMEOUT_MS),
    frameworkErrors,
    clientErrorHandler,
  });
  registerExpectationFailed(app);
  const lifecycle: Lifecycle = { started: false, draining: false };
  const service = composeService(config, { metrics, log: logger, ports: options.ports, classifiers: options.classifiers });
  const shared = await createSharedState(config, logger);
  const idempotencyStore = options.idempotencyStore ?? shared.idempotencyStore;
  const idempotency = createIdempotency({
    store: idempotencyStore,
    ttlMs: config.IDEMPOTENCY_TTL_MS,
    lockMs: config.LLM_TIMEOUT_MS + 2 * config.ADAPTER_TIMEOUT_MS + 1000,
    onStoreError: (error) => logger.warn({ err: error }, 'idempotency store unavailable; continuing without it'),
  });
  const keys = config.API_KEYS ? parseApiKeys(config.API_KEYS) : [];
  app.decorate('careroute', { lifecycle, providerReason: service.providerReason, primary: service.chain.primary });

  registerErrorHandling(app);
  registerJsonBody(app, config.BODY_LIMIT_BYTES);
  registerRequestObservability(app, metrics, { metricsToken: config.METRICS_TOKEN, draining: () => lifecycle.draining });
  registerHelmetHeaders(app, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) await app.register(cors, { origin: origins, methods: ['POST', 'GET'], allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'idempotency-key', 'x-request-id'] });
  await registerUnderPressure(app, { maxEventLoopDelayMs: config.SHED_MAX_EVENT_LOOP_DELAY_MS, maxHeapUsedPercent: config.SHED_MAX_HEAP_USED_PERCENT });
  await registerRateLimit(app, {
    max: config.RATE_LIMIT_MAX,
    windowMs: config.RATE_LIMIT_WINDOW_MS,
    keys,
    redis: shared.redis,
    onLimited: () => metrics.rateLimited.inc(),
  });
  registerAuthentication(app, { keys, onFailure: (reason) => metrics.authFailures.inc({ reason }) });
  registerNotFound(app);
  const transcription = createChannelTranscription(config, { metrics, log: app.log });
  const redaction = redactionCheck(options.nameTagger ?? taggerStatus());
  if (redaction.status !== 'ok') logger.error({ check: 'pii_redaction', name_tagger: redaction.name_tagger }, `PII redaction degraded, readiness will answer 503: ${redaction.reason}`);
  registerProbeRoutes(app, {
    lifecycle,
    chain: service.chain,
    checks: {
      ports: () => ({ ...service.ports.kinds }),
      idempotency: () => ({ store: idempotencyStore.kind }),
      shared_state: () => shared.check(),
      transcription: () => transcriptionCheck(config, transcription),
    },
    required: { pii_redaction: () => redaction },
  });
  registerClassifyRoute(app, {
    triage: service.triage,
    idempotency,
    metrics,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
  });
  await registerChannelRoutes(app, { config, transcription, keysConfigured: keys.length > 0, triage: service.triage, idempotency, metrics });
  // DOCS=off (production): the API's map is not handed to whoever asks.
  if (config.DOCS === 'on') await registerDocs(app, buildOpenApiDocument({ maxMessageChars: config.MAX_MESSAGE_CHARS, version: VERSION }));
  registerRootRedirect(app);

  // While draining, every response closes its connection: see the onSend hook of registerRequestObservability.
  app.addHook('onReady', async () => {
    await service.warmUp();
    lifecycle.started = true;
  });
  // The guard keeps the last message it read (its scan, fold and spans) to share them within a request: let go of
  // it once the response is sent, so no customer text stays in this process's memory after its request.
  app.addHook('onResponse', (_request, _reply, done) => {
    forgetLastMessage();
    done();
  });
  app.addHook('preClose', async () => {
    lifecycle.draining = true;
  });
  app.addHook('onClose', async () => {
    service.chain.shutdown();
    await service.ports.close();
    if (options.idempotencyStore) await options.idempotencyStore.close();
    await shared.close();
  });
  return app;
}
