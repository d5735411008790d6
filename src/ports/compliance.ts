import type { Channel, Priority } from '../domain.ts';
import type { SafetySignal } from '../classifier/safety-types.ts';

export type CaseSeverity = 'critical' | 'high' | 'medium' | 'low';

export interface CaseRequest {
  idempotency_key?: string | undefined;
  request_id: string;
  channel: Channel;
  customer_id?: string | undefined;
  /** Day 0: when the message reached the company (ISO 8601). */
  received_at: string;
  severity: CaseSeverity;
  priority: Priority;
  /** PII-redacted narrative: what may leave the compliance record. */
  narrative: string;
  /** The original text; kept only inside the compliance record. */
  original_text: string;
  signals: SafetySignal[];
  notify: string[];
  classifier: { provider: string; model: string; prompt_version: string };
  decision_path: string;
}

export interface ComplianceCase {
  id: string;
  received_at: string;
  severity: CaseSeverity;
  status: 'open';
  notify: string[];
  created_at: string;
  deduplicated: boolean;
}

export interface Compliance {
  /** Resolves only once the case is durably recorded; rejects otherwise (never a silent loss). */
  openCase(request: CaseRequest): Promise<ComplianceCase>;
}
