import type { Config } from './config.ts';
import { createClassifierChainFromConfig, type ClassifierOverrides } from './classifier/factory.ts';
import type { ChainEvents } from './classifier/chain.ts';
import { createPortsFromConfig, type Ports } from './adapters/ports-from-config.ts';
import type { Metrics } from './observability/metrics.ts';
import { initialiseSeries } from './observability/initial-series.ts';
import { parsePromptVariants } from './classifier/prompt-variants.ts';
import { redactPii } from './observability/redact.ts';
import { scanSafety } from './classifier/safety-guard.ts';
import { createTriage } from './triage/triage.ts';
import { createInformationalWorkflow } from './workflows/informational.ts';
import { createServiceActionWorkflow } from './workflows/service-action.ts';
import { createSafetyComplianceWorkflow } from './workflows/safety-compliance.ts';

/** Prices per 1M tokens (USD) used for the cost metric; list prices of gpt-4o-mini, Nov 2026. */
const PRICE_PER_MTOK = { prompt: 0.15, completion: 0.6 };
const WARM_UP_MESSAGES = [
  'what time does the pharmacy open on sunday?',
  'please refill my lisinopril 20 mg, rx 4471923, call me at 555-201-8890',
  'since i started the new pills my face is swelling and i feel dizzy',
];
export const BREAKER_GAUGE = { closed: 0, half_open: 1, open: 2, none: 0 } as const;

function chainEvents(metrics: Metrics, log: { warn: (o: object, m: string) => void; info: (o: object, m: string) => void }): ChainEvents {
  return {
    onBreakerState(state) {
      metrics.breakerState.set({ breaker: 'openai' }, BREAKER_GAUGE[state]);
      if (state === 'open') metrics.breakerOpens.inc({ breaker: 'openai' });
      log.warn({ breaker: 'openai', state }, 'circuit breaker state changed');
    },
    onPrimaryCall({ outcome, durationMs, usage, promptVariant, classification }) {
      const prompt_variant = promptVariant ?? 'none';
      metrics.llmDuration.observe({ outcome: outcome === 'success' ? 'success' : 'error', prompt_variant }, durationMs / 1000);
      if (outcome !== 'success') metrics.llmErrors.inc({ kind: outcome, prompt_variant });
      if (classification) {
        metrics.llmAnswers.inc({ prompt_variant, category: classification.category, confidence_source: classification.confidence_source ?? 'verbalised' });
        metrics.llmConfidence.observe({ prompt_variant }, classification.confidence);
      }
      if (usage) {
        metrics.llmTokens.inc({ type: 'prompt', prompt_variant }, usage.prompt_tokens);
        metrics.llmTokens.inc({ type: 'completion', prompt_variant }, usage.completion_tokens);
        metrics.llmCost.inc({ prompt_variant }, (usage.prompt_tokens * PRICE_PER_MTOK.prompt + usage.completion_tokens * PRICE_PER_MTOK.completion) / 1e6);
      }
    },
    onShadow({ primary, shadow, agree }) {
      metrics.shadowComparisons.inc({ primary, shadow, agree: String(agree) });
    },
    onFallback(reason) {
      metrics.fallbacks.inc({ reason });
    },
  };
}

/** Wires the use case from configuration: classifiers, ports, workflows. Fastify-free. */
export function composeService(
  config: Config,
  deps: {
    metrics: Metrics;
    log: { warn: (o: object, m: string) => void; info: (o: object, m: string) => void; debug: (o: object, m: string) => void };
    ports?: Partial<Ports>;
    classifiers?: ClassifierOverrides;
  },
) {
  const { metrics, log } = deps;
  const { chain, reason, local } = createClassifierChainFromConfig(config, {
    events: chainEvents(metrics, log),
    logger: log,
    ...(deps.classifiers ? { overrides: deps.classifiers } : {}),
  });
  // With no LLM primary there are no prompt variants and no shadow to count.
  const llmPrimary = chain.breakerState() !== 'none';
  initialiseSeries(metrics, BREAKER_GAUGE[chain.breakerState()], {
    promptVariants: llmPrimary ? parsePromptVariants(config.PROMPT_VARIANTS).map((v) => v.variant.name) : [],
    shadow: llmPrimary && config.SHADOW === 'on',
  });
  const ports = createPortsFromConfig(config, deps.ports);
  const outcome = (port: string) => (value: string) => metrics.workflowOutcomes.inc({ port, outcome: value });
  const triage = createTriage({
    chain,
    workflows: {
      informational: createInformationalWorkflow(ports.knowledgeBase, outcome('knowledge_base')),
      service_action: createServiceActionWorkflow(ports.ticketing, outcome('ticketing')),
      safety_compliance: createSafetyComplianceWorkflow(ports.compliance, outcome('compliance'), { nonSeriousReportDays: config.NON_SERIOUS_REPORT_DAYS }),
    },
    policy: { confidenceThreshold: config.CONFIDENCE_THRESHOLD, reviewMargin: config.REVIEW_MARGIN },
    redactBeforeClassify: config.REDACT_BEFORE_LLM,
  });
  /**
   * Runs the pure, in-process parts on a few messages before the first request, so V8 has compiled
   * the hot paths: a cold process would otherwise answer its first requests several times slower.
   */
  async function warmUp() {
    try {
      for (let i = 0; i < 10; i++) {
        for (const text of WARM_UP_MESSAGES) {
          scanSafety(text);
          redactPii(text);
          await local.classify({ text, channel: 'chat' });
        }
      }
    } catch (error) {
      // A classifier that cannot answer here will fail its requests with a logged 500; start anyway.
      log.warn({ err: error }, 'warm-up failed');
    }
  }
  return { chain, providerReason: reason, ports, triage, warmUp };
}
