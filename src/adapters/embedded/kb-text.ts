import { STOP_WORDS } from './kb-stop-words.ts';

/**
 * Text processing shared by the index, the query and the snippet picker: all three must turn a
 * word into the same term, or a match in the index could not be found again in a sentence.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
// Doubled consonants left by "shipping" -> "shipp"; l, s and z stay doubled ("refill", "pass").
const UNDOUBLE = /([bdgmnprt])\1$/;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents, so "farmacéutico" and "farmaceutico" are one word. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * A deliberately light suffix stripper for English and Spanish plurals and verb forms. It only
 * needs to be consistent, not linguistically right: "refills", "refilled" and "refilling" meet.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = word;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3).replace(UNDOUBLE, '$1');
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2).replace(UNDOUBLE, '$1');
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  return s;
}

/** One raw token to an index term, or null when it carries no meaning (stop word, single letter). */
export function processTerm(token: string): string | null {
  const folded = fold(token);
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) seen.add(term);
  }
  return [...seen];
}
