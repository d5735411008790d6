import type { Channel, Priority } from '../domain.ts';
import type { Classification } from '../classifier/types.ts';
import type { SafetyScan } from '../classifier/safety-types.ts';
import type { Decision } from '../triage/decide.ts';

/** What a workflow knows of the message: already decided, normalised and redacted. */
export interface WorkflowContext {
  request_id: string;
  idempotency_key?: string | undefined;
  channel: Channel;
  customer_id?: string | undefined;
  locale?: string | undefined;
  /** Normalised original text: only the compliance record may keep it. */
  text: string;
  /** PII-redacted text: what may go to tickets, logs and responses. */
  redacted: string;
  /** Redacts a text derived from `text` (a quoted fact) and masks identifiers of `text` it repeats; `text` was scanned once for them. */
  redactDerived?: ((derived: string) => string) | undefined;
  /** Redacts a guard term of `text` (a signal's matched words) with `text`'s spans where it is a piece of it; redactPii otherwise. */
  redactTerm?: ((term: string) => string) | undefined;
  received_at: string;
  decision: Decision;
  classification: Classification;
  scan: SafetyScan;
  /** decision_path so far, for the compliance record. */
  decision_path: string;
  /** The sender's contact from the channel (a mail's From): only the compliance case keeps it. */
  reporter_contact?: string | undefined;
}

export interface NextStep {
  action: string;
  description: string;
  priority: Priority;
  requires_human_review: boolean;
  external_system: string | null;
  reference: string | null;
}

export interface WorkflowResult {
  next_step: NextStep;
  workflow: Record<string, unknown>;
  /** decision_path entry describing what the workflow did. */
  path: string;
}

export type Workflow = (context: WorkflowContext) => Promise<WorkflowResult>;
