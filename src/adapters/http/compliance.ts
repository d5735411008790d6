import { z } from 'zod';
import type { Compliance } from '../../ports/compliance.ts';
import { createJsonClient } from './json-client.ts';

const CaseResponse = z.object({
  id: z.string().min(1),
  received_at: z.string(),
  severity: z.enum(['critical', 'high', 'medium', 'low']),
  status: z.literal('open').default('open'),
  notify: z.array(z.string()).default([]),
  created_at: z.string(),
  deduplicated: z.boolean().default(false),
});

/**
 * `POST {COMPLIANCE_URL}/cases` with the CaseRequest as JSON and `Idempotency-Key` -> the case.
 * Only a 2xx with a case id counts as recorded; anything else rejects so the client gets a 503.
 */
export function createHttpCompliance(baseUrl: string, timeoutMs: number): Compliance & { close(): Promise<void> } {
  const client = createJsonClient(baseUrl, timeoutMs, 'compliance');
  return {
    openCase: (request) =>
      client.call({
        method: 'POST',
        path: '/cases',
        body: request,
        headers: request.idempotency_key ? { 'idempotency-key': request.idempotency_key } : {},
        schema: CaseResponse,
      }),
    close: () => client.close(),
  };
}
