import type { SafetySignalKind } from '../classifier/safety-types.ts';
import type { SafetyIntake } from '../safety-intake/build-case.ts';
import { PHARMACOVIGILANCE_SUBTYPES, type CaseElement, type CaseSubtype } from '../safety-intake/types.ts';

/** Who must be told, by guard signal and by subtype; a case with neither goes to compliance triage. */
const NOTIFY_BY_SIGNAL: Record<SafetySignalKind, string> = {
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
const NOTIFY_BY_SUBTYPE: Record<CaseSubtype, string | null> = {
  self_harm_or_emergency: 'clinical-on-call',
  adverse_event: 'pharmacovigilance',
  medication_error: 'pharmacy-quality',
  product_quality: 'product-quality',
  privacy_breach: 'privacy-officer',
  fraud: 'special-investigations',
  legal_complaint: 'legal',
  none: null,
};

export function notifyList(kinds: readonly SafetySignalKind[], intake: SafetyIntake): string[] {
  const teams = new Set(kinds.map((k) => NOTIFY_BY_SIGNAL[k]));
  const bySubtype = NOTIFY_BY_SUBTYPE[intake.subtype];
  if (bySubtype) teams.add(bySubtype);
  // An event with a product is a PV matter whatever else it is (an emergency after a shot, harm after an error).
  if (intake.facts.adverse_event.present && intake.facts.suspect_product.present) teams.add('pharmacovigilance');
  if (teams.size === 0) teams.add('compliance-triage');
  return [...teams];
}

/** What the agent must do before anything else, when someone may be at risk now. */
export type Immediate = 'self_harm' | 'emergency' | 'poisoning';

export function immediateRisk(kinds: readonly SafetySignalKind[], intake: SafetyIntake): Immediate | null {
  if (kinds.includes('self_harm')) return 'self_harm';
  if (kinds.includes('emergency')) return 'emergency';
  // The LLM (or the text's cues) saw it when the guard did not: still first, worded for both.
  if (intake.subtype === 'self_harm_or_emergency') return 'self_harm';
  if (kinds.includes('overdose')) return 'poisoning';
  return null;
}

// US numbers: the service runs for US pharmacies and health plans; a deployment elsewhere changes them here.
const FIRST: Record<Immediate, string> = {
  self_harm:
    'FIRST, before anything else: if the person is in immediate danger, tell them to call 911 now; otherwise connect them to the 988 Suicide & Crisis Lifeline (call or text 988; Spanish: press 2) and stay with them until they are connected.',
  emergency: 'FIRST, before anything else: tell the person to call 911 now (or call for them) and stay on the line until help is on the way.',
  poisoning:
    'FIRST, before anything else: tell the person to call Poison Control at 1-800-222-1222 now, or 911 if anyone is unconscious, has trouble breathing or is seizing.',
};

const ELEMENT_WORDS: Record<CaseElement, string> = {
  patient: 'who the patient is (relation, age or sex)',
  reporter: "the reporter's contact details",
  suspect_product: 'the product name (and lot)',
  adverse_event: 'what happened to the patient',
};

export function describeCase(caseId: string, intake: SafetyIntake, notify: readonly string[], immediate: Immediate | null): string {
  const clock = intake.serious
    ? `SERIOUS (${intake.seriousness_criteria.join(', ')}): report due by ${intake.report_due_by}.`
    : intake.seriousness_status === 'not_established'
      ? `Seriousness not established: ask whether the patient was hospitalised or treated in an emergency room, and how they are now; until someone decides, the 15-day clock applies: report due by ${intake.report_due_by}.`
      : `Non-serious: report due by ${intake.report_due_by}.`;
  const ask =
    PHARMACOVIGILANCE_SUBTYPES.has(intake.subtype) && intake.missing_elements.length > 0
      ? ` Before the contact ends, ask for ${intake.missing_elements.map((e) => ELEMENT_WORDS[e]).join('; ')}.`
      : '';
  const record = `Safety case ${caseId} (${intake.subtype.replaceAll('_', ' ')}) is open. ${clock}${ask} ${notify.join(', ')} must review within 1 business day.`;
  return immediate ? `${FIRST[immediate]} Then: ${record}` : record;
}
