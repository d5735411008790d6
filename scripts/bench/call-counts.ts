import { Session } from 'node:inspector/promises';
import { pino } from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { callsPerRequest } from './coverage-counts.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/call-counts.ts [requests] [pattern]`: how many times each function of src/ runs per
 * POST /api/v1/classify on the embedded defaults over (b)'s 22 messages (V8's precise coverage with
 * call counts, after a warm-up), e.g. `findPii|collect|foldText|scanSafety|normaliseMessage` to see
 * how often one request redacts, folds and scans. Counts, not time: it runs at any load.
 */
const requests = Number(process.argv[2] ?? 220);
const pattern = new RegExp(process.argv[3] ?? '.');
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
// No load shedding: on a busy machine start-up's event-loop delay would turn requests into 503s, and count those.
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', CLASSIFIER_PROVIDER: 'local', SHED_MAX_EVENT_LOOP_DELAY_MS: '0' });
const app = await buildApp({ config, logger: createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) }) });
await app.ready();
const bodies = BENCH_MESSAGES.map((body) => JSON.stringify(body));
const post = async (i: number) => {
  const response = await app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: bodies[i % bodies.length] });
  if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
};
for (let i = 0; i < bodies.length * 2; i++) await post(i);
// Counts so far (start-up, warm-up) are taken and reset; what follows is the measured requests alone.
await session.post('Profiler.takePreciseCoverage');
for (let i = 0; i < requests; i++) await post(i);
const { result } = await session.post('Profiler.takePreciseCoverage');
process.stdout.write(callsPerRequest(result, requests, pattern));
await app.close();
