import type { Category, Channel } from '../domain.ts';
import type { ClassifierChain } from '../classifier/types.ts';
import type { SafetyScan } from '../classifier/safety-types.ts';
import { scanSafety } from '../classifier/safety-guard.ts';
import { redactWithEchoes } from '../observability/redact.ts';
import type { Workflow } from '../workflows/types.ts';
import { decide, describeClassifier, type DecisionPolicy } from './decide.ts';
import { normaliseMessage } from './normalise.ts';

/** How describeScan (safety-guard.ts) opens the guard's decision_path line. */
const GUARD_LINE = 'safety guard: ';

export interface TriageRequest {
  request_id: string;
  message: string;
  channel: Channel;
  idempotency_key?: string | undefined;
  message_id?: string | undefined;
  customer_id?: string | undefined;
  locale?: string | undefined;
  received_at: Date;
  /** The sender's own contact (a mail's From address): for the compliance case only. */
  reporter_contact?: string | undefined;
}

export interface TriageDeps {
  chain: ClassifierChain;
  workflows: Record<Category, Workflow>;
  policy: DecisionPolicy;
  /** REDACT_BEFORE_LLM: the classifier sees the redacted text (privacy) instead of the original (accuracy). */
  redactBeforeClassify: boolean;
  now?: () => number;
}

/**
 * The use case, one pass: normalise -> safety guard -> classify -> decide -> route -> response.
 * No Fastify here: the route hands in a plain request and gets the response body of API.md back.
 */
export function createTriage(deps: TriageDeps) {
  const now = deps.now ?? (() => performance.now());
  return async function triage(request: TriageRequest) {
    const started = now();
    const receivedAt = request.received_at.toISOString();
    const text = normaliseMessage(request.message, request.channel);
    const { redacted, derived: redactDerived, quoting, term: redactTerm } = redactWithEchoes(text);
    const scan: SafetyScan = scanSafety(text);
    const result = await deps.chain.classify({
      text: deps.redactBeforeClassify ? redacted : text,
      channel: request.channel,
      locale: request.locale,
      // A retry of the same message gets the same prompt variant.
      variant_key: request.message_id ?? request.request_id,
      // The answer's facts are masked with the request's memo: the intake (build-case.ts) looks them up, not scans them again.
      redact: redactTerm,
      ...(deps.redactBeforeClassify ? {} : { scan }),
    });
    const decision = decide(result, scan, deps.policy);
    // The summary goes to tickets and responses, and the classifier's reasoning and evidence words in
    // decision_path quote the message: never with the customer's identifiers, cued or not, whole or cut.
    const c = { ...result.classification, summary: redactDerived(result.classification.summary) };
    // The classifier's entry quotes the message only in its reasoning: that part is redacted, the rest
    // (model, category, confidence) is our own wording, whose digits would run every number detector.
    const first = describeClassifier(result);
    // The local model's reasoning and the guard's line are our wording around words quoted from the message:
    // those words are masked with the message's spans (the message is scanned once), the wording is not scanned.
    const local = result.classification.provider === 'local';
    const path = decision.path.map((entry, i) =>
      i === 0 && entry === first
        ? describeClassifier(result, (local ? quoting : redactDerived)(result.classification.reasoning))
        : entry.startsWith(GUARD_LINE) ? quoting(entry) : redactDerived(entry),
    );
    const workflow = deps.workflows[decision.category];
    const routed = await workflow({
      request_id: request.request_id,
      idempotency_key: request.idempotency_key,
      channel: request.channel,
      customer_id: request.customer_id,
      locale: request.locale,
      text,
      redacted,
      redactDerived,
      redactTerm,
      received_at: receivedAt,
      decision,
      classification: c,
      scan,
      decision_path: path.join('; '),
      ...(request.reporter_contact ? { reporter_contact: request.reporter_contact } : {}),
    });
    const decisionPath = [...path, routed.path].join('; ');
    return {
      body: {
        request_id: request.request_id,
        timestamp: receivedAt,
        ...(request.message_id ? { message_id: request.message_id } : {}),
        channel: request.channel,
        category: decision.category,
        confidence: round(decision.confidence, 4),
        secondary_category: c.secondary_category ?? null,
        language: c.language,
        summary: c.summary,
        decision_path: decisionPath,
        next_step: routed.next_step,
        workflow: routed.workflow,
        classifier: {
          provider: c.provider,
          model: c.model,
          fallback: result.fallback,
          ...(result.fallback_reason ? { fallback_reason: result.fallback_reason } : {}),
          prompt_version: c.prompt_version,
          prompt_variant: c.prompt_variant ?? null,
        },
        processing_time_ms: round(now() - started, 1),
        model: c.model,
        prompt_version: c.prompt_version,
        prompt_variant: c.prompt_variant ?? null,
      },
      decision,
      result,
      scan,
    };
  };
}

export type Triage = ReturnType<typeof createTriage>;
export type TriageOutcome = Awaited<ReturnType<Triage>>;

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
