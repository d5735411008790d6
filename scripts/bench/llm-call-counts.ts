import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { callsPerRequest } from './coverage-counts.ts';
import { llmAppOf, startStubChild, timeLlmRequests } from './llm-app.ts';

/**
 * `node scripts/bench/llm-call-counts.ts <tree> [requests] [in flight] [pattern]`: how many times each
 * function of the tree's src/ runs per POST /api/v1/classify on the LLM path (scenario c's app against the
 * bench's stub answering at once, `in flight` requests at once, default 20), after a warm-up, shadow
 * comparisons included (V8's precise coverage with call counts, as call-counts.ts does for the embedded
 * path). E.g. `'^(foldUncached|scanUncached|collect) '` to see whether requests in flight fold, scan or
 * redact a message again. Counts, not time: it runs at any load.
 */
const [treeArg, requestsArg, flightArg, patternArg] = process.argv.slice(2);
if (treeArg === undefined) throw new Error('usage: node scripts/bench/llm-call-counts.ts <tree> [requests] [in flight] [pattern]');
const requests = Number(requestsArg ?? 440);
const inFlight = Number(flightArg ?? 20);
const pattern = new RegExp(patternArg ?? '.');
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
const stub = await startStubChild(0);
const app = await llmAppOf(resolve(treeArg), stub.url, undefined, { LLM_TIMEOUT_MS: '60000' });
await timeLlmRequests(app, 88, inFlight);
const settled = () => new Promise((done) => setImmediate(done));
await settled();
// Counts so far (start-up, warm-up) are taken and reset; what follows is the measured requests alone.
await session.post('Profiler.takePreciseCoverage');
await timeLlmRequests(app, requests, inFlight);
// The last shadow comparisons run after their responses.
await settled();
const { result } = await session.post('Profiler.takePreciseCoverage');
process.stdout.write(callsPerRequest(result, requests, pattern));
await app.close();
stub.stop();
