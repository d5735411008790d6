import type { SafetyScan, SafetySignalKind } from '../classifier/safety-types.ts';
import type { CaseSubtype } from './types.ts';

// "took an overdose" is the idiom of self-poisoning; "took two doses by mistake" is a medication error.
const INTENTIONAL = /(?<![a-z])(?:took an overdose|taken an overdose|overdos(?:ed|ing) on purpose|on purpose|intentional(?:ly)?|deliberate(?:ly)?|tried to (?:kill|end|hurt)|suicide attempt|attempted suicide|a proposito)(?![a-z])/;

/** True when an overdose in the text was meant: it is self-harm, whatever else the guard saw. */
export function intentionalOverdose(folded: string, scan: SafetyScan): boolean {
  return scan.signals.some((s) => s.kind === 'overdose' || s.kind === 'self_harm') && INTENTIONAL.test(folded);
}

const ORDER: Array<[CaseSubtype, readonly SafetySignalKind[]]> = [
  ['medication_error', ['overdose', 'medication_error']],
  ['product_quality', ['product_quality']],
  ['privacy_breach', ['privacy_breach']],
  ['fraud', ['fraud']],
  ['legal_complaint', ['legal']],
];

/**
 * One subtype, in the order of who must act first: a person at risk now, then harm that happened
 * (an adverse event, even when it followed a dispensing error or a defect), then errors and defects
 * without harm, then privacy, fraud and legal matters.
 */
export function subtypeOf(scan: SafetyScan, folded: string, eventPresent: boolean): CaseSubtype {
  const kinds = new Set(scan.signals.map((s) => s.kind));
  if (kinds.has('self_harm') || kinds.has('emergency') || intentionalOverdose(folded, scan)) return 'self_harm_or_emergency';
  if (kinds.has('adverse_event') || eventPresent) return 'adverse_event';
  for (const [subtype, needs] of ORDER) if (needs.some((k) => kinds.has(k))) return subtype;
  return 'none';
}
