import type { Channel, Priority } from '../domain.ts';
import type { SafetySignal } from '../classifier/safety-types.ts';
import type { SafetyIntake } from '../safety-intake/types.ts';

export type CaseSeverity = 'critical' | 'high' | 'medium' | 'low';

/** The case as the compliance system receives it: the message's context plus the intake facts. */
export interface CaseRequest extends SafetyIntake {
  idempotency_key?: string | undefined;
  request_id: string;
  channel: Channel;
  customer_id?: string | undefined;
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
  /** How to reach the reporter (a mail's From address), when the channel gave one; kept only in the case. */
  reporter_contact?: string | undefined;
}

export interface ComplianceCase {
  id: string;
  received_at: string;
  severity: CaseSeverity;
  status: 'open';
  notify: string[];
  created_at: string;
  deduplicated: boolean;
  /** As recorded: the system of record may own the clock (its own calendar), else what was sent. */
  report_due_by: string;
  serious: boolean;
}

export interface Compliance {
  /** Resolves only once the case is durably recorded; rejects otherwise (never a silent loss). */
  openCase(request: CaseRequest): Promise<ComplianceCase>;
}
