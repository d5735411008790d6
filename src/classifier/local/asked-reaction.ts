import { namesProduct } from '../safety/case-report.ts';

/**
 * A report told inside a question: "My son started Strattera last month and now he gets stomach aches every
 * morning. Could it be the Strattera?", "I used a new sunscreen and my skin broke out in blisters. Could it be
 * the sunscreen?". The text first TELLS a product taken, started, given or used by the writer or someone close
 * (an intake in the past or the perfect), then an effect after it (a further clause: "and now ...", "since
 * then ...", a new sentence), and last ASKS about that effect: whether the product caused it, whether it is
 * normal, whether to stop or go on, what to do. LABELING.md: an effect the asker may attribute to a product
 * they took is an adverse-event report, asked about or not; the model's safety answer stands.
 *
 * A question that tells no intake stays a question (LABELING.md: informational): "Can Accutane cause
 * nosebleeds?" (asks in general), "My doctor wants to start me on Zoloft. Will it make it hard to sleep?" (an
 * intake to come), "I have a headache. Should I take Tylenol or ibuprofen?" (the product an option), "I
 * started Zoloft last month. Can I drink on it?" (no effect asked about).
 */
export function asksOfEffectAfterIntake(text: string): boolean {
  const end = text.lastIndexOf('?');
  if (end < 0) return false;
  // The question asked: the last sentence that ends in a question mark; what comes before it is told.
  const start = lastSentenceStart(text.slice(0, end));
  const told = text.slice(0, start);
  const asked = text.slice(start, end + 1);
  if (!ASKS_ABOUT_EFFECT.test(asked) || NOT_TAKEN.test(told)) return false;
  const intake = INTAKE.exec(told);
  if (intake === null) return false;
  // The effect: a further clause after the intake is told ("... and now he gets stomach aches").
  const after = told.slice(intake.index + intake[0].length);
  return EFFECT_LINK.test(after) && (namesProduct(text) || PRODUCT_FORM.test(text));
}

/** Where the last sentence of the text begins: after the last full stop, "!", "?" or line break followed by a space. */
function lastSentenceStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return start;
}
// The lookbehind starts a try only at the head of a run of stops: without it a long run of "!" with no blank after
// it was retried from each of its characters (quadratic; npm run check:regex). Same ends on 300,000 random strings.
const SENTENCE_END = /(?<![.!?])[.!?\n]+\s+/g;

/**
 * An intake told: "started", "began", "have been taking/using/on", "was given", "was put on", "took", "used",
 * "switched to", "got/had the (shot, vaccine)", "gave him". Told in the past or the perfect: "will start",
 * "wants to start", "if I take" are no intake (they do not match, or NOT_TAKEN holds).
 */
const INTAKE =
  /\b(?:started|began|begun|been (?:taking|using|on)|(?:was|were|been|got) (?:given|put on|prescribed|started on)|put (?:me|him|her|them) on|took|taken|used|switched (?:to|brands)|(?:got|had) (?:the|a|an|my|his|her) |gave (?:him|her|our|my) )/i;

/** An intake to come or none: "haven't started", "not yet started", "didn't take", "if I take". */
const NOT_TAKEN = /\b(?:haven'?t|hasn'?t|have not|has not|not yet|didn'?t|did not) (?:\S+ )?(?:started|start|begun|taken|take|tried)\b|\bif (?:i|he|she|we|they) (?:take|start|use|try)\b/i;

/**
 * The effect after the intake is a further clause: a joining word ("and", "now", "since", "then", "later",
 * "but") or a new sentence, followed by at least two words. "I started Zoloft last month for anxiety." tells
 * nothing after the intake.
 */
const EFFECT_LINK = /(?:\b(?:and|now|since|then|later|but|after)\b|[.;]\s)\s*\S+\s+\S+/i;

/**
 * A question about the effect: whether the product did it ("could it be the X?", "could the medicine do
 * this?", "is that from the X?", "is this a reaction?", "am I allergic to it?"), whether it is normal or
 * dangerous, whether to stop, go on or change ("should I stop?", "should we keep giving it?"), what to do.
 */
const ASKS_ABOUT_EFFECT =
  /\b(?:could|can|might|did|does|is|was) (?:it|this|that|the \S+) (?:be|cause|do|make|from)\b|\b(?:is|was|could|might) (?:it|this|that) (?:the|from|my|his|her)\b|\b(?:normal|side effects?|reaction|allergic|dangerous|serious|worried)\b|\bshould (?:i|we|he|she|they) (?:stop|keep|quit|continue|change|lower|switch|see)\b|\bwhat (?:should|do|can) (?:i|we) do\b/i;

/**
 * Forms a product comes in that the guard's lists do not hold as a medicine: "the new nasal spray", "a new
 * sunscreen", "hair removal cream", "contact lens solution".
 */
const PRODUCT_FORM = /\b(?:spray|sunscreen|cream|lotion|ointment|dye|drops|toothpaste|supplement|solution)\b/i;
