import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ChildMessage } from './child-protocol.ts';
import { BENCH_MESSAGES } from './messages.ts';

/** Scenario (c)'s app driven through Fastify's inject: what ab-llm.ts and llm-inject.ts time. */
export interface LlmApp {
  inject(options: object): Promise<{ statusCode: number; body: string }>;
  close(): Promise<void>;
}

/**
 * The bench's OpenAI-compatible stub in a child process (its CPU is not counted), answering after
 * `delayMs`. The child gets no profiler flags of this process (`node --cpu-prof` profiles the app only).
 */
export async function startStubChild(delayMs: number): Promise<{ url: string; stop(): void }> {
  const stub = fork(join(import.meta.dirname, 'llm-stub-server.ts'), [], { execArgv: [], env: { ...process.env, LLM_STUB_DELAY_MS: String(delayMs) } });
  const url = await new Promise<string>((done) => stub.on('message', (m: ChildMessage) => m.type === 'listening' && done(m.url)));
  return { url, stop: () => stub.send({ type: 'stop' }) };
}

/**
 * The app of the tree at `root` on the LLM path (OPENAI_API_KEY set, SHADOW on unless the environment
 * says off), logging to `destination` (default /dev/null), with `env` over the bench's configuration.
 */
export async function llmAppOf(root: string, stubUrl: string, destination?: { write(line: string): void }, env: Record<string, string> = {}): Promise<LlmApp> {
  const load = (path: string) => import(join(root, 'src', path));
  const { buildApp } = await load('app.ts');
  const { loadConfig } = await load('config.ts');
  const { createLogger } = await load('observability/logger.ts');
  const { pino } = createRequire(join(root, 'package.json'))('pino');
  // No load shedding: two apps in one process under a loaded machine would shed, and a 503 times nothing.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '0',
    SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    SHED_MAX_HEAP_USED_PERCENT: '0',
    CLASSIFIER_PROVIDER: 'openai',
    OPENAI_API_KEY: 'bench',
    OPENAI_BASE_URL: stubUrl,
    LLM_MAX_CONCURRENCY: '1000',
    ...(process.env.SHADOW ? { SHADOW: process.env.SHADOW } : {}),
    ...env,
  });
  const app = await buildApp({ config, logger: createLogger({ level: 'info', destination: destination ?? pino.destination({ dest: '/dev/null', sync: true }) }) });
  await app.ready();
  return app as LlmApp;
}

const bodies = BENCH_MESSAGES.map((m) => JSON.stringify(m));

/**
 * CPU microseconds of this process per request, `requests` POST /api/v1/classify with `concurrency` in
 * flight; each request's time from inject to its response (ms) goes to `latencies` when given.
 */
export async function timeLlmRequests(app: LlmApp, requests: number, concurrency: number, latencies?: number[]): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const sent = performance.now();
        const response = await app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: bodies[next++ % bodies.length] });
        latencies?.push(performance.now() - sent);
        // Every answer must be the LLM's: a fallback would time the local path instead.
        if (response.statusCode !== 200 || !response.body.includes('"fallback":false')) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
      }
    }),
  );
  // Shadow comparisons run after their responses: the last ones belong to this round too.
  await new Promise((done) => setImmediate(done));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / requests;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The value below which `share` of `xs` lie (nearest rank). */
export const percentile = (xs: number[], share: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(share * xs.length) - 1)]!;
