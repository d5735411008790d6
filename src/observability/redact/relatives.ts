import type { PiiSpan } from './kinds.ts';
import { CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, WORDY_NAMES, fold, inflected, isDescribingWord, isFunctionWord, isKnownWord } from './lexicon.ts';
import { needs } from './gate.ts';

/**
 * Names the lexicon may not know, found by where they stand:
 * - after a relative or a caller ("my husband Iris Adeyemi", "caller kwame ibarra states"): one or two
 *   words that neither describe nor do (no verb, adjective, function word);
 * - after "this is" / "I'm" / "it's": two such words of which the second is a surname or unknown
 *   ("this is imani whitfield"), so "this is urgent" and "I'm calling" stay;
 * - a signature: a line of a message ends on one to three capitalised words after a full stop or
 *   alone ("… off it. Iris"); a one-line text (a log field: "Error") never is one;
 * - one or two words right before a birth cue ("Kwame Chowdhury (dob …)").
 */
// Chat's words for them too ("my bf jaxon", "my stepdad dewitt"), and a transcript's filler before the name ("my sister in law uh pascasia").
const KIN = /\b(?:my\s+(?:husband|wife|son|daughter|mother|father|mom|dad|brother|sister|partner|child|grandson|granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|caregiver|roommate|fianc[eé]e?|step(?:dad|mom|mum|son|daughter|father|mother|brother|sister)|bf|gf|hubby|wifey|bff|bestie|sis|bro)(?:[ \t-]in[ \t-]law)?|caller)(?:[ \t,]+(?:uh|um|er|erm))?[ \t,:]+/giu;
const mayKin = needs(KIN, ['my', 'caller']);
const SELF = /\b(?:this\s+is|i['’]?m|i\s+am|it['’]?s)[ \t,:]+/giu;
const WORD = /\p{L}[\p{L}'’-]*/uy;
const SIGNATURE = /(?:[.!?][ \t]+|\n[ \t]*|,[ \t]+)(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*[.!]?[ \t]*$/gmu;
// One or two words right before a birth cue: "Kwame Chowdhury (dob 07/12/1941)", "for ruby ibarra born …".
const BEFORE_BIRTH = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)(?:[ \t]+(\p{L}[\p{L}'’-]*))?[ \t,]*\(?(?:dob|d\.o\.b\.?|date\s+of\s+birth|born|nacid[oa]|fecha\s+de\s+nacimiento)(?![\p{L}])/giu;
const BIRTH_CUE = /dob|d\.o\.b|birth|born|nacid|nacimiento/i;
const STOP = new Set(
  ('and or but the a an my your his her to of in on at for from with is was are here calling speaking please thanks thank regards ' +
    'id number phone name account info line card member rx refill someone somebody cant dont wont isnt didnt doesnt wasnt ' +
    'newborn baby infant child kid son daughter patient mother father wife husband doctor dr nurse pharmacist ' +
    'pharmacy store team support customer service office clinic hospital hospice pediatrics medical center health care group practice family medicine ' +
    'gracias merci saludos obrigada obrigado mr mrs ms mx miss sr sra srta um uh er erm hmm umm uhm yesterday today tonight tomorrow earlier again').split(' '),
);
// "she's", "isn't"; inflected words the lexicon knows the stem of ("smells", "researching", "refilled").
const CONTRACTION = /['’](?:s|t|re|ll|d|ve|m)$/;
// The first word of a place's name: "San Diego", "Fort Worth", "New Haven".
const PLACE_WORDS = new Set('san santa santo puerto los las el new fort port saint st mount lake north south east west'.split(' '));
// Neither a word nor a name that is a word too ("Autumn", "Valley").
const noWord = (key: string) => !isKnownWord(key) && !WORDY_NAMES.has(key);
const PARTICLE_AFTER = /^[ \t]+(?:up|off|out)\b/i;
const nameLike = (key: string) =>
  key.length > 1 && !STOP.has(key) && !NOT_A_NAME.has(key) && !CONTRACTION.test(key) && !isFunctionWord(key) && !isDescribingWord(key) && !inflected(key);
const surnameLike = (key: string) => nameLike(key) && (LAST_NAMES.has(key) || FIRST_NAMES.has(key) || !isKnownWord(key));

function wordAt(text: string, at: number): { word: string; key: string; end: number } | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { word: m[0], key: fold(m[0]), end: WORD.lastIndex } : null;
}

function readAfter(text: string, cue: RegExp, needsSurname: boolean, spans: PiiSpan[]) {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const start = cue.lastIndex;
    const first = wordAt(text, start);
    // "my wife pick up …", "my son drop off …": a verb with its particle, not a name.
    // "My sister Blessing picks up": a capitalised name that is a word too ("Blessing", "Sage") after a relative.
    const wordName = first !== null && /^\p{Lu}\p{Ll}/u.test(first.word) && WORDY_NAMES.has(first.key) && !STOP.has(first.key) && !NOT_A_NAME.has(first.key);
    if (!first || !(nameLike(first.key) || wordName) || PARTICLE_AFTER.test(text.slice(first.end, first.end + 6))) continue;
    const gap = /^[ \t]+/.exec(text.slice(first.end, first.end + 4))?.[0].length ?? 0;
    const second = gap > 0 ? wordAt(text, first.end + gap) : null;
    const two = second !== null && surnameLike(second.key);
    if (needsSurname && !two) continue;
    spans.push({ kind: 'name', start, end: two ? second.end : first.end });
  }
}

export function findRelatives(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  if (mayKin(text)) readAfter(text, KIN, false, spans);
  readAfter(text, SELF, true, spans);
  for (const sig of text.matchAll(SIGNATURE)) {
    const keys = sig[1]!.split(/[ \t]+/).map(fold);
    if (!keys.every(nameLike)) continue;
    // "St. Jude Parish", "Mt. Sinai": the full stop of a place's abbreviation ends no sentence.
    if (/\b(?:st|mt|ft)\.[ \t]+$/i.test(text.slice(Math.max(0, sig.index - 4), sig.index + sig[0].indexOf(sig[1]!)))) continue;
    // After a comma ("still waiting on my Lipitor, Orrin Tate"): a first name and a surname, each listed or no word, no town ("…, San Diego")
    // nor a place named with words ("…, Autumn Glen").
    if (sig[0].startsWith(',') && (keys.length !== 2 || !(FIRST_NAMES.has(keys[0]!) || noWord(keys[0]!)) || !(LAST_NAMES.has(keys[1]!) || noWord(keys[1]!)) || keys.some((k) => CITIES.has(k)) || PLACE_WORDS.has(keys[0]!))) continue;
    const start = sig.index + sig[0].lastIndexOf(sig[1]!);
    spans.push({ kind: 'name', start, end: start + sig[1]!.length });
  }
  if (!BIRTH_CUE.test(text)) return spans;
  for (const m of text.matchAll(BEFORE_BIRTH)) {
    const [a, b] = [fold(m[1]!), m[2] === undefined ? undefined : fold(m[2])];
    const start = m.index;
    if (b !== undefined && nameLike(a) && surnameLike(b)) spans.push({ kind: 'name', start, end: start + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!) + m[2]!.length });
    else if (b !== undefined && surnameLike(b) && (FIRST_NAMES.has(b) || !isKnownWord(b))) {
      const at = start + m[0].indexOf(m[2]!, m[1]!.length);
      spans.push({ kind: 'name', start: at, end: at + m[2]!.length });
    } else if (b === undefined && (FIRST_NAMES.has(a) || !isKnownWord(a)) && nameLike(a)) spans.push({ kind: 'name', start, end: start + m[1]!.length });
  }
  return spans;
}
