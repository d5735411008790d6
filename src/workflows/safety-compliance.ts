import type { Priority } from '../domain.ts';
import type { CaseSeverity, Compliance } from '../ports/compliance.ts';
import { unavailable } from '../errors.ts';
import { redactPii } from '../observability/redact.ts';
import { buildSafetyIntake, type SafetyIntake } from '../safety-intake/build-case.ts';
import { DEFAULT_NON_SERIOUS_REPORT_DAYS } from '../safety-intake/due-date.ts';
import { describeCase, immediateRisk, notifyList, type Immediate } from './safety-next-step.ts';
import type { Workflow, WorkflowContext } from './types.ts';

export interface SafetyWorkflowOptions {
  /** NON_SERIOUS_REPORT_DAYS: the non-serious reporting window (serious is always 15 days). */
  nonSeriousReportDays?: number;
}

function severityOf(context: WorkflowContext, intake: SafetyIntake, immediate: Immediate | null): CaseSeverity {
  return immediate || intake.serious || context.decision.priority === 'urgent' ? 'critical' : 'high';
}

// Serious cases and people at risk now are urgent whatever the classifier said (triage decides the rest).
function priorityOf(context: WorkflowContext, intake: SafetyIntake, immediate: Immediate | null): Priority {
  return immediate || intake.serious ? 'urgent' : context.decision.priority;
}

/**
 * safety_compliance -> Compliance, with what the PV team needs: the ICH E2D elements (and what is
 * missing), seriousness and the reporting deadline from day 0. A case the port did not acknowledge is
 * never answered with a 2xx: the client gets 503 and retries with the same message_id, which the port
 * deduplicates.
 */
export function createSafetyComplianceWorkflow(compliance: Compliance, onOutcome?: (outcome: string) => void, options: SafetyWorkflowOptions = {}): Workflow {
  const nonSeriousReportDays = options.nonSeriousReportDays ?? DEFAULT_NON_SERIOUS_REPORT_DAYS;
  return async (context) => {
    const intake = buildSafetyIntake({
      text: context.text,
      redactDerived: context.redactDerived,
      scan: context.scan,
      classification: context.classification,
      received_at: context.received_at,
      customer_id: context.customer_id,
      nonSeriousReportDays,
      urgent: context.decision.priority === 'urgent',
    });
    const kinds = [...new Set(context.scan.signals.map((s) => s.kind))];
    const immediate = immediateRisk(kinds, intake);
    const severity = severityOf(context, intake, immediate);
    const priority = priorityOf(context, intake, immediate);
    const notify = notifyList(kinds, intake);
    // Each term redacted once, for the case record and the response alike.
    const terms = context.scan.signals.map((s) => (context.redactTerm ?? redactPii)(s.term));
    const signals = context.scan.signals.map((s, i) => ({ kind: s.kind, term: terms[i]! }));
    const caseSignals = context.scan.signals.map((s, i) => ({ ...s, term: terms[i]! }));
    const decidedBy = { provider: context.classification.provider, model: context.classification.model, prompt_version: context.classification.prompt_version };
    let record;
    try {
      record = await compliance.openCase({
        idempotency_key: context.idempotency_key,
        request_id: context.request_id,
        channel: context.channel,
        customer_id: context.customer_id,
        received_at: intake.received_at,
        severity,
        priority,
        narrative: context.redacted,
        original_text: context.text,
        signals: caseSignals,
        notify,
        classifier: decidedBy,
        decision_path: context.decision_path,
        subtype: intake.subtype,
        facts: intake.facts,
        facts_source: intake.facts_source,
        valid_case: intake.valid_case,
        missing_elements: intake.missing_elements,
        serious: intake.serious,
        seriousness_criteria: intake.seriousness_criteria,
        seriousness_status: intake.seriousness_status,
        report_due_by: intake.report_due_by,
        ...(context.reporter_contact ? { reporter_contact: context.reporter_contact } : {}),
      });
    } catch (error) {
      onOutcome?.('error');
      throw unavailable('The safety case could not be recorded; retry with the same message_id.', 2, error);
    }
    onOutcome?.(record.deduplicated ? 'deduplicated' : 'created');
    // A retried message shows the case as first recorded: its day 0 and its deadline.
    const shown: SafetyIntake = { ...intake, received_at: record.received_at, report_due_by: record.report_due_by, serious: record.serious };
    const { patient, reporter, suspect_product, adverse_event } = intake.facts;
    return {
      next_step: {
        action: immediate ? 'direct_to_emergency_services' : 'open_safety_case',
        description: describeCase(record.id, shown, record.notify, immediate),
        priority,
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
          report_due_by: record.report_due_by,
          serious: record.serious,
          seriousness_criteria: intake.seriousness_criteria,
          seriousness_status: intake.seriousness_status,
          valid_case: intake.valid_case,
          missing_elements: intake.missing_elements,
          subtype: intake.subtype,
          elements: { patient, reporter, suspect_product, adverse_event },
          facts_source: intake.facts_source,
          notify: record.notify,
          narrative: context.redacted,
          signals,
          classifier: decidedBy,
          decision_path: context.decision_path,
        },
      },
      path: `compliance: ${record.deduplicated ? 'existing' : 'opened'} case ${record.id} (${severity}, ${intake.subtype}, ${intake.serious ? `serious: ${intake.seriousness_criteria.join('+')}` : intake.seriousness_status === 'not_established' ? 'seriousness not established' : 'non-serious'}, facts: ${intake.facts_source}${intake.valid_case ? '' : `, missing ${intake.missing_elements.join('+')}`})`,
    };
  };
}
