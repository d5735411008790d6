import type { Channel, Priority } from '../domain.ts';
import type { SafetySignal } from '../classifier/safety-types.ts';
import type { CaseElement, CaseFacts, CaseSubtype, FactsSource, SeriousnessCriterion } from '../safety-intake/types.ts';

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
  subtype: CaseSubtype;
  /** The ICH E2D elements with redacted values, and where they came from. */
  facts: CaseFacts;
  facts_source: FactsSource;
  /** All four elements present. */
  valid_case: boolean;
  missing_elements: CaseElement[];
  serious: boolean;
  seriousness_criteria: SeriousnessCriterion[];
  /** ISO date: the last day of the regulatory report (15 calendar days from day 0 when serious). */
  report_due_by: string;
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
