/** The kinds of safety signal the deterministic guard looks for (see safety-guard.ts). */
export const SAFETY_SIGNAL_KINDS = [
  'adverse_event',
  'overdose',
  'medication_error',
  'product_quality',
  'self_harm',
  'emergency',
  'privacy_breach',
  'fraud',
  'legal',
] as const;
export type SafetySignalKind = (typeof SAFETY_SIGNAL_KINDS)[number];

export interface SafetySignal {
  kind: SafetySignalKind;
  /** The matched words, as they appear in the (normalised) message. */
  term: string;
  /** Only on suppressed signals: why the guard did not fire on this match. */
  reason?: SuppressionReason | undefined;
}

/** Why a lexicon match was seen but did not fire (see safety/context.ts). */
export type SuppressionReason = 'negated' | 'general_question' | 'indication' | 'no_experience' | 'no_medication' | 'resolved_thread' | 'clinical_finding' | 'service_thing';

export interface SafetyScan {
  /** True when at least one signal fired: the message must be treated as safety_compliance. */
  fired: boolean;
  signals: SafetySignal[];
  /** Matches that were seen but suppressed (negated, hypothetical, general question), for decision_path. */
  suppressed: SafetySignal[];
}
