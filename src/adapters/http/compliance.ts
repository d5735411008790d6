import { z } from 'zod';
import type { CaseRequest, Compliance, ComplianceCase } from '../../ports/compliance.ts';
import { idempotencyHeaders } from './idempotency-header.ts';
import { createJsonClient } from './json-client.ts';

/**
 * What the compliance system answers. `report_due_by` and `serious` are optional: a system that owns
 * the regulatory clock says what it recorded; one that does not keeps what careroute sent.
 */
const CaseResponse = z.object({
  id: z.string().min(1),
  received_at: z.string(),
  severity: z.enum(['critical', 'high', 'medium', 'low']),
  status: z.literal('open').default('open'),
  notify: z.array(z.string()).default([]),
  created_at: z.string(),
  deduplicated: z.boolean().default(false),
  report_due_by: z.iso.date().optional(),
  serious: z.boolean().optional(),
});

/**
 * `POST {COMPLIANCE_URL}/cases` with `Idempotency-Key: <client>:<message_id>` and the CaseRequest as JSON:
 *
 * ```
 * { idempotency_key?, request_id, channel, customer_id?, received_at (day 0, ISO 8601),
 *   severity: critical|high|medium|low, priority: low|medium|high|urgent, notify: [team],
 *   narrative (PII-redacted), original_text (the message as received: the record's copy only),
 *   signals: [{ kind, term }], classifier: { provider, model, prompt_version }, decision_path,
 *   subtype: self_harm_or_emergency|adverse_event|medication_error|product_quality|privacy_breach|fraud|legal_complaint|none,
 *   facts: { patient|reporter|suspect_product|adverse_event: { present, value (redacted) },
 *            seriousness: { death, life_threatening, hospitalisation, disability, congenital_anomaly, other_medically_important },
 *            subtype }, facts_source: llm|heuristic|llm+heuristic,
 *   valid_case, missing_elements: [element], serious, seriousness_criteria: [criterion],
 *   seriousness_status: serious|non_serious|not_established (the last on the 15-day clock),
 *   report_due_by (YYYY-MM-DD), reporter_contact? (the sender's address when the mail channel gave one) }
 * ```
 *
 * The system must deduplicate on Idempotency-Key: a retry after a lost answer returns the first case.
 * Only a 2xx with a case id counts as recorded; anything else rejects so the client gets a 503.
 */
export function createHttpCompliance(baseUrl: string, timeoutMs: number): Compliance & { close(): Promise<void> } {
  const client = createJsonClient(baseUrl, timeoutMs, 'compliance');
  return {
    async openCase(request: CaseRequest): Promise<ComplianceCase> {
      const recorded = await client.call({
        method: 'POST',
        path: '/cases',
        body: request,
        headers: idempotencyHeaders(request.idempotency_key),
        schema: CaseResponse,
      });
      return { ...recorded, report_due_by: recorded.report_due_by ?? request.report_due_by, serious: recorded.serious ?? request.serious };
    },
    close: () => client.close(),
  };
}
