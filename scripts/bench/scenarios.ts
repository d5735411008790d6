import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchOptions } from './args.ts';
import { appEnv, fetchMetrics, logFileFor, logStats, removeLog, sumMetric } from './app-env.ts';
import { startServerChild, type ServerChild } from './child.ts';
import { measure, type Measured } from './measure.ts';
import { classifyRequests } from './messages.ts';

export interface ScenarioResult extends Measured {
  id: 'a' | 'a2' | 'b' | 'c' | 'c-stress';
  name: string;
  connections: number;
  notes: Record<string, number | string | boolean>;
}

async function withChild<T>(child: ServerChild, body: (child: ServerChild) => Promise<T>): Promise<T> {
  try {
    return await body(child);
  } finally {
    await child.stop();
  }
}

/** Under --profile, where a server child writes its measured-window CPU profile. */
function profileEnv(options: BenchOptions, scenario: string): Record<string, string> {
  if (!options.profileDir) return {};
  const dir = resolve(options.profileDir, scenario);
  mkdirSync(dir, { recursive: true });
  return { BENCH_PROFILE_DIR: dir };
}

/** How the mix was classified, as counted by the service itself. */
function categoryMix(metrics: string): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const category of ['informational', 'service_action', 'safety_compliance']) {
    mix[category] = sumMetric(metrics, 'careroute_classifications_total', `category="${category}"`);
  }
  return mix;
}

/** (a) GET / -> {hello:'world'} on bare Fastify: what this machine and load generator allow. */
export async function bareFastify(options: BenchOptions): Promise<ScenarioResult> {
  return withChild(await startServerChild('bare-server.ts'), async (child) => {
    const load = await measure(child, { url: child.url, connections: options.connections, durationS: options.durationS, warmupS: options.warmupS });
    return { id: 'a', name: 'bare Fastify GET /', connections: options.connections, ...load, notes: {} };
  });
}

/** The classify message mix at the throughput scenarios' connection count. */
function measureClassifyMix(child: ServerChild, options: BenchOptions): Promise<Measured> {
  return measure(child, { url: child.url, connections: options.connections, durationS: options.durationS, warmupS: options.warmupS, requests: classifyRequests() });
}

/**
 * (a2), diagnostic, no target: (b)'s requests against a Fastify POST route with schema validation and
 * one log line but no triage. The gap between (a) and (a2) is the request shape; between (a2) and (b),
 * careroute's own work.
 */
export async function postFloor(options: BenchOptions): Promise<ScenarioResult> {
  const logFile = logFileFor('a2');
  try {
    return await withChild(await startServerChild('post-server.ts', { env: { BENCH_LOG_FILE: logFile } }), async (child) => {
      const load = await measureClassifyMix(child, options);
      const { lines } = await logStats(logFile);
      return { id: 'a2', name: 'Fastify POST + log, no triage', connections: options.connections, ...load, notes: { log_lines: lines } };
    });
  } finally {
    await removeLog(logFile);
  }
}

/** (b) POST /api/v1/classify, local classifier, embedded ports, one info JSON line per request. */
export async function classifyLocal(options: BenchOptions): Promise<ScenarioResult> {
  const logFile = logFileFor('b');
  const env = appEnv(logFile, { CLASSIFIER_PROVIDER: 'local', ...profileEnv(options, 'b') });
  try {
    return await withChild(await startServerChild('app-server.ts', { env }), async (child) => {
      const load = await measureClassifyMix(child, options);
      // Warm-up included in both: they show every classified request did write its log line.
      const metrics = await fetchMetrics(child.url);
      const { lines } = await logStats(logFile);
      const notes = { classified_total: sumMetric(metrics, 'careroute_classifications_total'), log_lines: lines, ...categoryMix(metrics) };
      return { id: 'b', name: 'classify, local, logging on', connections: options.connections, ...load, notes };
    });
  } finally {
    await removeLog(logFile);
  }
}

/**
 * (c) The openai provider against a loopback stub that answers after llmDelayMs, at llmConnections;
 * (c-stress) the same at llmStressConnections, more than this machine carries (a stress figure).
 */
export async function classifyOpenAi(options: BenchOptions, stress = false): Promise<ScenarioResult> {
  const id = stress ? 'c-stress' : 'c';
  const connections = stress ? options.llmStressConnections : options.llmConnections;
  const logFile = logFileFor(id);
  const stub = await startServerChild('llm-stub-server.ts', { env: { LLM_STUB_DELAY_MS: String(options.llmDelayMs) } });
  try {
    const env = appEnv(logFile, {
      CLASSIFIER_PROVIDER: 'openai',
      OPENAI_API_KEY: 'bench',
      OPENAI_BASE_URL: stub.url,
      LLM_MAX_CONCURRENCY: String(options.llmMaxConcurrency),
      ...(stress ? {} : profileEnv(options, 'c')),
    });
    return await withChild(await startServerChild('app-server.ts', { env }), async (child) => {
      const load = await measure(
        child,
        { url: child.url, connections, durationS: options.durationS, warmupS: options.warmupS, requests: classifyRequests() },
        { llm_stub: stub },
      );
      const metrics = await fetchMetrics(child.url);
      return {
        id,
        name: `classify, openai stub ${options.llmDelayMs} ms${stress ? ' (stress)' : ''}`,
        connections,
        ...load,
        notes: {
          llm_max_concurrency: options.llmMaxConcurrency,
          llm_delay_ms: options.llmDelayMs,
          ...categoryMix(metrics),
          answered_by_openai: sumMetric(metrics, 'careroute_classifications_total', 'provider="openai"'),
          fallbacks: sumMetric(metrics, 'careroute_classifier_fallbacks_total'),
          breaker_opens: sumMetric(metrics, 'careroute_circuit_breaker_opens_total'),
          llm_errors: sumMetric(metrics, 'careroute_llm_errors_total'),
        },
      };
    });
  } finally {
    await stub.stop();
    await removeLog(logFile);
  }
}
