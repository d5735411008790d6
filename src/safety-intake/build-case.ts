import type { Classification } from '../classifier/types.ts';
import type { SafetyScan } from '../classifier/safety-types.ts';
import { redactWithEchoes, rememberOwnWording } from '../observability/redact.ts';
import { reportDueBy } from './due-date.ts';
import { extractCaseFacts, extractSeriousnessFacts } from './extract.ts';
import { FIXED_PEOPLE_VALUES } from './people.ts';
import { seriousnessStatus } from './seriousness-status.ts';
export type { SafetyIntake } from './types.ts';
import {
  CASE_ELEMENTS,
  criteriaMet,
  type CaseFacts,
  type ElementFact,
  type FactsSource,
  type SafetyIntake,
} from './types.ts';

export interface IntakeInput {
  /** Normalised original text (the heuristics read it; nothing of it is returned unredacted). */
  text: string;
  /** redactWithEchoes(text).derived when the caller has it already (triage scanned the text): not scanned twice. */
  redactDerived?: ((derived: string) => string) | undefined;
  scan: SafetyScan;
  classification: Classification;
  received_at: string;
  customer_id?: string | undefined;
  nonSeriousReportDays: number;
  /** The decision made the case urgent (a signal of risk now, or the classifier's urgency). */
  urgent?: boolean | undefined;
}

/**
 * The LLM saw the text, so its facts win; but facts from an answer that saw no safety report at all
 * (the guard overrode it) are empty by design, and the heuristics read the text instead. Seriousness
 * is the union: a missed criterion costs a late 15-day report, an extra one costs a review.
 */
function chooseFacts(input: IntakeInput): { facts: CaseFacts; source: FactsSource } {
  const llm = input.classification.case_facts;
  if (!llm || (llm.subtype === 'none' && input.classification.category !== 'safety_compliance')) {
    return { facts: extractCaseFacts(input.text, input.scan), source: 'heuristic' };
  }
  // The LLM's facts win: of the heuristics only the seriousness (and the subtype when it said none) is read.
  const local = extractSeriousnessFacts(input.text, input.scan, llm.subtype === 'none');
  const added = criteriaMet(local.seriousness).filter((c) => !llm.seriousness[c]);
  const facts: CaseFacts = { ...llm, seriousness: { ...llm.seriousness }, subtype: llm.subtype === 'none' ? local.subtype! : llm.subtype };
  for (const c of added) facts.seriousness[c] = true;
  return { facts, source: added.length > 0 ? 'llm+heuristic' : 'llm' };
}

const CUSTOMER_ON_FILE = 'customer on file';
// Every fact value is redacted: the fixed ones are looked up, not scanned again each case.
rememberOwnWording([CUSTOMER_ON_FILE, ...FIXED_PEOPLE_VALUES]);

function redactedWith(redact: (text: string) => string) {
  return (fact: ElementFact): ElementFact => ({ present: fact.present, value: fact.value === null ? null : redact(fact.value) });
}

/** The intake of one safety message: facts, validity, seriousness and the reporting deadline. */
export function buildSafetyIntake(input: IntakeInput): SafetyIntake {
  const { facts: chosen, source } = chooseFacts(input);
  // A customer on file can be contacted: the reporter is identifiable even when the text does not say who writes.
  // Facts quote the text, the LLM's without the cues: identifiers found in the text are masked in them too.
  const redacted = redactedWith(input.redactDerived ?? redactWithEchoes(input.text).derived);
  const reporter = !chosen.reporter.present && input.customer_id ? { present: true, value: CUSTOMER_ON_FILE } : chosen.reporter;
  const facts: CaseFacts = {
    ...chosen,
    patient: redacted(chosen.patient),
    reporter: redacted(reporter),
    suspect_product: redacted(chosen.suspect_product),
    adverse_event: redacted(chosen.adverse_event),
  };
  const criteria = criteriaMet(facts.seriousness);
  const missing = CASE_ELEMENTS.filter((e) => !facts[e].present);
  const status = seriousnessStatus(criteria, { urgent: input.urgent === true, subtype: facts.subtype, scan: input.scan });
  return {
    received_at: input.received_at,
    facts,
    facts_source: source,
    valid_case: missing.length === 0,
    missing_elements: missing,
    serious: criteria.length > 0,
    seriousness_criteria: criteria,
    seriousness_status: status,
    report_due_by: reportDueBy(input.received_at, status !== 'non_serious', input.nonSeriousReportDays),
    subtype: facts.subtype,
  };
}
