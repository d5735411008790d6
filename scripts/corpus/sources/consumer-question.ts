/**
 * The rule for consumer health questions of eval-only forums (ICHI, HealthTap): a person asking about
 * their own or a relative's condition, history, treatment or a medicine, with no reaction of theirs to
 * a medicine, is informational (LABELING.md: a symptom alone is not an adverse event). A question that
 * may report the asker's own reaction to a medicine (any question naming a medicine the asker or a
 * relative takes), a self-harm thought, an overdose or an emergency could be safety_compliance; such a
 * question is dropped rather than labelled by a pattern. A sample of the first build (medicines kept)
 * showed reactions told without a reaction word ("no feeling in my tongue after an injection of
 * novacaine"), hence the wide rule: the set measures personal questions with no product in them.
 */
import type { Decision } from '../pipeline.ts';
import { MAY_REPORT_REACTION } from './kqa.ts';

/** Wording of a possible reaction to a medicine beyond K-QA's: side effects, a reaction, "since I started taking". */
const MAY_REPORT_EFFECT = /\b(side ?effects?|reactions?|allerg\w* to (the|my|this|that)|withdrawal|since (i|he|she|we) (start\w*|began|took|have been taking|was put on)|after (i |he |she )?(start\w*|taking|took|began|switch\w*|stopp\w*|increas\w*|the (shot|vaccine|injection|dose)))\b/i;

/**
 * A medicine, vaccine or shot the asker or a relative takes, took or was given ("Been on percocet...",
 * "after the dentist gave me an injection of novacaine...", "Recently prescribed Lumigan..."): the
 * question may tell a reaction without saying so, so it is not labelled by pattern. What is left is a
 * personal symptom or history with no product in it, informational by LABELING.md.
 */
const NAMES_A_MEDICINE = /\b(medications?|medicines?|meds|pills?|tablets?|capsules?|drugs?|prescri\w*|antibiotics?|injections?|injected|shots?|vaccin\w*|jabs?|doses?|dosage|\d+ ?mg|tak(e|es|ing)|took|taken|been on|started on|put (me |him |her )?on|using)\b/i;

/** Self-harm, overdose, poisoning or an emergency in progress. */
const SAFETY_WORDS = /\b(suicid\w*|kill (my|him|her)sel(f|ves)|end (my|his|her) life|self[- ]?harm\w*|cut(ting)? (my|him|her)sel(f|ves)|overdos\w*|took too (many|much)|poison\w*|swallowed|ingested|emergency|911|unconscious|not breathing|can'?t breathe)\b/i;

export function mapConsumerQuestion(text: string): Decision {
  if (MAY_REPORT_REACTION.test(text) || MAY_REPORT_EFFECT.test(text)) return { drop: 'may report the asker\'s own reaction to a medicine: not labelled by pattern' };
  if (NAMES_A_MEDICINE.test(text)) return { drop: 'names a medicine, vaccine or shot the asker or a relative takes or took: may tell a reaction, not labelled by pattern' };
  if (SAFETY_WORDS.test(text)) return { drop: 'names self-harm, an overdose, a poisoning or an emergency: not labelled by pattern' };
  return { category: 'informational' };
}
