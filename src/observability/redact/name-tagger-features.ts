import type { Token } from './spoken-names.ts';
import { namesDrugWord } from './drug-words.ts';
import { WORLD_NAMES } from './world-names.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, RARE_FIRST_NAMES, WORDY_NAMES, isFunctionWord, isKnownWord, isOrganisation, isUsTown, isVerb, withoutPossessiveS } from './lexicon.ts';

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
  if (code === '' && WORLD_NAMES.has(key)) code += 'h';
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
  /** How the message writes its words, computed when first asked for (see usage()). */
  usage?: Usage;
}

/** Per word (key): how often the message writes it in lower case, and capitalised inside a sentence; and how much of it is capitalised. */
interface Usage {
  lower: Map<string, number>;
  capital: Map<string, number>;
  /** "a" under a fifth of the words of two letters or more capitalised, "b" under half, "c" more (a headline, a title). */
  density: string;
}

function usage(c: Context): Usage {
  if (c.usage !== undefined) return c.usage;
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  let [words, capitals] = [0, 0];
  c.tokens.forEach((t, i) => {
    if (t.word.length < 2) return;
    words++;
    if (UPPER.test(t.word)) {
      capitals++;
      if (!opens(c, i)) capital.set(t.key, (capital.get(t.key) ?? 0) + 1);
    } else lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
  });
  const density = capitals < words / 5 ? 'a' : capitals < words / 2 ? 'b' : 'c';
  return (c.usage = { lower, capital, density });
}

/** "l": the message writes the word in lower case elsewhere, "c": capitalised inside a sentence elsewhere, "lc" both, "-" neither. */
function elsewhere(c: Context, i: number): string {
  const t = c.tokens[i]!;
  const u = usage(c);
  const self = t.word.length < 2 ? [0, 0] : UPPER.test(t.word) ? [0, opens(c, i) ? 0 : 1] : [1, 0];
  const l = (u.lower.get(t.key) ?? 0) - self[0]! > 0 ? 'l' : '';
  const k = (u.capital.get(t.key) ?? 0) - self[1]! > 0 ? 'c' : '';
  return l + k || '-';
}

export function contextOf(text: string, tokens: readonly Token[]): Context {
  const codes: Array<string | undefined> = new Array(tokens.length);
  // "Carrey's", "Tiana's": the lists are asked about the word without its possessive.
  return { text, tokens, lower: !/\p{Lu}/u.test(text), code: (i) => (codes[i] ??= lists(withoutPossessiveS(tokens[i]!.key))) };
}

export const opens = (c: Context, i: number) => i === 0 || SENTENCE_END.test(c.text.slice(Math.max(0, c.tokens[i]!.start - 4), c.tokens[i]!.start));
const between = (c: Context, i: number) => (i === 0 ? '^' : c.text.slice(c.tokens[i - 1]!.end, c.tokens[i]!.start).replace(/\s+/g, ' ').slice(0, 3));

/** The features of token i, as strings (each weighs 1); `opened` is `opens(c, i)` when the caller has it already. */
export function features(c: Context, i: number, opened: boolean = opens(c, i)): string[] {
  const t = c.tokens[i]!;
  const prev = c.tokens[i - 1];
  const next = c.tokens[i + 1];
  const prev2 = c.tokens[i - 2];
  const sh = shape(t.word);
  const code = c.code(i);
  const pcode = prev ? c.code(i - 1) : '^';
  const ncode = next ? c.code(i + 1) : '$';
  const psh = prev ? shape(prev.word) : '^';
  const nsh = next ? shape(next.word) : '$';
  const o = opened ? 'o' : 'm';
  const lc = c.lower ? 'lc' : 'mc';
  const suffix = t.key.length > 3 ? t.key.slice(-3) : t.key;
  return [
    'b',
    `w=${t.key}`,
    `s=${sh}`,
    `x3=${suffix}`,
    `c=${code}`,
    `sc=${sh}|${code}`,
    `scl=${sh}|${code}|${lc}`,
    `so=${sh}|${o}`,
    `sco=${sh}|${code}|${o}`,
    `pw=${prev ? prev.key : '^'}`,
    `nw=${next ? next.key : '$'}`,
    `p2w=${prev2 ? prev2.key : '^'}`,
    `pc=${pcode}`,
    `nc=${ncode}`,
    `ps=${psh}`,
    `ns=${nsh}`,
    `pcs=${psh}|${pcode}|${sh}|${code}`,
    `ncs=${sh}|${code}|${nsh}|${ncode}`,
    `pwc=${prev ? prev.key : '^'}|${code}`,
    `nwc=${code}|${next ? next.key : '$'}`,
    `bt=${between(c, i)}|${sh}`,
    `nbt=${next ? between(c, i + 1) : '$'}|${sh}`,
    `g=${t.glued ? 1 : 0}${t.place ? 1 : 0}`,
    `ce=${sh}|${elsewhere(c, i)}`,
    `tc=${usage(c).density}|${sh}|${o}`,
  ];
}
