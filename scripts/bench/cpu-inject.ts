import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { benchLogDestination } from './bench-log.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/cpu-inject.ts [requests] [--profile]`: CPU microseconds per classify request of
 * the embedded defaults, in-process through Fastify's inject (no sockets, no load generator), one
 * request at a time, after a warm-up of the same size. A steadier before/after figure than (b) on a
 * shared machine: it leaves out the loopback TCP stack, which (b) includes. Logs go to BENCH_LOG_FILE
 * (default /dev/null) with pino's synchronous writes, as in (b).
 */
const requests = Number(process.argv[2] ?? 20_000);
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0', CLASSIFIER_PROVIDER: 'local', ...process.env });
const { destination } = benchLogDestination();
const app = await buildApp({ config, logger: createLogger({ level: config.LOG_LEVEL, destination }) });
await app.ready();
const bodies = BENCH_MESSAGES.map((body) => JSON.stringify(body));

async function run(n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: bodies[i % bodies.length] });
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

await run(requests);
const rounds = [await run(requests), await run(requests), await run(requests)];
process.stdout.write(`classify via inject, ${requests} requests x 3: CPU us/request ${rounds.map((r) => r.toFixed(0)).join(', ')} (median ${[...rounds].sort((x, y) => x - y)[1]!.toFixed(0)})\n`);
await app.close();
