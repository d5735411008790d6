import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { ANY_LAST_NAMES, CITIES, LAST_NAMES, WORDY_NAMES, fold, isClosedClassWord, isDescribingWord, isFunctionWord, isKnownWord } from './lexicon.ts';
import { adjacent } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';
import { onlyName } from './name-ties.ts';

/**
 * A found name carried on, whatever its origin (issue #14 thirteenth follow-up, data/pii/dev-names-13): over an Arabic particle
 * ("khadija el amrani", "abdulrahman al farsi"), a Spanish "y" between surnames ("mendoza y ortiz"), a Vietnamese middle name
 * ("le van hung"), a capitalised third word ("Vuong Duc Anh"), a surname said between a name and its spelling ("ji woo park
 * j i w o o"). `nameUntied` drops a title masked alone ("Mrs.", "Doña") and leaves one before a name outside the mask, and
 * drops the Spanish pronoun "ella" before a verb and the weather ("it's sunny here today").
 */
const CAPITAL = /^\p{Lu}/u;
const ARABIC_PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'ould']);
const VIETNAMESE_MIDDLE = new Set(['van', 'thi', 'văn', 'thị']);
const letters = (s: string) => fold(s).replace(/[^a-z]/g, '');

/** The index of the first token that starts at or after `at` (tokenAt's binary search). */
const tokenFrom = tokenAt;

export function namesTiedOn(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const name of names) {
    const first = tokenFrom(tokens, name.start);
    const j = tokenFrom(tokens, name.end);
    const [last, p, w] = [tokens[j - 1], tokens[j], tokens[j + 1]];
    if (last === undefined || j <= first || p === undefined || !adjacent(text, last, p)) continue;
    const lower = !CAPITAL.test(tokens[first]!.word);
    // "khadija el amrani", "abdulrahman al farsi", "Aisha bint Khalid": after an Arabic particle any word but a function word
    // (the particle may have been taken in already: "abdulrahman al").
    if (ARABIC_PARTICLES.has(last.key) && j - first > 1 && usable({ ...p, place: false }) && !isFunctionWord(p.key) && !namesDrug(p.key) && !CITIES.has(p.key) && CAPITAL.test(p.word) === !lower) {
      spans.push({ kind: 'name', start: name.start, end: p.end });
      continue;
    }
    if (ARABIC_PARTICLES.has(p.key) && adjacent(text, p, w) && w !== undefined && usable({ ...w, place: false }) && !isFunctionWord(w.key) && !namesDrug(w.key) && !CITIES.has(w.key) && CAPITAL.test(w.word) === !lower) {
      spans.push({ kind: 'name', start: name.start, end: w.end });
      continue;
    }
    // "guadalupe mendoza y ortiz": a Spanish double surname joined by "y".
    if (p.key === 'y' && j - first > 1 && w !== undefined && adjacent(text, p, w) && ((LAST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key)) || unknown(w)) && (ANY_LAST_NAMES.has(last.key) || unknown(last)) && usable(w)) {
      spans.push({ kind: 'name', start: name.start, end: w.end });
      continue;
    }
    // "le van hung": after a Vietnamese middle name the given name, whatever word it is.
    if (VIETNAMESE_MIDDLE.has(last.key) && j - first > 1 && usable(p) && !isClosedClassWord(p.key) && CAPITAL.test(p.word) === !lower) {
      spans.push({ kind: 'name', start: name.start, end: p.end });
      continue;
    }
    // "Vuong Duc Anh": a capitalised name run on over a third capitalised word only a name is.
    if (!lower && j - first === 2 && CAPITAL.test(p.word) && p.word !== p.word.toUpperCase() && onlyName(p)) {
      spans.push({ kind: 'name', start: name.start, end: p.end });
      continue;
    }
    // "ji woo park j i w o o", "min jun lee m i n j u n": one or two words said between a name and its spelling (the spelling
    // may take in the first of them).
    const said = letters(text.slice(name.start, name.end));
    for (const between of [1, 2]) {
      const k = j + between;
      if (tokens[k]?.key.length !== 1 || !tokens.slice(j, k).every((t, n) => t.key.length > 1 && usable(t) && !isClosedClassWord(t.key) && adjacent(text, n === 0 ? last : tokens[j + n - 1]!, t))) continue;
      let end = k;
      while (end < tokens.length && tokens[end]!.key.length === 1 && adjacent(text, tokens[end - 1]!, tokens[end])) end++;
      const spelled = tokens.slice(k, end).map((t) => letters(t.word)).join('');
      if (end - k >= 3 && (spelled === said || spelled === said + letters(p.word))) spans.push({ kind: 'name', start: name.start, end: tokens[k - 1]!.end });
    }
  }
  return spans;
}

const TITLE_ALONE = new Set('mr mrs ms mx miss mister dona señora senora señor senor sra srta'.split(' '));
const WEATHER_BEFORE = /\b(?:it['’]?s|its|it[ \t]+is)[ \t]+$/iu;
const WEATHER_AFTER = /^[ \t]+(?:here|out|outside)[ \t]+(?:today|now|too|all|this|and|but|so)\b/iu;

/**
 * A found name without what is no name: null for a title masked alone ("Mrs."), "ella" before a verb and the weather ("it's
 * sunny here today"); a title before a name ("Doña Eulalia") left outside the mask.
 */
export function nameUntied(text: string, tokens: readonly Token[], name: PiiSpan): PiiSpan | null {
  const i = tokenFrom(tokens, name.start);
  const t = tokens[i];
  if (t === undefined) return name;
  if (TITLE_ALONE.has(fold(t.key)) && !t.glued) return t.end >= name.end ? null : { ...name, start: tokens[i + 1]!.start };
  if (t.end !== name.end) return name;
  const next = tokens[i + 1];
  if ((t.word === 'ella' || t.word === 'él') && next !== undefined && adjacent(text, t, next) && isFunctionWord(next.key)) return null;
  const weather = !CAPITAL.test(t.word) && (isDescribingWord(t.key) || isKnownWord(t.key) || WORDY_NAMES.has(t.key)) && WEATHER_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && WEATHER_AFTER.test(text.slice(t.end, t.end + 20));
  return weather ? null : name;
}
