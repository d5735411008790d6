import autocannon from 'autocannon';
import type { EventEmitter } from 'node:events';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  durationS?: number;
  /** Stop after exactly this many responses instead of after a duration. */
  amount?: number;
  requests?: autocannon.Request[];
  /** Per-request timeout, seconds: a response later than this counts as an error. */
  timeoutS?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  total: number;
  /** Socket errors and timeouts, as autocannon counts them. */
  socketErrors: number;
  non2xx: number;
  errors: number;
  /** Responses by status code, e.g. {"200": 9000, "503": 12}. */
  statusCodes: Record<string, number>;
  /** Socket errors by code (ECONNRESET, "request timed out", ...). */
  socketErrorKinds: Record<string, number>;
  durationS: number;
}

/**
 * One autocannon run (closed loop: each connection sends its next request when the last answered).
 * Latency percentiles are autocannon's: over 2xx responses only; the others count as errors.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const socketErrorKinds: Record<string, number> = {};
  const promise = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
    ...(options.requests ? { requests: options.requests } : {}),
    timeout: options.timeoutS ?? 10,
  });
  // Without a callback autocannon returns its event emitter made thenable (the types only say Promise).
  (promise as unknown as EventEmitter).on('reqError', (error: NodeJS.ErrnoException) => {
    const kind = error.code ?? error.message;
    socketErrorKinds[kind] = (socketErrorKinds[kind] ?? 0) + 1;
  });
  const result = await promise;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]));
  const durationS = result.duration;
  const total = result.requests.total;
  const socketErrors = result.errors;
  const non2xx = result.non2xx;
  return {
    // The mean over the run (total / seconds) rather than autocannon's per-second sample mean, which
    // an --amount run's partial last second would drag down.
    requestsPerSecond: durationS > 0 ? Math.round(total / durationS) : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    total,
    socketErrors,
    non2xx,
    errors: socketErrors + non2xx,
    statusCodes,
    socketErrorKinds,
    durationS,
  };
}

/** A warm-up run (JIT, connection pools, lazily built caches), then the measured run. */
export async function warmThenMeasure(options: LoadOptions & { warmupS: number; beforeMeasure?: () => Promise<void> }): Promise<LoadResult> {
  const { warmupS, beforeMeasure, ...measured } = options;
  if (warmupS > 0) await runLoad({ ...measured, amount: undefined, durationS: warmupS });
  await beforeMeasure?.();
  return runLoad(measured);
}
