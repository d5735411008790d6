import { resolve } from 'node:path';
import { llmAppOf, median, percentile, startStubChild, timeLlmRequests, type LlmApp } from './llm-app.ts';

/**
 * `node scripts/bench/ab-llm.ts <older tree> [requests] [concurrency] [stub delay ms]`: CPU microseconds
 * per POST /api/v1/classify on the LLM path (scenario c's app: OPENAI_API_KEY set, SHADOW on), for an
 * older checkout and this one, both loaded in ONE process and driven through Fastify's inject in
 * alternating rounds (9 each, after 3 untimed), with `concurrency` requests in flight and the bench's
 * OpenAI-compatible stub in a child process (its CPU is not counted). No sockets on the client side:
 * it leaves out autocannon and the loopback TCP stack of the service's own port, so a shared machine's
 * load moves it less than scenario (c). Also each round's 99th percentile of the time from inject to
 * response (the stub's delay included). The older tree is a plain copy, as for ab.ts:
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

const stub = await startStubChild(Number(delayArg ?? 0));
const time = (app: LlmApp, latencies?: number[]) => timeLlmRequests(app, requests, concurrency, latencies);
// Two apps in one process on a busy machine can hold a call past the 3 s default: a fallback would stop the run.
const patient = { LLM_TIMEOUT_MS: '60000' };
const apps = [await llmAppOf(resolve(olderArg), stub.url, undefined, patient), await llmAppOf(resolve(import.meta.dirname, '../..'), stub.url, undefined, patient)];
for (let k = 0; k < WARM_ROUNDS; k++) for (const app of apps) await time(app);
const figures: number[][] = [[], []];
// Each round's 99th percentile of the time from inject to response, per tree.
const p99s: number[][] = [[], []];
for (let k = 0; k < ROUNDS; k++) {
  for (const side of [0, 1]) {
    const latencies: number[] = [];
    figures[side]!.push(await time(apps[side]!, latencies));
    p99s[side]!.push(percentile(latencies, 0.99));
  }
}
const shown = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(' ')} (median ${median(xs).toFixed(0)})`;
process.stdout.write(`llm classify  older ${shown(figures[0]!)} | this tree ${shown(figures[1]!)} us/request\n`);
process.stdout.write(`p99 latency   older ${shown(p99s[0]!)} | this tree ${shown(p99s[1]!)} ms\n`);
for (const app of apps) await app.close();
stub.stop();
