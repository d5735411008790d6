import { CATEGORIES, CHANNELS } from '../domain.ts';
import type { LlmErrorKind } from '../classifier/types.ts';
import type { Metrics } from './metrics.ts';

/** Every kind of LLM failure (a Record, so a new kind that is not listed here fails the typecheck). */
const LLM_FAILURES: Record<LlmErrorKind | 'unexpected', true> = {
  timeout: true,
  rate_limited: true,
  server_error: true,
  connection: true,
  refusal: true,
  truncated: true,
  invalid_output: true,
  bad_request: true,
  auth: true,
  breaker_open: true,
  overloaded: true,
  unexpected: true,
};
const PORT_OUTCOMES = {
  knowledge_base: ['answered', 'no_match', 'error'],
  ticketing: ['created', 'deduplicated', 'error'],
  compliance: ['created', 'deduplicated', 'error'],
} as const;
const CLASSIFY_STATUSES = ['200', '400', '429', '500', '503'];

/**
 * Series that dashboards and alerts read exist from the start, at 0 (or the breaker's current
 * state), with every label value careroute knows: otherwise a healthy service shows "no data", a
 * ratio of two series is empty, and `increase()` misses the first event of a label.
 * @see https://prometheus.io/docs/practices/instrumentation/#avoid-missing-metrics
 */
export function initialiseSeries(metrics: Metrics, breakerGauge: number, llm: { promptVariants: readonly string[]; shadow: boolean } = { promptVariants: [], shadow: false }) {
  metrics.breakerState.set({ breaker: 'openai' }, breakerGauge);
  metrics.breakerOpens.inc({ breaker: 'openai' }, 0);
  for (const category of CATEGORIES) {
    metrics.humanReview.inc({ category }, 0);
    for (const provider of ['openai', 'local']) {
      for (const channel of CHANNELS) metrics.classifications.inc({ category, provider, channel }, 0);
    }
  }
  for (const provider of ['openai', 'local']) metrics.confidence.zero({ provider });
  for (const outcome of ['success', 'error']) metrics.llmDuration.zero({ outcome });
  for (const kind of Object.keys(LLM_FAILURES)) {
    metrics.llmErrors.inc({ kind }, 0);
    metrics.fallbacks.inc({ reason: kind }, 0);
  }
  for (const type of ['prompt', 'completion']) metrics.llmTokens.inc({ type }, 0);
  for (const [port, outcomes] of Object.entries(PORT_OUTCOMES)) {
    for (const outcome of outcomes) metrics.workflowOutcomes.inc({ port, outcome }, 0);
  }
  for (const reason of ['missing_key', 'invalid_key']) metrics.authFailures.inc({ reason }, 0);
  if (llm.shadow) for (const agree of ['true', 'false']) metrics.shadowComparisons.inc({ primary: 'openai', shadow: 'local', agree }, 0);
  for (const prompt_variant of llm.promptVariants) {
    metrics.llmCost.inc({ prompt_variant }, 0);
    for (const category of CATEGORIES) {
      for (const confidence_source of ['logprobs', 'verbalised']) metrics.llmAnswers.inc({ prompt_variant, category, confidence_source }, 0);
    }
  }
  for (const status_code of CLASSIFY_STATUSES) metrics.httpDuration.zero({ route: '/api/v1/classify', method: 'POST', status_code });
}
