import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { getHeapStatistics } from 'node:v8';
import { unavailable } from '../errors.ts';
import { sendError } from './error-handler.ts';

export interface LoadSheddingOptions {
  /** Mean event-loop delay over one sample above which classify is shed; 0 = no check. */
  maxEventLoopDelayMs: number;
  /** Heap used, in percent of V8's heap limit, above which classify is shed; 0 = no check. */
  maxHeapUsedPercent: number;
  sampleIntervalMs?: number;
  retryAfterSeconds?: number;
}

/** Only the expensive route is shed: probes and /metrics must keep answering so the orchestrator sees a live, busy process. */
const SHED_ROUTES = new Set(['/api/v1/classify', '/api/v1/classify/mail', '/api/v1/classify/voice']);
const SAMPLE_INTERVAL_MS = 500;
const RETRY_AFTER_SECONDS = 5;
// One warning per episode of pressure, not one per shed request: logging is work too.
const LOG_QUIET_MS = 10_000;

/**
 * Event-loop delay counts only once a later sample confirms it: one sample may have seen start-up
 * work (loading the model, warming up) or a single long GC pause, and shedding the first requests
 * of a healthy process for that would be wrong. A long quiet gap starts a new episode.
 */
function createDebounce(sampleIntervalMs: number) {
  let since: number | undefined;
  let last = Number.NEGATIVE_INFINITY;
  return (now: number): boolean => {
    if (since === undefined || now - last > 2 * sampleIntervalMs) since = now;
    last = now;
    // 1.5 intervals: the next sample may run a little late on a busy loop.
    return now - since >= 1.5 * sampleIntervalMs;
  };
}

/**
 * @fastify/under-pressure with answers in the error shape of API.md (503 `unavailable`, Retry-After),
 * so clients retry with the same message_id instead of the process falling over.
 * @see node_modules/@fastify/under-pressure/README.md ("Pressure Handler")
 */
export async function registerUnderPressure(app: FastifyInstance, options: LoadSheddingOptions) {
  const heapLimit = getHeapStatistics().heap_size_limit;
  const maxHeapUsedBytes = options.maxHeapUsedPercent > 0 ? Math.max(1, Math.floor((heapLimit * options.maxHeapUsedPercent) / 100)) : 0;
  const retryAfter = options.retryAfterSeconds ?? RETRY_AFTER_SECONDS;
  const sampleIntervalMs = options.sampleIntervalMs ?? SAMPLE_INTERVAL_MS;
  const confirmed = createDebounce(sampleIntervalMs);
  let lastWarnedAt = Number.NEGATIVE_INFINITY;

  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    maxHeapUsedBytes,
    sampleInterval: sampleIntervalMs,
    pressureHandler: (request, reply, type, value) => {
      if (!SHED_ROUTES.has(request.routeOptions.url ?? '')) return undefined; // served as usual
      const now = Date.now();
      if (type === 'eventLoopDelay' && !confirmed(now)) return undefined;
      if (now - lastWarnedAt > LOG_QUIET_MS) {
        request.log.warn({ pressure: type, value, limit: type === 'heapUsedBytes' ? maxHeapUsedBytes : options.maxEventLoopDelayMs }, 'under pressure: shedding classify requests with 503');
      }
      lastWarnedAt = now;
      const error = unavailable('The service is overloaded; retry shortly with the same message_id.', retryAfter);
      // The reply is a thenable: resolving after it is sent makes the plugin's next() find it sent and stop there.
      return Promise.resolve(sendError(request, reply, error)).then(() => undefined);
    },
  });
}
