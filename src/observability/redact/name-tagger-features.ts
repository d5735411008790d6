import type { Token } from './spoken-names.ts';
import { namesDrugWord } from './drug-words.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, RARE_FIRST_NAMES, WORDY_NAMES, isFunctionWord, isKnownWord, isOrganisation, isUsTown, isVerb } from './lexicon.ts';

/**
 * The features of one word for the learned name tagger (`name-tagger.ts`), shared by the tagger and its trainer
 * (scripts/pii/train-name-tagger.ts) so both read a word alike: its shape and capitals, what the redactor's word lists
 * say of it (first names, surnames, everyday words, medicines, towns, firms), the words around it and what the lists
 * say of them, and where it stands (opening a sentence, a message in lower case).
 */
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[^\p{Ll}]*$/u;
const SENTENCE_END = /[.!?\n:;]\s*$/;

/** "Xx", "x", "XX", "xX": the word's capitals, its length cut to 1, 2, 3 or more. */
function shape(word: string): string {
  const cap = UPPER.test(word) ? (ALL_UPPER.test(word) && word.length > 1 ? 'X' : 'Xx') : /\p{Lu}/u.test(word) ? 'xX' : 'x';
  return `${cap}${Math.min(word.length, 4)}`;
}

/** What the lists say of a word, as one short code: first name, surname, everyday word, medicine, town, firm … */
export function lists(key: string): string {
  let code = '';
  if (FIRST_NAMES.has(key)) code += 'F';
  else if (ANY_FIRST_NAMES.has(key)) code += 'f';
  if (RARE_FIRST_NAMES.has(key)) code += 'r';
  if (LAST_NAMES.has(key)) code += 'L';
  else if (ANY_LAST_NAMES.has(key)) code += 'l';
  if (WORDY_NAMES.has(key)) code += 'w';
  if (isKnownWord(key)) code += 'K';
  if (isFunctionWord(key)) code += 'u';
  if (isVerb(key)) code += 'v';
  if (NOT_A_NAME.has(key) || namesDrugWord(key)) code += 'D';
  if (isUsTown(key) || CITIES.has(key)) code += 'T';
  if (isOrganisation(key)) code += 'O';
  return code === '' ? '-' : code;
}

export interface Context {
  text: string;
  tokens: readonly Token[];
  /** The message has no capital letter (a voice transcript, fast chat). */
  lower: boolean;
  /** lists() of token i, computed when first asked for (most words of a message are never asked about). */
  code: (i: number) => string;
}

export function contextOf(text: string, tokens: readonly Token[]): Context {
  const codes: Array<string | undefined> = new Array(tokens.length);
  return { text, tokens, lower: !/\p{Lu}/u.test(text), code: (i) => (codes[i] ??= lists(tokens[i]!.key)) };
}

export const opens = (c: Context, i: number) => i === 0 || SENTENCE_END.test(c.text.slice(Math.max(0, c.tokens[i]!.start - 4), c.tokens[i]!.start));
const between = (c: Context, i: number) => (i === 0 ? '^' : c.text.slice(c.tokens[i - 1]!.end, c.tokens[i]!.start).replace(/\s+/g, ' ').slice(0, 3));

/** What token i's features are made of: its word, shape and lists' code, its neighbours', where it stands. */
export interface Pieces {
  key: string;
  sh: string;
  suffix: string;
  code: string;
  lc: 'lc' | 'mc';
  o: 'o' | 'm';
  pkey: string;
  nkey: string;
  p2key: string;
  pcode: string;
  ncode: string;
  psh: string;
  nsh: string;
  bt: string;
  nbt: string;
  g: string;
}

/** The pieces of token i's features; `opened` is `opens(c, i)` when the caller has it already. */
export function piecesOf(c: Context, i: number, opened = opens(c, i)): Pieces {
  const t = c.tokens[i]!;
  const prev = c.tokens[i - 1];
  const next = c.tokens[i + 1];
  const prev2 = c.tokens[i - 2];
  return {
    key: t.key,
    sh: shape(t.word),
    suffix: t.key.length > 3 ? t.key.slice(-3) : t.key,
    code: c.code(i),
    lc: c.lower ? 'lc' : 'mc',
    o: opened ? 'o' : 'm',
    pkey: prev ? prev.key : '^',
    nkey: next ? next.key : '$',
    p2key: prev2 ? prev2.key : '^',
    pcode: prev ? c.code(i - 1) : '^',
    ncode: next ? c.code(i + 1) : '$',
    psh: prev ? shape(prev.word) : '^',
    nsh: next ? shape(next.word) : '$',
    bt: between(c, i),
    nbt: next ? between(c, i + 1) : '$',
    g: `${t.glued ? 1 : 0}${t.place ? 1 : 0}`,
  };
}

/** The features of token i, as strings (each weighs 1); `opened` is `opens(c, i)` when the caller has it already. */
export function features(c: Context, i: number, opened = opens(c, i)): string[] {
  const { key, sh, suffix, code, lc, o, pkey, nkey, p2key, pcode, ncode, psh, nsh, bt, nbt, g } = piecesOf(c, i, opened);
  return [
    'b',
    `w=${key}`,
    `s=${sh}`,
    `x3=${suffix}`,
    `c=${code}`,
    `sc=${sh}|${code}`,
    `scl=${sh}|${code}|${lc}`,
    `so=${sh}|${o}`,
    `sco=${sh}|${code}|${o}`,
    `pw=${pkey}`,
    `nw=${nkey}`,
    `p2w=${p2key}`,
    `pc=${pcode}`,
    `nc=${ncode}`,
    `ps=${psh}`,
    `ns=${nsh}`,
    `pcs=${psh}|${pcode}|${sh}|${code}`,
    `ncs=${sh}|${code}|${nsh}|${ncode}`,
    `pwc=${pkey}|${code}`,
    `nwc=${code}|${nkey}`,
    `bt=${bt}|${sh}`,
    `nbt=${nbt}|${sh}`,
    `g=${g}`,
  ];
}
