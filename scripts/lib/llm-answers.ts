import { COMPACT_SIGNALS_MAX, COMPACT_TEXT_MAX, SERIOUS_CODES } from '../../src/classifier/compact-output.ts';
import { FACT_VALUE_MAX } from '../../src/classifier/llm-case-facts.ts';
import { REASONING_MAX, SUMMARY_MAX } from '../../src/classifier/llm-output.ts';
import type { Category } from '../../src/domain.ts';

/** A realistic and a worst-case answer of every category, as a prompt variant makes the model write it. */
export interface VariantAnswers {
  realistic: Record<Category, object>;
  worst: Record<Category, object>;
}

/** Dense, realistic English (drug names, numbers) cut at exactly `max` characters: the worst a field can be. */
const FILLER = 'hydrochlorothiazide/lisinopril 20-12.5 mg tablets, swelling of lips, tongue and throat, hives on both arms after the second dose; ';
export function atLimit(max: number, shift = 0): string {
  const text = FILLER.repeat(Math.ceil((max + shift) / FILLER.length) + 1);
  return text.slice(shift, shift + max);
}

const worstCompact = (category: Category) => ({
  category,
  confidence: 0.9999,
  urgency: 'urgent',
  lang: 'und',
  signals: Array.from({ length: COMPACT_SIGNALS_MAX }, (_, i) => atLimit(COMPACT_TEXT_MAX, i * 17)),
  facts: {
    patient: atLimit(COMPACT_TEXT_MAX, 3),
    reporter: atLimit(COMPACT_TEXT_MAX, 29),
    product: atLimit(COMPACT_TEXT_MAX, 0),
    event: atLimit(COMPACT_TEXT_MAX, 31),
    serious: Object.keys(SERIOUS_CODES),
    subtype: 'adverse_event',
  },
});

/** The compact prompt's answers. */
export const COMPACT_ANSWERS: VariantAnswers = {
  realistic: {
    informational: { category: 'informational', confidence: 0.97, urgency: 'low', lang: 'en', signals: [], facts: null },
    service_action: { category: 'service_action', confidence: 0.95, urgency: 'medium', lang: 'en', signals: [], facts: null },
    safety_compliance: {
      category: 'safety_compliance',
      confidence: 0.96,
      urgency: 'urgent',
      lang: 'en',
      signals: ['lips and face swelling', 'went to the ER'],
      facts: {
        patient: "the sender's mother, 70s",
        reporter: 'the sender, her caregiver',
        product: 'lisinopril 20 mg',
        event: 'lip and face swelling, ER visit',
        serious: ['hospital'],
        subtype: 'adverse_event',
      },
    },
  },
  worst: { informational: worstCompact('informational'), service_action: worstCompact('service_action'), safety_compliance: worstCompact('safety_compliance') },
};

const baselineFacts = {
  patient: { present: true, value: "the sender's mother, 70s" },
  reporter: { present: true, value: 'the sender, her caregiver (daughter)' },
  suspect_product: { present: true, value: 'lisinopril 20 mg (new blood pressure medication)' },
  adverse_event: { present: true, value: 'lip and face swelling after the new pills, taken to the emergency room' },
  seriousness: { death: false, life_threatening: false, hospitalisation: true, disability: false, congenital_anomaly: false, other_medically_important: false },
  subtype: 'adverse_event',
};
const worstElement = (shift: number) => ({ present: true, value: atLimit(FACT_VALUE_MAX, shift) });
const worstBaseline = (category: Category) => ({
  category,
  confidence: 0.9999,
  secondary_category: 'service_action',
  urgency: 'urgent',
  summary: atLimit(SUMMARY_MAX, 5),
  reasoning: atLimit(REASONING_MAX, 11),
  language: 'und',
  safety_signals: Array.from({ length: 10 }, (_, i) => atLimit(80, i * 13)),
  case_facts: { ...baselineFacts, patient: worstElement(1), reporter: worstElement(2), suspect_product: worstElement(3), adverse_event: worstElement(4), subtype: 'self_harm_or_emergency' },
});

/** The baseline prompt's answers (today's format), for comparison. */
export const BASELINE_ANSWERS: VariantAnswers = {
  realistic: {
    informational: {
      category: 'informational', confidence: 0.95, secondary_category: null, urgency: 'low',
      summary: 'Asks what time the pharmacy closes on Sunday.', reasoning: 'A general question about opening hours; no action on a record and no safety signal.',
      language: 'en', safety_signals: [], case_facts: null,
    },
    service_action: {
      category: 'service_action', confidence: 0.95, secondary_category: null, urgency: 'medium',
      summary: 'Requests a refill of lisinopril 20 mg for an existing prescription.', reasoning: 'The customer wants an action on a prescription (refill) and reports no problem with the medicine.',
      language: 'en', safety_signals: [], case_facts: null,
    },
    safety_compliance: {
      category: 'safety_compliance', confidence: 0.96, secondary_category: 'service_action', urgency: 'urgent',
      summary: "Reports lip and face swelling in the sender's mother after starting new blood pressure pills; she was taken to the ER.",
      reasoning: 'The person is experiencing swelling after starting a medicine and went to the emergency room: an adverse event, which wins over the refill request.',
      language: 'en', safety_signals: ['lips and face swelling', 'went to the ER'], case_facts: baselineFacts,
    },
  },
  worst: { informational: worstBaseline('informational'), service_action: worstBaseline('service_action'), safety_compliance: worstBaseline('safety_compliance') },
};

export const ANSWERS_BY_VARIANT: Record<string, VariantAnswers> = { compact: COMPACT_ANSWERS, baseline: BASELINE_ANSWERS };
