import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DeferredShadow } from '../../classifier/types.ts';
import type { Channel } from '../../domain.ts';
import { invalidRequest } from '../../errors.ts';
import { fingerprintOf, type Idempotency } from '../../idempotency/idempotency.ts';
import { anonymousTenant, scopeKey } from '../../idempotency/scope.ts';
import type { Metrics } from '../../observability/metrics.ts';
import type { Triage, TriageOutcome } from '../../triage/triage.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the request log line reports about the classification (never the text). */
    triageSummary?: {
      category: string;
      provider: string;
      fallback: boolean;
      replayed: boolean;
      prompt_variant?: string | null | undefined;
    };
    /**
     * The shadow comparison (SHADOW=on), made after the response: the log line adds its category and
     * whether it agreed with the primary's as `shadow_category` and `shadow_agree` (categories only).
     */
    shadowComparison?: DeferredShadow | undefined;
  }
}

export interface ClassifyDeps {
  triage: Triage;
  idempotency: Idempotency;
  metrics: Metrics;
}

/** What a channel route hands over: the message (made on demand, so a replay does not redo it) and its ids. */
export interface ChannelMessage {
  channel: Channel;
  /** The message_id the client named (body field, form part or query). */
  message_id?: string | undefined;
  /** The channel's own id when the client named none (a mail's Message-ID). */
  default_message_id?: string | undefined;
  customer_id?: string | undefined;
  locale?: string | undefined;
  /** What identifies "the same message" for a reused message_id (text, or an audio digest). */
  fingerprint: Array<string | undefined>;
  /** The text to triage and any channel fields for the response (mail, transcript). */
  prepare(): Promise<{ message: string; reporter_contact?: string | undefined; extra?: Record<string, unknown> }>;
}

function idempotencyKey(request: FastifyRequest, messageId: string | undefined): string | undefined {
  const header = request.headers['idempotency-key'];
  const headerKey = typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined;
  if (headerKey && headerKey.length > 128) throw invalidRequest('Idempotency-Key: must be at most 128 characters');
  if (headerKey && messageId && headerKey !== messageId) {
    throw invalidRequest('Idempotency-Key: must equal message_id when both are given');
  }
  return messageId ?? headerKey;
}

function record(metrics: Metrics, outcome: TriageOutcome, channel: string) {
  const { decision, result } = outcome;
  const provider = result.classification.provider;
  metrics.classifications.inc({ category: decision.category, provider, channel });
  metrics.confidence.observe({ provider }, decision.confidence);
  if (decision.requires_human_review) metrics.humanReview.inc({ category: decision.category });
  if (outcome.scan.fired && result.classification.category !== 'safety_compliance') metrics.safetyGuard.inc();
}

/**
 * One pass of triage, at most once per message_id (API.md "Idempotency"): the classify route and the
 * channel routes all answer through here, so a replay is a replay whichever door the message used.
 */
export async function classifyIdempotently(deps: ClassifyDeps, request: FastifyRequest, reply: FastifyReply, input: ChannelMessage) {
  const key = idempotencyKey(request, input.message_id) ?? input.default_message_id;
  const scoped = key ? scopeKey(request.clientName ?? anonymousTenant(request.ip), key) : undefined;
  const arrived = new Date();
  const run = async () => {
    // Day 0 is when the message first reached us: a retry after a 503 keeps the first attempt's time.
    // Asked only when triage runs: a replay answers the stored body and would discard it.
    const receivedAt = scoped ? await deps.idempotency.firstSeen(scoped, arrived) : arrived;
    const { message, reporter_contact, extra } = await input.prepare();
    const outcome = await deps.triage({
      request_id: request.id,
      message,
      channel: input.channel,
      idempotency_key: scoped,
      message_id: key,
      customer_id: input.customer_id,
      locale: input.locale,
      received_at: receivedAt,
      ...(reporter_contact ? { reporter_contact } : {}),
    });
    record(deps.metrics, outcome, input.channel);
    const c = outcome.body.classifier;
    request.triageSummary = {
      category: outcome.body.category,
      provider: c.provider,
      fallback: c.fallback,
      replayed: false,
      prompt_variant: c.prompt_variant,
    };
    request.shadowComparison = outcome.result.shadow;
    return { status: 200, body: extra ? { ...outcome.body, ...extra } : outcome.body };
  };
  if (!scoped) return reply.code(200).send((await run()).body);
  const outcome = await deps.idempotency.run(scoped, fingerprintOf(input.fingerprint), run);
  if (outcome.conflict) throw invalidRequest('message_id: was already used for a different message', { message_id: key });
  if (outcome.replayed) {
    reply.header('idempotent-replayed', 'true');
    const replayed = outcome.body as { category: string; classifier: { provider: string; fallback: boolean; prompt_variant?: string | null } };
    request.triageSummary = { category: replayed.category, provider: replayed.classifier.provider, fallback: replayed.classifier.fallback, replayed: true, prompt_variant: replayed.classifier.prompt_variant };
  }
  return reply.code(outcome.status).send(outcome.body);
}
