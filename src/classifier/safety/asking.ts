/** Questions asked without a question mark (voice transcripts, typed search-like queries). */

/** A question asked in words, with no question mark: "should i take him in", "what should i do", "is that my heart". */
export const ASKS_IN_WORDS =
  /\b(?:what|how) (?:should|can|do|could|would|shall) (?:i|we)\b|\bshould (?:i|we) (?!not\b)|\bis (?:that|this|it) (?:normal|my|a|serious|bad|dangerous|something|ok|okay)\b|\bdo (?:i|we) need\b|\bwhat (?:causes|could|can|does|is)\b|\b(?:want|wants|wanted|would like|'d like) to know (?:if|whether|what|how|why|when)\b/i;

const SHORT_QUESTION_WORDS = 20;
// Fillers a spoken or typed question may open with before its question word ("ok so what about ...").
const LEAD_IN = String.raw`^[^a-z0-9]*(?:(?:ok(?:ay)?|so|and|also|but|hi|hello|hey|well|just|then|now)[^a-z0-9]+)*`;

/** A text that opens like a question, with or without its question mark (voice transcripts have none). */
export const OPENS_AS_QUESTION = new RegExp(
  `${LEAD_IN}(?:what|whats|which|why|how|where|when|who|is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|any|anything)(?![a-z])`,
  'i',
);

// The question words that open no statement: "when", "can", "could", "did" ... also open review sentences.
const QUESTION_OPENING = new RegExp(`${LEAD_IN}(?:what|whats|which|why|how|where|who|is|are|do|does|should|would|will|any|anything)(?![a-z'’])`, 'i');

/**
 * "What about my ear pain", "Will the eye infection heal on its own": one short sentence that opens with
 * a question word ("when", "can", "could" and "did" open review sentences too: "When I first started...").
 */
export function isShortQuestionInWords(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION_OPENING.test(trimmed) && !/[.!;]\s+\S/.test(trimmed) && trimmed.split(/\s+/).length <= SHORT_QUESTION_WORDS;
}

/**
 * A question mark that asks. One in place of an apostrophe ("I haven?t had one in 20 years") or before a
 * number ("22kgs (?48pounds)") is a quotation mark or an apostrophe lost to a wrong character set, as mail
 * and copied text carry them.
 */
export function hasQuestionMark(text: string): boolean {
  return text.includes('?') && text.replace(LOST_APOSTROPHE, '').includes('?');
}
// "haven?t", "I?m", "it?s", "(?48": a contraction's ending or a digit right after the mark. "pain?what should i do" still asks.
const LOST_APOSTROPHE = /(?<=\p{L})\?(?=(?:t|s|m|d|re|ve|ll)(?![\p{L}\p{N}]))|\?(?=\p{N})/gu;

/** Does the text ask (a question mark, a question in words, or one short sentence opening with a question word)? */
export function asksSomething(text: string): boolean {
  return hasQuestionMark(text) || ASKS_IN_WORDS.test(text) || isShortQuestionInWords(text);
}
