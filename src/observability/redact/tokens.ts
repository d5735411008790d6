import type { Token } from './spoken-names.ts';
import { fold } from './lexicon.ts';

/**
 * The words of a text for the name finders: computed once per redacted text and shared by all of them.
 * A word is a letter, then letters, apostrophes and hyphens (`WORD`). Most texts are ASCII: for them the
 * words, their folded forms and what stands around them are read from character codes, which gives the
 * same tokens as the regexes the other texts go through, at a fraction of the cost per word.
 */
const WORD = /\p{L}[\p{L}'’-]*/gu;
const ASCII = /^[\x00-\x7f]*$/;
const GLUED_AFTER = /^(?:[:/@_\d]|\.[\p{L}\d])/u;
const GLUED_BEFORE = /[/@._\d]$/u;
// "san antonio", "puerto rico", "fort liberty": a place.
const PLACES = ['san', 'santa', 'santo', 'puerto', 'los', 'las', 'el', 'new', 'fort', 'port', 'saint', 'st', 'mount', 'mt', 'lake', 'north', 'south', 'east', 'west'];
const PLACE_BEFORE = new RegExp(String.raw`\b(?:${PLACES.join('|')})\s+$`, 'i');
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES);
// The longest look-back PLACE_BEFORE is given: the 8 characters before a word.
const PLACE_WINDOW = 8;

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
// ASCII whitespace as `\s` reads it: tab, line feed, vertical tab, form feed, carriage return, space.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;

export function tokenize(text: string): Token[] {
  return ASCII.test(text) ? tokenizeAscii(text) : tokenizeAny(text);
}

function tokenizeAny(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const glued = GLUED_AFTER.test(text.slice(end, end + 2)) || (start > 0 && GLUED_BEFORE.test(text[start - 1]!));
    tokens.push({ word: m[0], key: fold(m[0]), start, end, glued, place: start > 0 && PLACE_BEFORE.test(text.slice(Math.max(0, start - PLACE_WINDOW), start)) });
  }
  return tokens;
}

/** `WORD`, `GLUED_AFTER`, `GLUED_BEFORE` and `PLACE_BEFORE` over an ASCII text, by character codes. */
function tokenizeAscii(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.toLowerCase();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (let c = text.charCodeAt(end); end < n && (isLetter(c) || c === 39 || c === 45); c = text.charCodeAt(++end));
    const after = end < n ? text.charCodeAt(end) : -1;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    // ":", "/", "@", "_" or a digit after the word, or "." and a letter or digit; "/", "@", ".", "_" or a digit before it.
    const glued =
      after === 58 || after === 47 || after === 64 || after === 95 || isDigit(after) || (after === 46 && end + 1 < n && (isLetter(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1)))) || before === 47 || before === 64 || before === 46 || before === 95 || isDigit(before);
    tokens.push({ word: text.slice(start, end), key: lower.slice(start, end), start, end, glued, place: start > 0 && placeBefore(text, lower, start) });
    i = end;
  }
  return tokens;
}

/**
 * PLACE_BEFORE on the 8 characters before `start`: white space ends them, and the letters before it are one
 * of PLACES with a word boundary before them (or the window's start, as at the start of the sliced text).
 */
function placeBefore(text: string, lower: string, start: number): boolean {
  const from = Math.max(0, start - PLACE_WINDOW);
  let j = start - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  if (j === start - 1 || j < from) return false;
  let k = j;
  while (k >= from && isLetter(text.charCodeAt(k))) k--;
  if (k >= from && isWordChar(text.charCodeAt(k))) return false;
  return PLACE_WORDS.has(lower.slice(k + 1, j + 1));
}
