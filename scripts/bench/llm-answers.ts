import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { categoryLogprobs, startOpenAiStub } from '../../test/support/openai-stub.ts';
import { llmAppOf } from './llm-app.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/llm-answers.ts <tree> <out.jsonl> [texts] [in flight]`: what a tree's app answers on
 * the LLM path (scenario c's configuration, SHADOW on unless the environment says off) against this checkout's OpenAI-compatible stub, for
 * the bench's messages and the distinct texts of data/corpus/test.jsonl, safety-facts.jsonl and
 * real/test (up to `texts`, default 4000), `in flight` at once (default 20): one JSON line per message with
 * the response's status and body and the request's log line (times, ids and durations blanked), then the
 * classification, LLM-answer, shadow and fallback counters. The stub answers half the texts with token
 * log-probabilities (chosen by the text, so both trees see the same), half without. Run it for an older
 * tree and for this one and compare the files (`cmp`): a change meant to keep answers gives the same bytes.
 */
const [treeArg, out, textsArg, flightArg] = process.argv.slice(2);
if (treeArg === undefined || out === undefined) throw new Error('usage: node scripts/bench/llm-answers.ts <tree> <out.jsonl> [texts] [in flight]');
const root = resolve(treeArg);
const here = resolve(import.meta.dirname, '../..');
const limit = Number(textsArg ?? 4000);
const inFlight = Number(flightArg ?? 20);

const CHANNELS = ['chat', 'voice', 'mail', 'api'];
const seen = new Set<string>();
const items: Array<{ message: string; channel: string; locale?: string | undefined }> = [];
const add = (message: string, channel: string, locale?: string) => {
  const key = `${channel}\u0000${message}`;
  if (items.length >= limit || seen.has(key)) return;
  seen.add(key);
  items.push({ message, channel, ...(locale ? { locale } : {}) });
};
for (const m of BENCH_MESSAGES) add(m.message, m.channel, m.locale);
const realTest = join(here, 'data/corpus/real/test');
const files = [join(here, 'data/corpus/test.jsonl'), join(here, 'data/corpus/safety-facts.jsonl'), ...readdirSync(realTest).sort().map((f) => join(realTest, f))];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { text?: unknown; channel?: unknown };
    if (typeof record.text !== 'string') continue;
    add(record.text, typeof record.channel === 'string' && CHANNELS.includes(record.channel) ? record.channel : 'chat');
  }
}

const stub = await startOpenAiStub();
const withLogprobs = categoryLogprobs(0.87, { service: Math.log(0.08), informational: Math.log(0.05) });
stub.setBehavior((request) => {
  stub.requests.length = 0;
  const user = String(request?.messages?.find((m: { role?: string }) => m.role === 'user')?.content ?? '');
  return user.length % 2 === 0 ? { kind: 'answer', logprobs: withLogprobs } : { kind: 'answer' };
});

const logLines: Record<string, unknown>[] = [];
// A machine busy enough to hold a request past the 3 s default would answer it from the fallback: not what is compared.
const app = await llmAppOf(root, stub.url, { write: (line) => void logLines.push(JSON.parse(line) as Record<string, unknown>) }, { LLM_TIMEOUT_MS: '60000' });

const VARYING = new Set(['timestamp', 'received_at', 'time', 'processing_time_ms', 'duration_ms', 'ticket_id', 'case_id', 'reference', 'created_at', 'due_at', 'pid', 'hostname']);
const blank = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (VARYING.has(key) ? '*' : v)).replace(/\b(?:TCK|CASE|SC|T|C)-[A-Z0-9-]{6,}\b/g, '#ID');
const answers: string[] = new Array<string>(items.length);
let next = 0;
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < items.length) {
      const i = next++;
      const response = await app.inject({ method: 'POST', url: '/api/v1/classify', headers: { 'content-type': 'application/json', 'x-request-id': `answer-${i}` }, payload: JSON.stringify(items[i]) });
      answers[i] = `{"i":${i},"status":${response.statusCode},"body":${blank(JSON.parse(response.body))}`;
    }
  }),
);
// Every shadow comparison is made by the time its log line is written; the counters are read after all of them.
const COUNTERS = /^careroute_(?:classifications_total|llm_answers_total|shadow_comparisons_total|classifier_fallbacks_total|human_review_total|safety_guard_overrides_total|llm_errors_total|workflow_outcomes_total)\{/;
const metrics = await app.inject({ method: 'GET', url: '/metrics' });
const counters = metrics.body.split('\n').filter((l) => COUNTERS.test(l));
await app.close();
const lineOf = new Map(logLines.filter((l) => l.msg === 'request completed').map((l) => [l.request_id ?? l.reqId, l]));
const lines = answers.map((answer, i) => `${answer},"log":${blank(lineOf.get(`answer-${i}`) ?? null)}}`);
writeFileSync(out, `${[...lines, `{"metrics ${metrics.statusCode}":${JSON.stringify(counters)}}`].join('\n')}\n`);
process.stdout.write(`${items.length} messages written to ${out}\n`);
await stub.close();
