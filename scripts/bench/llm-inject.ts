import { resolve } from 'node:path';
import { llmAppOf, median, startStubChild, timeLlmRequests } from './llm-app.ts';

/**
 * `node [--cpu-prof --cpu-prof-dir DIR] scripts/bench/llm-inject.ts [requests] [concurrency] [stub delay ms]`:
 * CPU microseconds per POST /api/v1/classify on the LLM path (scenario c's app, SHADOW as in the
 * environment, default on) of this tree alone, through Fastify's inject against the bench's stub in a
 * child process; 3 rounds after one untimed. With `--cpu-prof` the profile is of the app only, for
 * `node scripts/bench/profile-summary.ts DIR`. Paired before/after figures: ab-llm.ts.
 */
const [requestsArg, concurrencyArg, delayArg] = process.argv.slice(2);
const requests = Number(requestsArg ?? 2000);
const concurrency = Number(concurrencyArg ?? 20);
const stub = await startStubChild(Number(delayArg ?? 0));
const app = await llmAppOf(resolve(import.meta.dirname, '../..'), stub.url);
await timeLlmRequests(app, requests, concurrency);
const rounds = [await timeLlmRequests(app, requests, concurrency), await timeLlmRequests(app, requests, concurrency), await timeLlmRequests(app, requests, concurrency)];
process.stdout.write(`llm classify via inject, ${requests} requests x 3, ${concurrency} in flight: CPU us/request ${rounds.map((r) => r.toFixed(0)).join(', ')} (median ${median(rounds).toFixed(0)})\n`);
await app.close();
stub.stop();
