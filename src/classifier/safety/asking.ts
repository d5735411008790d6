/** Questions asked without a question mark (voice transcripts, typed search-like queries). */

/** A question asked in words, with no question mark: "should i take him in", "what should i do", "is that my heart". */
export const ASKS_IN_WORDS =
  /\b(?:what|how) (?:should|can|do|could|would|shall) (?:i|we)\b|\bshould (?:i|we) (?!not\b)|\bis (?:that|this|it) (?:normal|my|a|serious|bad|dangerous|something|ok|okay)\b|\bdo (?:i|we) need\b|\bwhat (?:causes|could|can|does|is)\b/i;

const SHORT_QUESTION_WORDS = 20;
const QUESTION_OPENING =
  /^[^a-z0-9]*(?:(?:ok(?:ay)?|so|and|also|but|hi|hello|hey|well|just|then|now)[^a-z0-9]+)*(?:what|whats|which|why|how|where|who|is|are|do|does|should|would|will|any|anything)(?![a-z'’])/i;

/**
 * "What about my ear pain", "Will the eye infection heal on its own": one short sentence that opens with
 * a question word ("when", "can", "could" and "did" open review sentences too: "When I first started...").
 */
export function isShortQuestionInWords(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION_OPENING.test(trimmed) && !/[.!;]\s+\S/.test(trimmed) && trimmed.split(/\s+/).length <= SHORT_QUESTION_WORDS;
}

/** Does the text ask (a question mark, a question in words, or one short sentence opening with a question word)? */
export function asksSomething(text: string): boolean {
  return text.includes('?') || ASKS_IN_WORDS.test(text) || isShortQuestionInWords(text);
}
