import type { PiiSpan } from './kinds.ts';
import { blanks, unknown, usable, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, FIRST_NAMES, NOT_A_NAME, WORDY_NAMES, isFunctionWord } from './lexicon.ts';

/**
 * Names whose cue comes after them, the one place a lower-case transcript still marks a person:
 * - a possessive before what a person has ("tomasz's norvasc", "in kwesi kaur's name", "I'm Ana Ruiz's
 *   daughter"): the name, not its "'s";
 * - "… is my name", "… is the patient".
 * A word that is also a name ("bill's", "grace's") counts only before a medicine or a relative, since
 * "the bill's due date" names nobody; a known word that is no name ("today's", "doctor's") never does.
 */
const POSSESSIVE = /^(.+?)['’]s$/u;
const KIN = new Set('daughter son mother father mom dad wife husband sister brother caregiver grandmother grandfather grandma grandpa aunt uncle niece nephew'.split(' '));
// What a person holds that a firm or a day does not: "Re: Thibault's card".
const HELD = new Set('name refill refills prescription prescriptions medication medications meds medicine insulin order orders account appointment pills bottle label inhaler card claim copay'.split(' '));
// What a person has and a place has too ("Cherry Hinton Hall's phone number"): only after no other capitalised word.
const CONTACT_DETAILS = new Set('address phone email insurance records birthday'.split(' '));
// Conditions named after a person in the possessive: "Parkinson's medication", "her Alzheimer's meds" name a disease, which a
// safety case needs readable, not a person. @see https://www.ncbi.nlm.nih.gov/books/NBK554542/ (eponyms in medicine)
export const CONDITIONS: ReadonlySet<string> = new Set(
  'addison alzheimer asperger barrett bell crohn cushing dupuytren gehrig graves hashimoto hodgkin huntington kaposi meniere ménière paget parkinson peyronie raynaud reye sjogren sjögren tourette'.split(' '),
);
const IS_MY_NAME = /[ \t,]+(?:is|['’]s)[ \t]+(?:my|the|his|her|their)[ \t]+(?:name|patient|account\s+holder)\b/iy;
const CAPITAL = /^\p{Lu}/u;
// A person framed by the words around them: "could ivy pick up …", "please let ayodele know", "you can reach ngozi at …",
// "have tamsin call me": the word before → the words after.
const ERRAND = new Set('pick call come get collect sign bring take'.split(' '));
const FRAMES = new Map<string, ReadonlySet<string>>([
  ...'can could will would may should did does'.split(' ').map((w): [string, ReadonlySet<string>] => [w, ERRAND]),
  ['let', new Set(['know'])],
  // "ask rahul to call me back"
  ['ask', new Set(['to'])],
  ['reach', new Set(['at', 'on'])],
  ['have', new Set(['call', 'pick', 'bring', 'sign'])],
  // "can you tell me if fern picked up my order"
  // "idk if drusilla told u"
  ['if', new Set(['picked', 'called', 'came', 'signed', 'collected', 'brought', 'told', 'said', 'sent'])],
  // "is evangelos still on my account", "it was clementina who picked it up"
  // "is yusuf available"
  ['is', new Set(['still', 'who', 'available', 'there', 'working'])],
  ['was', new Set(['still', 'who'])],
]);
const HINT = /['’]s\b|\bis\s+(?:my|the|his|her|their)\b|\b(?:pick|call|come|get|collect|sign|bring|take|know|at|on|picked|called|came|signed|collected|brought|told|said|sent|still|who|ask|available|there|working)\b/i;

// People named by what they are, not by their name: "my husband's insulin", "mom's meds".
const PERSON_NOUNS = new Set([...KIN, ...'baby doctor nurse pharmacist friend neighbor neighbour patient someone somebody everyone today tomorrow yesterday'.split(' ')]);
const adjacent = (text: string, a: Token, b: Token | undefined) => b !== undefined && blanks(text, a.end, b.start);
const asToken = (t: Token, key: string, word: string): Token => ({ ...t, key, word, end: t.start + word.length });

/** One word that can be a name on its own, given how strongly its position vouches ("strong": a relative or a medicine follows). */
function nameWord(t: Token, strong: boolean): boolean {
  if (!usable(t) || isFunctionWord(t.key) || PERSON_NOUNS.has(t.key)) return false;
  if (unknown(t)) return true;
  // "Clover's address": a capitalised name that is a word too.
  if (!ANY_FIRST_NAMES.has(t.key) && !ANY_LAST_NAMES.has(t.key)) return CAPITAL.test(t.word) && (strong || WORDY_NAMES.has(t.key));
  return !WORDY_NAMES.has(t.key) || strong || CAPITAL.test(t.word);
}

/** The name ending at token `i` (itself and, when it too can be a name, the word before it). */
function backFrom(text: string, tokens: readonly Token[], i: number, last: Token, strong: boolean): PiiSpan | null {
  const before = tokens[i - 1];
  const pair = before !== undefined && adjacent(text, before, tokens[i]) && usable(before) && !isFunctionWord(before.key) && (unknown(before) || ANY_FIRST_NAMES.has(before.key));
  // "in chiamaka wolf's name": a surname that is a word too, after a first name no word shares.
  const vouched = pair && ANY_LAST_NAMES.has(last.key) && (unknown(before) || (FIRST_NAMES.has(before.key) && !WORDY_NAMES.has(before.key)));
  if (!vouched && !nameWord(last, strong)) return null;
  return { kind: 'name', start: pair ? before.start : last.start, end: last.end };
}

export function namesBeforeTheirCue(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (!HINT.test(text)) return spans;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // POSSESSIVE needs a character before the "'s": most words end otherwise and skip it.
    const possessive = t.word.length > 2 && (t.word.endsWith("'s") || t.word.endsWith('’s')) ? POSSESSIVE.exec(t.word) : null;
    if (possessive !== null) {
      const next = adjacent(text, t, tokens[i + 1]) ? tokens[i + 1]! : undefined;
      if (next === undefined) continue;
      // A medicine after it (one no list holds included: "akosua's aricept") or a relative makes it a person.
      const strong = KIN.has(next.key) || NOT_A_NAME.has(next.key) || unknown(next);
      const details = CONTACT_DETAILS.has(next.key);
      if (!strong && !HELD.has(next.key) && !details) continue;
      // "my ex-husband's phone": a relative, not a name.
      if (/^(?:ex|step)-?/.test(t.key) && PERSON_NOUNS.has(t.key.replace(/^(?:ex|step)-?/, '').replace(/['’]s$/, ''))) continue;
      const before = tokens[i - 1];
      if (details && before !== undefined && adjacent(text, before, t) && CAPITAL.test(before.word) && !ANY_FIRST_NAMES.has(before.key) && !isFunctionWord(before.key) && !/(?:^|[.!?\n])[ \t"']*$/.test(text.slice(0, before.start))) continue;
      const word = possessive[1]!;
      if (CONDITIONS.has(t.key.slice(0, word.length))) continue;
      const span = backFrom(text, tokens, i, asToken(t, t.key.slice(0, word.length), word), strong);
      if (span) spans.push(span);
      continue;
    }
    if (i > 0 && FRAMES.get(tokens[i - 1]!.key)?.has(tokens[i + 1]?.key ?? '') === true && adjacent(text, tokens[i - 1]!, t) && adjacent(text, t, tokens[i + 1])) {
      const span = backFrom(text, [t], 0, t, true);
      if (span) spans.push(span);
      continue;
    }
    IS_MY_NAME.lastIndex = t.end;
    if (IS_MY_NAME.test(text)) {
      const span = backFrom(text, tokens, i, t, true);
      if (span) spans.push(span);
    }
  }
  return spans;
}
