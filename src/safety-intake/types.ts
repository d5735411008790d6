/**
 * The facts a pharmacovigilance team needs to assess a safety report, whoever extracted them (the LLM
 * in its one structured call, or the local heuristics).
 * @see ICH E2D (post-approval safety data management), section 5.1: the four minimum criteria of a valid case
 * @see ICH E2A, section II.B: the seriousness criteria
 */

/** The four minimum elements of a valid individual case safety report. */
export const CASE_ELEMENTS = ['patient', 'reporter', 'suspect_product', 'adverse_event'] as const;
export type CaseElement = (typeof CASE_ELEMENTS)[number];

export const SERIOUSNESS_CRITERIA = [
  'death',
  'life_threatening',
  'hospitalisation',
  'disability',
  'congenital_anomaly',
  'other_medically_important',
] as const;
export type SeriousnessCriterion = (typeof SERIOUSNESS_CRITERIA)[number];
export type SeriousnessFlags = Record<SeriousnessCriterion, boolean>;

/** What kind of report it is; the first that applies, in this order of who must act first. */
export const CASE_SUBTYPES = [
  'self_harm_or_emergency',
  'adverse_event',
  'medication_error',
  'product_quality',
  'privacy_breach',
  'fraud',
  'legal_complaint',
  'none',
] as const;
export type CaseSubtype = (typeof CASE_SUBTYPES)[number];

/** The subtypes the four elements (and a regulatory clock) apply to; the rest are compliance matters. */
export const PHARMACOVIGILANCE_SUBTYPES: ReadonlySet<CaseSubtype> = new Set([
  'self_harm_or_emergency',
  'adverse_event',
  'medication_error',
  'product_quality',
]);

/**
 * One element: whether the message gives it, and a short value free of direct identifiers
 * ("the sender's mother, 70s", never a name, phone number or date of birth).
 */
export interface ElementFact {
  present: boolean;
  value: string | null;
}

export interface CaseFacts {
  patient: ElementFact;
  reporter: ElementFact;
  suspect_product: ElementFact;
  adverse_event: ElementFact;
  seriousness: SeriousnessFlags;
  subtype: CaseSubtype;
}

/** Where a case's facts came from: the LLM's answer, the heuristics, or the LLM's with criteria the heuristics added. */
export type FactsSource = 'llm' | 'heuristic' | 'llm+heuristic';

export const absent = (): ElementFact => ({ present: false, value: null });

export function noSeriousness(): SeriousnessFlags {
  return {
    death: false,
    life_threatening: false,
    hospitalisation: false,
    disability: false,
    congenital_anomaly: false,
    other_medically_important: false,
  };
}

/** The criteria that are met, in the canonical order. */
export function criteriaMet(flags: SeriousnessFlags): SeriousnessCriterion[] {
  return SERIOUSNESS_CRITERIA.filter((c) => flags[c]);
}

/**
 * `not_established`: no criterion is met, but someone is at risk now (an overdose, an urgent report)
 * and what would decide it (hospitalised? the outcome?) is not known yet; the 15-day clock applies
 * until someone decides.
 */
export type SeriousnessStatus = 'serious' | 'non_serious' | 'not_established';

/** What the PV team needs on a case, beyond the message itself. */
export interface SafetyIntake {
  /** Day 0 (ISO 8601): when the message reached the company. */
  received_at: string;
  /** The four elements, values redacted. */
  facts: CaseFacts;
  facts_source: FactsSource;
  /** All four ICH E2D elements present: the case is reportable as it stands. */
  valid_case: boolean;
  /** What an agent should ask for, in the canonical order. */
  missing_elements: CaseElement[];
  serious: boolean;
  seriousness_criteria: SeriousnessCriterion[];
  seriousness_status: SeriousnessStatus;
  /** ISO date: day 0 + 15 calendar days unless established non-serious, + the non-serious window then. */
  report_due_by: string;
  subtype: CaseSubtype;
}
