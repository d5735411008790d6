import { createEmbeddedKnowledgeBase } from '../../src/adapters/embedded/knowledge-base.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { redactWithEchoes } from '../../src/observability/redact.ts';
import { buildSafetyIntake } from '../../src/safety-intake/build-case.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { Registry } from 'prom-client';
import { composeService } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { buildLlmRequest, encodeLlmRequest } from '../../src/classifier/llm-request.ts';
import { DEFAULT_PROMPT_VARIANTS, parsePromptVariants, pickVariant } from '../../src/classifier/prompt-variants.ts';
import { redactLogValue } from '../../src/observability/pino-redaction.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { benchLogDestination } from './bench-log.ts';
import { BENCH_MESSAGES } from './messages.ts';

/**
 * `node scripts/bench/stages.ts [rounds]`: CPU microseconds per call of each stage of the classify
 * path over (b)'s message mix, one stage at a time, no HTTP: which stage to make cheaper, and a
 * before/after figure for one stage that the whole request's noise would hide. Median of 3 rounds.
 */
const rounds = Number(process.argv[2] ?? 2_000);
const local = createLocalClassifier();
const kb = createEmbeddedKnowledgeBase();
// (b) repeats its 22 messages, so its searches are answered from the cache: this is the search itself.
const kbUncached = createEmbeddedKnowledgeBase({ answerCacheSize: 0 });
const quiet = { warn: () => {}, info: () => {}, debug: () => {} };
const service = composeService(loadConfig({ NODE_ENV: 'production', CLASSIFIER_PROVIDER: 'local' }), { metrics: createMetrics(new Registry()), log: quiet });
const texts = BENCH_MESSAGES.map((m) => normaliseMessage(m.message, m.channel));
const classified = await Promise.all(texts.map((text) => local.classify({ text, channel: 'chat' })));
const scans = texts.map((text) => scanSafety(text));
const redactions = texts.map((text) => redactWithEchoes(text));
const bodies = await Promise.all(BENCH_MESSAGES.map(async (m, i) => (await service.triage({ request_id: `r${i}`, message: m.message, channel: m.channel, received_at: new Date() })).body));
const variant = pickVariant(parsePromptVariants(DEFAULT_PROMPT_VARIANTS), undefined);
// What the request's one log line carries besides pino's own fields (observability.ts).
const requestLog = createLogger({ level: 'info', destination: benchLogDestination().destination }).child({ request_id: 'r1' });
const logLine = { route: '/api/v1/classify', method: 'POST', status: 200, duration_ms: 12.3, category: 'informational', provider: 'local', fallback: false, replayed: false, prompt_variant: null };

async function time(run: (i: number) => unknown): Promise<number> {
  const perRound = async () => {
    const start = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (let i = 0; i < texts.length; i++) await run(i);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / (rounds * texts.length);
  };
  await perRound();
  return [await perRound(), await perRound(), await perRound()].sort((a, b) => a - b)[1]!;
}

const stages: Record<string, (i: number) => unknown> = {
  normalise: (i) => normaliseMessage(BENCH_MESSAGES[i]!.message, BENCH_MESSAGES[i]!.channel),
  'redact (PII)': (i) => redactWithEchoes(texts[i]!),
  'safety guard': (i) => scanSafety(texts[i]!),
  'local classifier': (i) => local.classify({ text: texts[i]!, channel: 'chat' }),
  'shadow (category only)': (i) => local.categorise({ text: texts[i]!, channel: 'chat' }),
  'kb search': (i) => kbUncached.search(redactions[i]!.redacted, { limit: 3, locale: BENCH_MESSAGES[i]!.locale }),
  'kb search, repeated': (i) => kb.search(redactions[i]!.redacted, { limit: 3, locale: BENCH_MESSAGES[i]!.locale }),
  'safety intake': (i) =>
    buildSafetyIntake({ text: texts[i]!, redactDerived: redactions[i]!.derived, scan: scans[i]!, classification: classified[i]!, received_at: '2026-12-06T10:00:00.000Z', nonSeriousReportDays: 90 }),
  'response JSON.stringify': (i) => JSON.stringify(bodies[i]),
  'log line redaction': () => redactLogValue(logLine),
  // The whole line as (b) writes it: the redaction hook, pino's redact paths and the write to BENCH_LOG_FILE (/dev/null).
  'log line, written': () => requestLog.info({ ...logLine }, 'request completed'),
  'llm request body JSON': (i) => JSON.stringify(buildLlmRequest('gpt-4o-mini', variant, { text: texts[i]!, channel: 'chat' })),
  // What the provider sends since issue 15's fourth pass: the same JSON, all but the user message built once.
  'llm request body, encoded': (i) => encodeLlmRequest('gpt-4o-mini', variant, { text: texts[i]!, channel: 'chat' }),
  'triage (all)': (i) => service.triage({ request_id: `r${i}`, message: BENCH_MESSAGES[i]!.message, channel: BENCH_MESSAGES[i]!.channel, locale: BENCH_MESSAGES[i]!.locale, customer_id: BENCH_MESSAGES[i]!.customer_id, received_at: new Date() }),
};
const only = process.argv.slice(3);
for (const [name, run] of Object.entries(stages)) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  process.stdout.write(`${name.padEnd(24)} ${(await time(run)).toFixed(1).padStart(7)} us/call (mean over the ${texts.length} messages)\n`);
}
