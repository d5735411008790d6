import { Counter, Gauge, Histogram, collectDefaultMetrics, type Registry } from 'prom-client';

/**
 * Every metric careroute exposes, on the app's own Registry (no global default registry, so tests and
 * several apps in one process never collide). Names are also used by infra/observability.
 */
export function createMetrics(registry: Registry, options: { defaultMetrics?: boolean } = {}) {
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'careroute_' });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'careroute_http_request_duration_seconds',
      help: 'HTTP request duration by route, method and status code',
      labelNames: ['route', 'method', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    }),
    classifications: new Counter({
      name: 'careroute_classifications_total',
      help: 'Classified messages by final category, provider that answered and channel',
      labelNames: ['category', 'provider', 'channel'] as const,
      registers,
    }),
    confidence: new Histogram({
      name: 'careroute_classification_confidence',
      help: 'Confidence of the final decision',
      labelNames: ['provider'] as const,
      buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1],
      registers,
    }),
    humanReview: new Counter({
      name: 'careroute_human_review_total',
      help: 'Messages flagged for human review, by category',
      labelNames: ['category'] as const,
      registers,
    }),
    safetyGuard: new Counter({
      name: 'careroute_safety_guard_overrides_total',
      help: 'Times the deterministic safety guard overrode the classifier to safety_compliance',
      registers,
    }),
    llmDuration: new Histogram({
      name: 'careroute_llm_request_duration_seconds',
      help: 'Duration of calls to the primary LLM provider, by outcome and prompt variant',
      labelNames: ['outcome', 'prompt_variant'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10],
      registers,
    }),
    llmErrors: new Counter({
      name: 'careroute_llm_errors_total',
      help: 'Failed calls to the primary LLM provider, by kind and prompt variant',
      labelNames: ['kind', 'prompt_variant'] as const,
      registers,
    }),
    llmTokens: new Counter({
      name: 'careroute_llm_tokens_total',
      help: 'LLM tokens used, by type and prompt variant',
      labelNames: ['type', 'prompt_variant'] as const,
      registers,
    }),
    llmCost: new Counter({
      name: 'careroute_llm_cost_usd_total',
      help: 'Estimated LLM cost in US dollars (list prices of the configured model), by prompt variant',
      labelNames: ['prompt_variant'] as const,
      registers,
    }),
    llmAnswers: new Counter({
      name: 'careroute_llm_answers_total',
      help: 'Answers of the primary LLM by prompt variant, category it chose and where its confidence came from (logprobs or verbalised)',
      labelNames: ['prompt_variant', 'category', 'confidence_source'] as const,
      registers,
    }),
    llmConfidence: new Histogram({
      name: 'careroute_llm_confidence',
      help: 'Confidence of the primary LLM in its category, by prompt variant',
      labelNames: ['prompt_variant'] as const,
      buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1],
      registers,
    }),
    shadowComparisons: new Counter({
      name: 'careroute_shadow_comparisons_total',
      help: 'Messages classified by both the primary and the shadow (local) classifier, by whether their categories agree (SHADOW)',
      labelNames: ['primary', 'shadow', 'agree'] as const,
      registers,
    }),
    breakerState: new Gauge({
      name: 'careroute_circuit_breaker_state',
      help: 'Circuit breaker state: 0 closed, 1 half-open, 2 open',
      labelNames: ['breaker'] as const,
      registers,
    }),
    breakerOpens: new Counter({
      name: 'careroute_circuit_breaker_opens_total',
      help: 'Times the circuit breaker opened',
      labelNames: ['breaker'] as const,
      registers,
    }),
    fallbacks: new Counter({
      name: 'careroute_classifier_fallbacks_total',
      help: 'Answers that came from the fallback classifier, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    rateLimited: new Counter({
      name: 'careroute_rate_limited_total',
      help: 'Requests refused by the rate limiter',
      registers,
    }),
    authFailures: new Counter({
      name: 'careroute_auth_failures_total',
      help: 'Requests refused for a missing or wrong API key, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    workflowOutcomes: new Counter({
      name: 'careroute_workflow_outcomes_total',
      help: 'Workflow port calls by port and outcome',
      labelNames: ['port', 'outcome'] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
