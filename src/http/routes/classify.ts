import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, invalidRequest } from '../../errors.ts';
import { fingerprintOf, type Idempotency } from '../../idempotency/idempotency.ts';
import { anonymousTenant, scopeKey } from '../../idempotency/scope.ts';
import type { Metrics } from '../../observability/metrics.ts';
import type { Triage, TriageOutcome } from '../../triage/triage.ts';
import { createClassifyRequestSchema } from '../schemas.ts';
import { validationError } from '../validation.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the request log line reports about the classification (never the text). */
    triageSummary?: {
      category: string;
      provider: string;
      fallback: boolean;
      replayed: boolean;
      prompt_variant?: string | null | undefined;
      /** The shadow classifier's category and whether it agreed with the primary's (categories only). */
      shadow_category?: string | undefined;
      shadow_agree?: boolean | undefined;
    };
  }
}

export interface ClassifyRouteOptions {
  triage: Triage;
  idempotency: Idempotency;
  metrics: Metrics;
  maxMessageChars: number;
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

/** POST /api/v1/classify: validate, then one pass of triage, at most once per message_id. */
export function registerClassifyRoute(app: FastifyInstance, options: ClassifyRouteOptions) {
  const schema = createClassifyRequestSchema(options.maxMessageChars);
  // Authentication and the rate limit come from registerAuthentication and registerRateLimit (src/http).
  app.post('/api/v1/classify', async (request, reply) => {
    // No body was parsed at all: the request had no JSON content type (a JSON `null` is a 400 below).
    if (request.body === undefined) {
      throw new AppError('unsupported_media_type', 'Content-Type must be application/json with a JSON object body');
    }
    const parsed = schema.safeParse(request.body);
    if (!parsed.success) throw validationError(parsed.error);
    const body = parsed.data;
    const key = idempotencyKey(request, body.message_id);
    const scoped = key ? scopeKey(request.clientName ?? anonymousTenant(request.ip), key) : undefined;
    // Day 0 is when the message first reached us: a retry after a 503 keeps the first attempt's time.
    const receivedAt = scoped ? await options.idempotency.firstSeen(scoped, new Date()) : new Date();
    const run = async () => {
      const outcome = await options.triage({
        request_id: request.id,
        message: body.message,
        channel: body.channel,
        idempotency_key: scoped,
        message_id: key,
        customer_id: body.customer_id,
        locale: body.locale,
        received_at: receivedAt,
      });
      record(options.metrics, outcome, body.channel);
      const c = outcome.body.classifier;
      const shadow = outcome.result.shadow;
      request.triageSummary = {
        category: outcome.body.category,
        provider: c.provider,
        fallback: c.fallback,
        replayed: false,
        prompt_variant: c.prompt_variant,
        ...(shadow ? { shadow_category: shadow.shadow_category, shadow_agree: shadow.agree } : {}),
      };
      return { status: 200, body: outcome.body };
    };
    if (!scoped) return reply.code(200).send((await run()).body);
    const fingerprint = fingerprintOf([body.channel, body.message, body.customer_id]);
    const outcome = await options.idempotency.run(scoped, fingerprint, run);
    if (outcome.conflict) throw invalidRequest('message_id: was already used for a different message', { message_id: key });
    if (outcome.replayed) {
      reply.header('idempotent-replayed', 'true');
      const replayed = outcome.body as { category: string; classifier: { provider: string; fallback: boolean; prompt_variant?: string | null } };
      request.triageSummary = { category: replayed.category, provider: replayed.classifier.provider, fallback: replayed.classifier.fallback, replayed: true, prompt_variant: replayed.classifier.prompt_variant };
    }
    return reply.code(outcome.status).send(outcome.body);
  });
}
