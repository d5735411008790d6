/**
 * `node scripts/fault-latency.ts` — measures issue 4's targets with a hanging upstream, over real HTTP
 * on loopback: latency of each answer before the breaker opens (target: LLM_TIMEOUT_MS + 100 ms) and
 * after (target: 20 ms), that no answer is a 5xx, and that the breaker closes by itself once the
 * upstream is back. A measurement, not a test: it prints figures and exits 0.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { startOpenAiStub } from '../test/support/openai-stub.ts';

const TIMEOUT_MS = 1000;
const stub = await startOpenAiStub();
stub.setBehavior({ kind: 'hang' });
const config = loadConfig({
  CLASSIFIER_PROVIDER: 'openai',
  OPENAI_API_KEY: 'measure',
  OPENAI_BASE_URL: stub.url,
  LLM_TIMEOUT_MS: String(TIMEOUT_MS),
  BREAKER_VOLUME_THRESHOLD: '5',
  BREAKER_RESET_TIMEOUT_MS: '2000',
  RATE_LIMIT_MAX: '0',
  LOG_LEVEL: 'silent',
});
const app = await buildApp({ config, logger: createLogger({ level: 'silent' }) });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

async function classify(i: number) {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/classify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: `please refill my lisinopril (${i})` }),
  });
  const body = (await response.json()) as { classifier?: { fallback: boolean; fallback_reason?: string } };
  return { ms: performance.now() - started, status: response.status, reason: body.classifier?.fallback_reason ?? 'primary' };
}
const breaker = async () => ((await (await fetch(`${base}/api/v1/ready`)).json()) as { checks: { classifier: { breaker: string } } }).checks.classifier.breaker;

const before: number[] = [];
const after: number[] = [];
let fiveXx = 0;
for (let i = 0; i < 40; i++) {
  const state = await breaker();
  const r = await classify(i);
  if (r.status >= 500) fiveXx++;
  (state === 'open' ? after : before).push(r.ms);
}
stub.setBehavior({ kind: 'answer' });
await new Promise((resolve) => setTimeout(resolve, 2100));
const trial = await classify(99);
const closedAgain = await breaker();
const max = (xs: number[]) => (xs.length ? Math.max(...xs).toFixed(1) : '-');
console.log(`hanging upstream, LLM_TIMEOUT_MS=${TIMEOUT_MS}, breaker volume 5, reset 2000 ms, 40 sequential requests`);
console.log(`  before the breaker opened: ${before.length} answers, max ${max(before)} ms (target <= ${TIMEOUT_MS + 100} ms)`);
console.log(`  after it opened:           ${after.length} answers, max ${max(after)} ms (target <= 20 ms)`);
console.log(`  5xx answers: ${fiveXx}; upstream calls: ${stub.calls}`);
console.log(`  upstream back: trial answer from ${trial.reason} in ${trial.ms.toFixed(1)} ms, breaker now ${closedAgain}`);
await app.close();
await stub.close();
