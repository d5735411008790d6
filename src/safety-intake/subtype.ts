import type { SafetyScan, SafetySignalKind } from '../classifier/safety-types.ts';
import { cueKinds } from './subtype-cues.ts';
import type { CaseSubtype } from './types.ts';

// "took an overdose" is the idiom of self-poisoning; "took two doses by mistake" is a medication error.
const INTENTIONAL = /(?<![a-z])(?:took an overdose|taken an overdose|overdos(?:ed|ing) on purpose|on purpose|intentional(?:ly)?|deliberate(?:ly)?|tried to (?:kill|end|hurt)|suicide attempt|attempted suicide|a proposito)(?![a-z])/;

/** "I took an overdose of my sertraline by mistake": the sender says it was not meant. */
const ACCIDENTAL = /(?<![a-z])(?:by mistake|by accident|accidental(?:ly)?|not on purpose|(?:didn'?t|did not|never) mean(?:t)? to|unintentional(?:ly)?|por error|sin querer|por accidente)(?![a-z])/;

export type SignalKinds = ReadonlySet<SafetySignalKind>;

/** The guard's kinds, plus the text's own cues (see subtype-cues.ts). */
export function signalKinds(scan: SafetyScan, folded: string): SignalKinds {
  const kinds = new Set(scan.signals.map((s) => s.kind));
  for (const kind of cueKinds(folded, kinds.size > 0)) kinds.add(kind);
  return kinds;
}

/** True when an overdose in the text was meant: it is self-harm, whatever else the guard saw. */
export function intentionalOverdose(folded: string, kinds: SignalKinds): boolean {
  if (!(kinds.has('overdose') || kinds.has('self_harm')) || !INTENTIONAL.test(folded)) return false;
  // A self-harm signal of the guard stands whatever else is said; an overdose said to be a mistake is a medication error.
  return kinds.has('self_harm') || !ACCIDENTAL.test(folded);
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
 * without harm, then privacy, fraud and legal matters. The guard's kinds first; the text's own cues
 * when the guard heard nothing (and for self-harm or an emergency, always).
 */
export function subtypeOf(
  kinds: SignalKinds,
  folded: string,
  eventPresent: boolean,
  intentional: boolean = intentionalOverdose(folded, kinds),
): CaseSubtype {
  if (kinds.has('self_harm') || kinds.has('emergency') || intentional) return 'self_harm_or_emergency';
  if (kinds.has('adverse_event') || eventPresent) return 'adverse_event';
  for (const [subtype, needs] of ORDER) if (needs.some((k) => kinds.has(k))) return subtype;
  return 'none';
}
