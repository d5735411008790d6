/**
 * Text folding and tokenising shared by training and inference, so both see exactly the same tokens.
 * Folding is deliberately aggressive (case, accents, digits, apostrophes) because the same message
 * arrives typed on a phone, transcribed from voice or pasted from a mail client.
 */

// Emoji carry signal in chat ("😷", "🤢"); letters/digits runs are words; apostrophes join contractions.
const TOKEN = /\p{Extended_Pictographic}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const COMBINING = /\p{M}+/gu;
const DIGITS = /\p{N}+/gu;
const APOSTROPHE = /['’]/g;
const EMOJI = /^\p{Extended_Pictographic}$/u;

// Text with nothing beyond ASCII has no accents, no đ, ß, ø or œ: NFD and the letter folds leave it as it is.
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lowercase, accent-fold (é -> e, đ -> d) and collapse every number to `0`. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(DIGITS, '0');
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
    .replace(DIGITS, '0');
}

/** Folded tokens in reading order; "can't" becomes "cant" so typed and untyped contractions meet. */
export function tokenise(text: string): string[] {
  const folded = foldText(text);
  const tokens: string[] = [];
  // exec on TOKEN itself (it never matches empty, and a finished loop leaves it at 0), not a copy per call as matchAll makes.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    const token = m[0];
    tokens.push(token.includes("'") || token.includes('’') ? token.replace(APOSTROPHE, '') : token);
  }
  return tokens;
}

export function isEmoji(token: string): boolean {
  return EMOJI.test(token);
}

// Numbers of three or more digits are ids (order, Rx, member numbers), not words: shown masked.
const LONG_NUMBER = /\p{N}{3,}/gu;

/**
 * The words of `text` as written, aligned with tokenise(text) (same boundaries: folding changes
 * letters, never where a word starts or ends), for explanations in the customer's words. Undefined
 * when they do not align, so a caller falls back to the folded tokens.
 */
export function displaySpans(text: string, tokenCount: number): ((first: number, last: number) => string) | undefined {
  const spans: Array<{ start: number; end: number }> = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (spans.length !== tokenCount) return undefined;
  return (first, last) => text.slice(spans[first]!.start, spans[last]!.end).replace(/\s+/g, ' ').replace(LONG_NUMBER, '#');
}
