import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ChildMessage } from './child-protocol.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/ab-llm.ts <older tree> [requests] [concurrency] [stub delay ms]`: CPU microseconds
 * per POST /api/v1/classify on the LLM path (scenario c's app: OPENAI_API_KEY set, SHADOW on), for an
 * older checkout and this one, both loaded in ONE process and driven through Fastify's inject in
 * alternating rounds (9 each, after 3 untimed), with `concurrency` requests in flight and the bench's
 * OpenAI-compatible stub in a child process (its CPU is not counted). No sockets on the client side:
 * it leaves out autocannon and the loopback TCP stack of the service's own port, so a shared machine's
 * load moves it less than scenario (c). The older tree is a plain copy, as for ab.ts:
 *
 *   mkdir /tmp/old && git archive 01a3a2f src data scripts test/support package.json | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 */
const [olderArg, requestsArg, concurrencyArg, delayArg] = process.argv.slice(2);
if (olderArg === undefined) throw new Error('usage: node scripts/bench/ab-llm.ts <older tree> [requests] [concurrency] [stub delay ms]');
const requests = Number(requestsArg ?? 2000);
const concurrency = Number(concurrencyArg ?? 20);
const ROUNDS = 9;
// JIT and heap growth go on for a few rounds: both trees run these first, untimed.
const WARM_ROUNDS = 3;

const stub = fork(join(import.meta.dirname, 'llm-stub-server.ts'), [], { env: { ...process.env, LLM_STUB_DELAY_MS: String(Number(delayArg ?? 0)) } });
const stubUrl = await new Promise<string>((done) => stub.on('message', (m: ChildMessage) => m.type === 'listening' && done(m.url)));

interface App {
  inject(options: object): Promise<{ statusCode: number; body: string }>;
  close(): Promise<void>;
}

async function appOf(root: string): Promise<App> {
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
  });
  const app = await buildApp({ config, logger: createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) }) });
  await app.ready();
  return app as App;
}

const bodies = BENCH_MESSAGES.map((m) => JSON.stringify(m));

async function time(app: App): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json' }, payload: bodies[next++ % bodies.length] });
        // Every answer must be the LLM's: a fallback would time the local path instead.
        if (response.statusCode !== 200 || !response.body.includes('"fallback":false')) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
      }
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / requests;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const apps = [await appOf(resolve(olderArg)), await appOf(resolve(import.meta.dirname, '../..'))];
for (let k = 0; k < WARM_ROUNDS; k++) for (const app of apps) await time(app);
const figures: number[][] = [[], []];
for (let k = 0; k < ROUNDS; k++) for (const side of [0, 1]) figures[side]!.push(await time(apps[side]!));
const shown = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(' ')} (median ${median(xs).toFixed(0)})`;
process.stdout.write(`llm classify  older ${shown(figures[0]!)} | this tree ${shown(figures[1]!)} us/request\n`);
for (const app of apps) await app.close();
stub.send({ type: 'stop' });
