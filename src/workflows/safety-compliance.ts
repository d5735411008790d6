import type { CaseSeverity, Compliance } from '../ports/compliance.ts';
import type { SafetySignalKind } from '../classifier/safety-types.ts';
import { unavailable } from '../errors.ts';
import type { Workflow, WorkflowContext } from './types.ts';

/** Who must be told, by signal kind; a case decided by the classifier alone goes to compliance triage. */
const NOTIFY: Record<SafetySignalKind, string> = {
  adverse_event: 'pharmacovigilance',
  overdose: 'pharmacovigilance',
  medication_error: 'pharmacy-quality',
  product_quality: 'product-quality',
  self_harm: 'clinical-on-call',
  emergency: 'clinical-on-call',
  privacy_breach: 'privacy-officer',
  fraud: 'special-investigations',
  legal: 'legal',
};
const CRISIS_KINDS = new Set<SafetySignalKind>(['self_harm', 'emergency']);

function severityOf(context: WorkflowContext): CaseSeverity {
  const kinds = context.scan.signals.map((s) => s.kind);
  if (kinds.some((k) => CRISIS_KINDS.has(k) || k === 'overdose')) return 'critical';
  return context.decision.priority === 'urgent' ? 'critical' : 'high';
}

function notifyList(context: WorkflowContext): string[] {
  const teams = new Set(context.scan.signals.map((s) => NOTIFY[s.kind]));
  if (teams.size === 0) teams.add('compliance-triage');
  return [...teams];
}

/**
 * safety_compliance -> Compliance. A case the port did not acknowledge is never answered with a 2xx:
 * the client gets 503 and retries with the same message_id, which the port deduplicates.
 */
export function createSafetyComplianceWorkflow(compliance: Compliance, onOutcome?: (outcome: string) => void): Workflow {
  return async (context) => {
    const severity = severityOf(context);
    const notify = notifyList(context);
    let record;
    try {
      record = await compliance.openCase({
        idempotency_key: context.idempotency_key,
        request_id: context.request_id,
        channel: context.channel,
        customer_id: context.customer_id,
        received_at: context.received_at,
        severity,
        priority: context.decision.priority,
        narrative: context.redacted,
        original_text: context.text,
        signals: context.scan.signals,
        notify,
        classifier: {
          provider: context.classification.provider,
          model: context.classification.model,
          prompt_version: context.classification.prompt_version,
        },
        decision_path: context.decision_path,
      });
    } catch (error) {
      onOutcome?.('error');
      throw unavailable('The safety case could not be recorded; retry with the same message_id.', 2, error);
    }
    onOutcome?.(record.deduplicated ? 'deduplicated' : 'created');
    const crisis = context.scan.signals.some((s) => CRISIS_KINDS.has(s.kind));
    const description = crisis
      ? `FIRST direct the person to emergency services (call 911) or the 988 Suicide & Crisis Lifeline; then stay with them. Case ${record.id} is open for the clinical on-call team.`
      : `Safety report recorded as case ${record.id}; ${notify.join(', ')} must review within 1 business day.`;
    return {
      next_step: {
        action: crisis ? 'direct_to_emergency_services' : 'open_safety_case',
        description,
        priority: context.decision.priority,
        requires_human_review: true,
        external_system: 'compliance',
        reference: record.id,
      },
      workflow: {
        type: 'compliance_case',
        case: {
          id: record.id,
          status: record.status,
          severity: record.severity,
          received_at: record.received_at,
          notify: record.notify,
          narrative: context.redacted,
          signals: context.scan.signals.map((s) => s.kind),
        },
      },
      path: `compliance: ${record.deduplicated ? 'existing' : 'opened'} case ${record.id} (${severity})`,
    };
  };
}
