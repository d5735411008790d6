import type { CaseRequest, Compliance, ComplianceCase } from '../../ports/compliance.ts';
import { createBoundedStore, EMBEDDED_MAX_RECORDS, newReference } from './ids.ts';

export interface StoredCase extends ComplianceCase {
  request: CaseRequest;
}

export interface EmbeddedCompliance extends Compliance {
  /** Every case recorded, with its original text (this is the compliance record), newest last. */
  list(): StoredCase[];
}

/** In-process compliance record: needs no server; a repeated idempotency key returns the first case. */
export function createEmbeddedCompliance(options: { maxCases?: number } = {}): EmbeddedCompliance {
  const cases = createBoundedStore<StoredCase>(options.maxCases ?? EMBEDDED_MAX_RECORDS);
  const byKey = createBoundedStore<string>(options.maxCases ?? EMBEDDED_MAX_RECORDS);
  return {
    async openCase(request) {
      const existingId = request.idempotency_key ? byKey.get(request.idempotency_key) : undefined;
      const existing = existingId ? cases.get(existingId) : undefined;
      if (existing) return { ...publicCase(existing), deduplicated: true };
      const now = new Date();
      const record: StoredCase = {
        id: newReference('SC', new Date(request.received_at)),
        received_at: request.received_at,
        severity: request.severity,
        status: 'open',
        notify: request.notify,
        report_due_by: request.report_due_by,
        serious: request.serious,
        created_at: now.toISOString(),
        deduplicated: false,
        request,
      };
      cases.set(record.id, record);
      if (request.idempotency_key) byKey.set(request.idempotency_key, record.id);
      return publicCase(record);
    },
    list: () => cases.values(),
  };
}

function publicCase(stored: StoredCase): ComplianceCase {
  const { request: _request, ...rest } = stored;
  return rest;
}
