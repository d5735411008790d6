import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isClosedClassWord, isFunctionWord, isKnownWord, isOrganisation, isUsTown } from './lexicon.ts';
import { ROLES, adjacent, nameLike, span } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';

/**
 * How a name is tied into a sentence, whatever its origin (the thirteenth development set, data/pii/dev-names-13, issue #14
 * thirteenth follow-up: West African, South Asian, East Asian, Slavic, Arabic and Polynesian names no list holds):
 * - a word said twice before a word no dictionary holds ("this is blessing blessing okafor"): callers repeat their own name;
 * - a vocative closing a friendly sentence ("Thank you so much for your help today, Xiaoling!");
 * - two capitalised words before "here" anywhere in a message ("Hi team, Goodluck Nwachukwu here.");
 * - two written initials before a surname ("T.J. Fifita");
 * - two people joined by "n", "&", "and" before "both" ("tiva n lanakila both need");
 * - a word no list holds before a relation in apposition ("a refill for losana my daughter");
 * - a capitalised first name before ", she" or ", he" ("the card for Ruby, she lost hers");
 * - whom a message greets or a line opens by addressing ("hey titi nice video", "Tavita, can you check …");
 * - who did what an agent's note records ("callback requested by Pita Havili"), two initials said before a surname ("the
 *   account holder is a k mensah").
 * `namesTiedOn` carries a found name on: over an Arabic particle ("khadija el amrani", "abdulrahman al farsi"), a Spanish
 * "y" between surnames ("mendoza y ortiz"), a Vietnamese middle name ("le van hung"), a capitalised third word ("Vuong Duc
 * Anh"), a surname said between a name and its spelling ("ji woo park j i w o o"). `nameUntied` drops a title masked alone
 * ("Mrs.", "Doña"), the Spanish pronoun "ella" before a verb and the weather ("it's sunny here today").
 */
const CAPITAL = /^\p{Lu}/u;
export const plain = (t: Token) => usable(t) && nameLike(t) && !ROLES.has(t.key) && !CITIES.has(t.key) && !isUsTown(t.key) && !isOrganisation(t.key) && !namesDrug(t.key);
/** A word only a name is: listed as a first name or a surname and no everyday word, or a word no list or dictionary holds. */
export const onlyName = (t: Token) => plain(t) && (unknown(t) || ((FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key)) && !WORDY_NAMES.has(t.key) && !isKnownWord(t.key)));

const FRIENDLY = /\b(?:good[ \t]+(?:on|for)[ \t]+you|thanks|thank[ \t]+you|thx|ty|hi|hello|hey|sorry|bye|appreciate[ds]?|cheers|gracias|love|great|welcome)\b/iu;
const VOCATIVE = /,[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]+(\p{Lu}[\p{Ll}'’-]+))?[ \t]*(?:[!.?…]+|$)/gu;
const HERE = /(?:^|[,.!?:;\n])[ \t]*(\p{Lu}[\p{Ll}'’-]+)[ \t]+(\p{Lu}[\p{Ll}'’-]+)[ \t]+here\b(?=[ \t]*(?:[,.!;:-]|$|again\b))/gu;
const INITIALS = /(?<![\p{L}.])\p{Lu}\.[ ]?\p{Lu}\.[ \t]+(\p{Lu}[\p{Ll}'’-]+)/gu;
const JOIN_WORDS = new Set(['n', 'and', 'y']);
const AMPERSAND = /^[ \t]*&[ \t]*$/;
const KIN_AFTER = /^[ \t,]+(?:my|mi|his|her|our)[ \t]+(?:husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|grandson|granddaughter|grandmother|grandma|grandfather|grandpa|aunt|aunty|auntie|uncle|niece|nephew|cousin|partner|caregiver|neighbou?r|esposo|esposa|hij[oa]|mam[aá]|pap[aá]|herman[oa]|abuel[oa]|niet[oa]|t[ií][oa])\b/iu;
// Where a person is named before such an apposition: "for losana my daughter", "with tevita my grandson".
const PERSON_SLOT = new Set('for to with about named called is and para con de y'.split(' '));
const PRONOUN_AFTER = /^,[ \t]+(?:she|he)\b/u;
const SENTENCE_START = /(?:^|[.!?\n])[ \t"'(]*$/;

// "el número de orden es cinco cinco ocho": digits read out are no stutter of a name (English ones are closed-class words).
const SPOKEN_DIGITS = new Set('cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce oh zero'.split(' '));

function stutters(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [t, n, s] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (t.key !== n.key || s.key === t.key || SPOKEN_DIGITS.has(t.key) || SPOKEN_DIGITS.has(s.key) || !adjacent(text, t, n) || !adjacent(text, n, s) || !usable(t) || isClosedClassWord(t.key) || namesDrug(t.key) || CAPITAL.test(t.word) !== CAPITAL.test(s.word)) continue;
    if (onlyName(s) && s.key.length > 2) spans.push(span(tokens, i, i + 3));
  }
}

function vocatives(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (const m of text.matchAll(VOCATIVE)) {
    // The sentence before the comma, read back at most 160 characters.
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    if (!FRIENDLY.test(before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1))) continue;
    const i = tokenAt(tokens, m.index + m[0].indexOf(m[1]!));
    if (tokens[i] === undefined || !onlyName(tokens[i]!)) continue;
    const second = m[2] !== undefined && tokens[i + 1] !== undefined && plain(tokens[i + 1]!);
    spans.push(span(tokens, i, second ? i + 2 : i + 1));
  }
}

function sayHere(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (const m of text.matchAll(HERE)) {
    const i = tokenAt(tokens, m.index + m[0].indexOf(m[1]!));
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a === undefined || b === undefined || !plain(a) || !plain(b) || isFunctionWord(a.key) || isFunctionWord(b.key)) continue;
    if (onlyName(a) || onlyName(b)) spans.push(span(tokens, i, i + 2));
  }
}

function initials(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (const m of text.matchAll(INITIALS)) {
    const last = tokens[tokenAt(tokens, m.index + m[0].length - m[1]!.length)];
    if (last !== undefined && onlyName(last)) spans.push({ kind: 'name', start: m.index, end: last.end });
  }
}

function pairsBoth(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  const person = (t: Token) => onlyName(t) || (plain(t) && CAPITAL.test(t.word) && ANY_FIRST_NAMES.has(t.key) && !isFunctionWord(t.key));
  for (let k = 2; k < tokens.length; k++) {
    const b = tokens[k - 1]!;
    if ((tokens[k]!.key !== 'both' && tokens[k]!.key !== 'ambos') || !adjacent(text, b, tokens[k])) continue;
    const c = tokens[k - 2]!;
    const a = JOIN_WORDS.has(c.key) && adjacent(text, c, b) ? tokens[k - 3] : AMPERSAND.test(text.slice(c.end, b.start)) ? c : undefined;
    if (a !== undefined && (a === c || adjacent(text, a, c)) && person(a) && person(b)) spans.push({ kind: 'name', start: a.start, end: a.end }, { kind: 'name', start: b.start, end: b.end });
  }
}

function beforeKin(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!PERSON_SLOT.has(tokens[i - 1]!.key) || !adjacent(text, tokens[i - 1]!, t) || !onlyName(t) || !KIN_AFTER.test(text.slice(t.end, t.end + 24))) continue;
    spans.push(span(tokens, i, i + 1));
  }
}

