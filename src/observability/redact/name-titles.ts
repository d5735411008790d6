import type { PiiSpan } from './kinds.ts';
import { unknown, type Token } from './spoken-names.ts';
import { nameLike } from './name-clues.ts';
import { FIRST_NAMES, LAST_NAMES, NOT_A_NAME } from './lexicon.ts';

/**
 * A person named by a title of office, rank or faith and a name ("Coach Germano", "Pope Benedict XVI", "PM Modi",
 * "Prophet Muhammad"): the title names the same one person as the name and is masked with it, as a name it is part of.
 * The name after it is a capitalised first name or surname no everyday word shares, or a word no list holds ("Coach
 * Dantonio"), then any more such words and a regnal number. Not a clinician's title (a clinician's name stays, see
 * redact.ts), nor "mr"/"mrs"/"ms" (the cue of a name, which stays outside the mask as other cues do), nor "PM EST", "2:15 PM
 * Jordan Ellis wrote" or "Princess Peach" (an abbreviation, the hour, an everyday word).
 */
const TITLES = new Set(['coach', 'pope', 'prophet', 'pm', 'president', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'sheriff', 'chancellor']);
const TITLED = /^\p{Lu}\p{Ll}/u;
const REGNAL = /^[IVX]{1,5}$/;
const nameWord = (t: Token) => TITLED.test(t.word) && nameLike(t) && !NOT_A_NAME.has(t.key) && (FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key) || unknown(t));
const gap = (text: string, a: Token, b: Token | undefined) => b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));

export function namesWithTitles(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!TITLES.has(t.key) || !/^\p{Lu}/u.test(t.word) || !gap(text, t, tokens[i + 1]) || !nameWord(tokens[i + 1]!)) continue;
    // "… at 2:15 PM Jordan Ellis wrote:": the hour's PM, not a prime minister.
    if (t.key === 'pm' && /\d[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    let j = i + 1;
    while (gap(text, tokens[j]!, tokens[j + 1]) && (nameWord(tokens[j + 1]!) || REGNAL.test(tokens[j + 1]!.word))) j++;
    spans.push({ kind: 'name', start: t.start, end: tokens[j]!.end });
    i = j;
  }
  return spans;
}