function beforePronoun(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CAPITAL.test(t.word) || !PRONOUN_AFTER.test(text.slice(t.end, t.end + 6)) || SENTENCE_START.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    if (plain(t) && ANY_FIRST_NAMES.has(t.key) && !isFunctionWord(t.key) && PERSON_SLOT.has(tokens[i - 1]!.key)) spans.push(span(tokens, i, i + 1));
  }
}

// "hey titi nice video", "Hi Kwabena,": whom a message or a line greets.
const GREETING = /(?:^|\n)[ \t]*(?:hi|hey|hello|hiya|dear|morning|good[ \t]+morning|hola)[ \t,]+$/iu;

const COPULA = new Set('is was are am be es está'.split(' '));

function greeted(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i < tokens.length && i < 4; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "hi ths is …": a typo of the word that opens the sentence, not a name.
    // The greeting before the word first: it rules out most words of most messages, cheaper than onlyName.
    if (!GREETING.test(text.slice(0, t.start)) || !onlyName(t) || (next !== undefined && COPULA.has(next.key))) continue;
    spans.push(span(tokens, i, next !== undefined && adjacent(text, t, next) && onlyName(next) && CAPITAL.test(next.word) === CAPITAL.test(t.word) ? i + 2 : i + 1));
  }
}

// "callback requested by Pita Havili", "form signed by Lusia Taufa": who did what an agent's note records.
const BY_WHOM = /\b(?:requested|submitted|placed|verified|signed|approved|authori[sz]ed|initiated|reported|referred|dropped[ \t]+off|picked[ \t]+up)[ \t]+by[ \t]+$/iu;

function byWhom(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.key !== 'by' || !BY_WHOM.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    const capital = CAPITAL.test(t.word);
    let j = i;
    while (j < i + 3 && tokens[j] !== undefined && (j === i || adjacent(text, tokens[j - 1]!, tokens[j])) && plain(tokens[j]!) && !isFunctionWord(tokens[j]!.key) && CAPITAL.test(tokens[j]!.word) === capital) j++;
    if (j > i && tokens.slice(i, j).some(onlyName) && (capital || j - i > 1 || onlyName(t))) spans.push(span(tokens, i, j));
  }
}

// "the account holder is a k mensah": two initials said before a surname.
const INITIALS_AFTER = new Set('is under for name named holder'.split(' '));

function spokenInitials(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [a, b, c] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (a.key.length !== 1 || b.key.length !== 1 || !INITIALS_AFTER.has(tokens[i - 1]!.key) || !adjacent(text, a, b) || !adjacent(text, b, c) || !onlyName(c) || c.key.length < 3) continue;
    spans.push(span(tokens, i, i + 3));
  }
}

// "Tavita, can you check my order?", "jason, coming to see you": whom a line opens by addressing.
const ADDRESSED = /^,[ \t]+[^.!?\n]{0,80}?\b(?:you|your|u|ur|thanks|thank)\b/iu;
const LINE_START = /(?:^|\n)[ \t]*$/;

function addressed(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text[t.end] !== ',' || !LINE_START.test(text.slice(Math.max(0, t.start - 12), t.start)) || !onlyName(t) || !ADDRESSED.test(text.slice(t.end, t.end + 100))) continue;
    spans.push(span(tokens, i, i + 1));
  }
}

export function namesByTies(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (text.includes(',')) addressed(text, tokens, spans);
  if (/\bby\b/i.test(text)) byWhom(text, tokens, spans);
  spokenInitials(text, tokens, spans);
  greeted(text, tokens, spans);
  stutters(text, tokens, spans);
  if (text.includes(',')) vocatives(text, tokens, spans);
  if (/\bhere\b/.test(text)) sayHere(text, tokens, spans);
  if (text.includes('.')) initials(text, tokens, spans);
  if (/\b(?:both|ambos)\b/i.test(text)) pairsBoth(text, tokens, spans);
  beforeKin(text, tokens, spans);
  if (text.includes(',')) beforePronoun(text, tokens, spans);
  return spans;
}
