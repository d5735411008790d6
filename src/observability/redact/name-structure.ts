import { townAsPerson } from './name-towns.ts';
import type { PiiSpan } from './kinds.ts';
import { blanks, unknown, usable, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, WORDY_NAMES, fold, isFunctionWord, isKnownWord, isVerb } from './lexicon.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { needs } from './gate.ts';

/**
 * Names that the shape of the text gives away rather than a cue word (issue #14, third follow-up):
 * - a name opening a sentence before a verb, a comma and "my …", "from" or a colon ("Eleonora takes …",
 *   "Radomir, my husband, …", "bartholomew is asking …", "Yesenia dice …"); a name no list holds only
 *   before what a person does ("Obiageli wants to know"), so "Rinvoq needs a PA" stays;
 * - a name in parentheses or between commas after a relative, a member of staff or the patient ("my
 *   daughter (Wrenna)", "the rep (Quillon)", "Your representative, Fenella, told me", "The patient (…)"),
 *   or before a relative in parentheses ("Wrenna (my daughter)"); "your agent Tobiah";
 * - two capitalised words no list holds after "by", "for", "to", "dear" … ("Ordered by Wairimu Kamau"),
 *   unless they read like a disease ("Tardive Dyskinesia", "… syndrome");
 * - "for X, I'm his mom", "X she's my mom", "soy su mamá"; "my kids X and Y"; "sister X";
 * - a greeting that opens a line ("Hi Grace,", "> Good morning Alejandro,") and the writer of a quoted
 *   mail ("On Tue, Nov 3 … Lysander Whitcombe wrote:").
 * And, from the names found already: a second name after or before "and", "&" or "or" ("Amadou &
 * Fatoumata Keita", "ikenna and chidinma"), a surname after a filler ("chidera uh nwosu"), and a part of
 * a name repeated on its own ("… Farquharson. Farquharson is also the name on the card").
 * Medicines, pharmacies, plans, brands ("CareRx") and towns are never names; a word the lexicon knows
 * needs a capital and a listed name.
 */
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const adjacent = (text: string, a: Token, b: Token | undefined) => b !== undefined && blanks(text, a.end, b.start);
// "CareRx", "OneTouch", "PharmD": a brand's capital inside the word; "McDonald", "DeShawn", "MacLeod", "O'Brien" are names.
const CAMEL = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
// A specialist ("Pulmonologist said …") is no name.
const plausible = (t: Token) => LOWER.test(t.word) && !CAMEL.test(t.word) && !t.key.endsWith('ologist') && usable(t) && !isFunctionWord(t.key) && !namesDrug(t.key);
/**
 * A word that can open a name here: a listed first name that is no word, or a capitalised word nobody uses
 * otherwise; in lower case an unlisted word must look English-spelled ("tuổi" and the other words of the
 * corpus's languages are no names).
 */
const opens = (t: Token) => ((FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)) || (unknown(t) && (CAPITAL.test(t.word) || /^(?:[a-z]{4,}|[a-z]{2,}(?:-[a-z]{2,})+)$/.test(t.word)))) && plausible(t);
/** A word that can go on with a name: a surname, a first name, or a word nobody uses otherwise, with the first word's capital. */
const continues = (first: Token, t: Token) =>
  plausible(t) && CAPITAL.test(t.word) === CAPITAL.test(first.word) && ((LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)) || FIRST_NAMES.has(t.key) || unknown(t) || (CAPITAL.test(t.word) && !isKnownWord(t.key)));

/** The name starting at token `i` (one to three words), as the index past its last word, or -1. */
function nameAt(text: string, tokens: readonly Token[], i: number, first = opens): number {
  const t = tokens[i];
  if (t === undefined || !first(t)) return -1;
  let j = i + 1;
  while (j < i + 3 && adjacent(text, tokens[j - 1]!, tokens[j]) && continues(t, tokens[j]!)) j++;
  return j;
}
const span = (tokens: readonly Token[], i: number, j: number): PiiSpan => ({ kind: 'name', start: tokens[i]!.start, end: tokens[j - 1]!.end });

const PERSON_VERBS = new Set('wants wanted thinks thought feels felt knows knew wonders wondered quiere quería pregunta preguntó'.split(' '));
const CALLER_VERBS = new Set([...PERSON_VERBS, ...'called calls needs needed said says asked asks told tells'.split(' ')]);
const PERSON_BEFORE = new Set('by for from with to dear cc attn'.split(' '));
// "Ellis-van Creveld syndrome": a disease named after people.
const EPONYM = new Set('syndrome disease disorder palsy sign test scale procedure reflex virus tumor tumour cancer'.split(' '));
const CLINICAL = /(?:ia|ic|us|ous|is|al|ar|oma|osis|itis|emia|pathy|ine|ide|ate|ase|ol|um|ex|ax|yl)$/;
// What a person does in a Spanish sentence after their name: "Guadalupe dice que no llegó".
const SPANISH_VERBS = new Set('dice dijo tiene tenía toma tomó tomaba necesita quiere quería está estaba llamó pregunta preguntó fue es recibió'.split(' '));
// "Austin is where I picked it up": a place.
const PLACE_IS = /^[ \t]+where\b/i;
const SENTENCE_START = /(?:^|[.!?:\n]["')]?)[ \t>"'(]*$/;
// What follows a name that opens a sentence: ", my husband", " from the pharmacy", ": my copay".
const AFTER_OPENING = /[ \t]*(?:,[ \t]*(?:my|our|his|her|mi)\b|from\b|:)/iy;
const KIN = 'daughter|son|mother|father|mom|dad|wife|husband|sister|brother|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|nephew|partner|child|kid|baby|neighbou?r|friend|caregiver|hija|hijo|madre|padre|esposa|esposo';
const STAFF = 'representative|rep|agent|associate|specialist|advocate|coordinator|supervisor|manager|technician|tech|operator';
const AFTER_KIN = new RegExp(String.raw`[ \t]*,[ \t]*(?:my|our|his|her|mi)\s+(?:${KIN})\b`, 'iuy');
// "my daughter (Wrenna)", "the rep (Quillon)", "Your representative, Fenella, told", "your agent Tobiah on the phone".
// "the patient (Ana Ruiz)", "the cardholder (ana ruiz)": whose record it is, in parentheses.
const HOLDER = 'patient|caller|member|customer|cardholder|account\\s+holder|subscriber|beneficiary|dependent|recipient|paciente';
const AFTER_WHO = new RegExp(String.raw`\b(?:(?:(?:my|our|his|her|the|mi)\s+)?(?:${KIN})\s*\(|(?:my|our|his|her|the|mi|\p{L}+['’]s)\s+(?:${KIN})\s*,|(?:the|our|this|el|la)\s+(?:${HOLDER})\s*\(|(?:your|the|an?|that|this)\s+(?:${STAFF})\s*[(,]?)\s*`, 'giu');
// "Wrenna (my daughter)"
const KIN_IN_PARENTHESES = new RegExp(String.raw`^[ \t]*\((?:my|our|his|her)\s+(?:${KIN})\)`, 'iu');
// "On Tue, Nov 3, 2026 at 9:14 AM Lysander Whitcombe <l@x.com> wrote:", "El lun, 2 nov, Ana Ruiz escribió:"
const WROTE = /(?:^|\n)[> \t]*(?:On|El)\b[^\n]{0,100}?((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)[ \t]*(?:<[^>\n]*>)?[ \t]*(?:wrote|escribió)[ \t]*:/dgu;
const PARENT = 'mom|mother|dad|father|parent|guardian|caregiver|grandma|grandmother|grandpa|grandfather|aunt|uncle|mam[aá]|pap[aá]|madre|padre|abuel[ao]|t[ií][ao]|cuidador[ao]?';
const PARENT_AFTER = new RegExp(
  String.raw`(?<=\p{L})[ \t]*,?[ \t]+(?:(?:i['’]?m|i\s+am|soy)\s+(?:his|her|their|su)\s+(?:${PARENT})|(?:she|he)(?:['’]?s|\s+is)\s+(?:my|our)\s+(?:${KIN}|${PARENT}))(?!\p{L})`,
  'giu',
);
const KIDS = /\b(?:my|our)\s+(?:kids|children|sons|daughters|twins|grandkids|grandchildren|boys|girls|parents)\s+/giu;
const RELIGIOUS = /(?<!\b(?:my|his|her|your|our|their|a|the|mi|su|big|little|older|younger|twin|half|step)\s+)\b(?:sister|brother|father)\s+(?=\p{L})/giu;
// Cheap tests that skip a pattern on the messages it cannot match (most of them).
const STAFF_HINT = new RegExp(String.raw`\b(?:${STAFF})\b`, 'i');
const KIN_COMMA = new RegExp(String.raw`\b(?:${KIN})\s*,`, 'i');
const PARENT_HINT = /\b(?:i['’]?m|am|soy|she['’]?s|he['’]?s|is)\s+(?:his|her|their|su|my|our)\s/i;
const RELIGIOUS_HINT = /\b(?:sister|brother|father)\s/i;
// Its words looked for in the lower-cased text first (gate.ts): most messages name no sister, brother or father.
const mayBeReligious = needs(RELIGIOUS_HINT, ['sister', 'brother', 'father']);
const GREETING = /(?:^|\n)[> \t]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|morning|hola|buenos\s+d[ií]as|buenas\s+tardes|estimad[oa])[ \t]+(?=\p{Lu})/giu;
const NOT_A_WRITER = /^(?:AM|PM|UTC|GMT|[A-Z]{2,4}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** The index of the first token that starts at or after `at`. */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function namesInStructure(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const parentheses = text.includes('(');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A sentence's first words, before a verb or what a person is ("Nomvula Mokoena called", "Radomir, my husband").
    // Only a gap wider than one space can hold the end of a sentence.
    const gapFrom = i === 0 ? 0 : tokens[i - 1]!.end;
    if ((i === 0 || t.start - gapFrom > 1) && SENTENCE_START.test(text.slice(gapFrom, t.start))) {
      // A listed surname opens one too when a name word follows ("Huynh Thi Lan is my mother").
      const surname = LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && CAPITAL.test(t.word) && plausible(t);
      const j = nameAt(text, tokens, i, (w) => opens(w) || surname);
      if (j > 0 && (j - i > 1 || opens(t))) {
        const next = tokens[j];
        AFTER_OPENING.lastIndex = tokens[j - 1]!.end;
        const verb = next !== undefined && adjacent(text, tokens[j - 1]!, next) && (isVerb(next.key) || SPANISH_VERBS.has(next.key)) && !CAPITAL.test(next.word) && !PLACE_IS.test(text.slice(next.end, next.end + 8));
        // One word must be a listed first name, or be followed by what only a person does or is ("Obiageli wants to know",
        // "Radomir, my husband"): "Rinvoq needs a PA" and "Wellcare denied it" name a medicine and a plan no list holds.
        AFTER_KIN.lastIndex = tokens[j - 1]!.end;
        const person = (verb && PERSON_VERBS.has(next.key)) || AFTER_KIN.test(text);
        // Two words no list holds need a listed word or a verb of a person, a caller's included ("Nomvula Mokoena
        // called", "… needs"): "Eventhough Elocon is effective" names a cream.
        const listed = tokens.slice(i, j).some((w) => FIRST_NAMES.has(w.key) || LAST_NAMES.has(w.key)) || (verb && CALLER_VERBS.has(next.key)) || person;
        // "Orlando is too far to drive": a town that is a first name too, alone, opens a sentence as often as a person does.
        const town = j - i === 1 && !person && !townAsPerson(text, t.start, t.end, t.key);
        if ((verb || AFTER_OPENING.test(text)) && !town && (FIRST_NAMES.has(t.key) || (j - i > 1 && listed) || (person && CAPITAL.test(t.word)))) {
          spans.push(span(tokens, i, j));
          i = j - 1;
          continue;
        }
      }
    }
    // Two capitalised words no list or dictionary holds after a word that points at a person ("Ordered by Wairimu
    // Kamau"), neither with the ending of a disease's or a drug's Latin or Greek name ("Tardive Dyskinesia").
    const next = tokens[i + 1];
    // The second word may be a listed surname ("Re: order for Lars-Erik Svensson").
    if (i > 0 && PERSON_BEFORE.has(tokens[i - 1]!.key) && CAPITAL.test(t.word) && next !== undefined && CAPITAL.test(next.word) && adjacent(text, t, next) && unknown(t) && (unknown(next) || (LAST_NAMES.has(next.key) && !WORDY_NAMES.has(next.key))) && !CLINICAL.test(t.key) && !CLINICAL.test(next.key) && !EPONYM.has(tokens[i + 2]?.key ?? '') && plausible(t) && plausible(next)) {
      spans.push(span(tokens, i, i + 2));
      i++;
      continue;
    }
    // "Wrenna (my daughter)", "Casimir Dudek (my father)"
    if (parentheses && KIN_IN_PARENTHESES.test(text.slice(t.end, t.end + 40)) && (opens(t) || (plausible(t) && CAPITAL.test(t.word) && !isKnownWord(t.key)))) {
      const before = tokens[i - 1];
      const k = before !== undefined && adjacent(text, before, t) && opens(before) && continues(before, t) ? i - 1 : i;
      spans.push(span(tokens, k, i + 1));
    }
  }
  // A relative or a member of staff, then the name.
  AFTER_WHO.lastIndex = 0;
  if (parentheses || STAFF_HINT.test(text) || KIN_COMMA.test(text)) for (let m = AFTER_WHO.exec(text); m !== null; m = AFTER_WHO.exec(text)) {
    const i = tokenAt(tokens, AFTER_WHO.lastIndex);
    const t = tokens[i];
    if (t === undefined || t.start !== AFTER_WHO.lastIndex) continue;
    const parenthesis = m[0].includes('(') || m[0].includes(',');
    // After a bare "your agent" only a capitalised name: "your agent Tobiah", not "a manager callback".
    if (!parenthesis && !CAPITAL.test(t.word)) continue;
    // Between commas or in parentheses a capitalised name that is a word too ("the rep, Blessing, was great").
    const listed = (w: Token) => FIRST_NAMES.has(w.key) || (LAST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key)) || (CAPITAL.test(w.word) && (ANY_FIRST_NAMES.has(w.key) || WORDY_NAMES.has(w.key)));
    const j = nameAt(text, tokens, i, (w) => opens(w) || (parenthesis && plausible(w) && (listed(w) || (!isKnownWord(w.key) && (CAPITAL.test(w.word) || /^[a-z]+$/.test(w.word))))));
    // In parentheses the name closes them; between commas ("The caregiver, Abena, will …") a comma or the end follows.
    const rest = j < 0 ? '' : text.slice(tokens[j - 1]!.end);
    if (j < 0 || (m[0].includes('(') && !/^[ \t]*\)/.test(rest)) || (m[0].includes(',') && !/^[ \t]*(?:[,.!?]|$)/.test(rest))) continue;
    spans.push(span(tokens, i, j));
  }
  // "this is for ottokar i'm his mom", "Es para Itzayana, soy su mamá": the name before who the writer is to them.
  PARENT_AFTER.lastIndex = 0;
  if (PARENT_HINT.test(text)) for (let m = PARENT_AFTER.exec(text); m !== null; m = PARENT_AFTER.exec(text)) {
    const i = tokenAt(tokens, m.index) - 1;
    const t = tokens[i];
    if (t === undefined || !(opens(t) || (plausible(t) && !isKnownWord(t.key) && (CAPITAL.test(t.word) || /^[a-z]+(?:-[a-z]+)*$/.test(t.word))))) continue;
    const before = tokens[i - 1];
    // A first name that is a word too may open it here: "calling about sunday okoro she's my mom".
    const k = before !== undefined && adjacent(text, before, t) && (opens(before) || (plausible(before) && ANY_FIRST_NAMES.has(before.key))) && continues(before, t) ? i - 1 : i;
    spans.push(span(tokens, k, i + 1));
  }
  // "my kids torvald and linnea": two children named together, one of them a listed first name.
  KIDS.lastIndex = 0;
  if (text.includes(' and ') || text.includes('&')) for (let m = KIDS.exec(text); m !== null; m = KIDS.exec(text)) {
    const i = tokenAt(tokens, KIDS.lastIndex);
    const [a, and, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    const either = (w: Token) => plausible(w) && (FIRST_NAMES.has(w.key) || (!isKnownWord(w.key) && /^\p{L}+$/u.test(w.key)));
    if (a?.start !== KIDS.lastIndex || and === undefined || b === undefined) continue;
    const joined = CONJUNCTION_WORD.test(and.word) && adjacent(text, a, and) && adjacent(text, and, b);
    if (joined && either(a) && either(b) && (FIRST_NAMES.has(a.key) || FIRST_NAMES.has(b.key) || (unknown(a) && unknown(b)))) spans.push(span(tokens, i, i + 1), span(tokens, i + 2, i + 3));
  }
  // "sister euphrasia from the convent", "Father Okonkwo-Reilly": a religious title, not "my sister".
  RELIGIOUS.lastIndex = 0;
  if (mayBeReligious(text) && RELIGIOUS_HINT.test(text)) for (let m = RELIGIOUS.exec(text); m !== null; m = RELIGIOUS.exec(text)) {
    const i = tokenAt(tokens, RELIGIOUS.lastIndex);
    if (tokens[i]?.start !== RELIGIOUS.lastIndex) continue;
    const j = nameAt(text, tokens, i);
    if (j > 0) spans.push(span(tokens, i, j));
  }
  // A greeting that opens a line and names who is greeted: "Hi Grace,", "Good morning Alejandro,", "> Hi Fenella,".
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m !== null; m = GREETING.exec(text)) {
    const i = tokenAt(tokens, GREETING.lastIndex);
    const t = tokens[i];
    if (t?.start !== GREETING.lastIndex) continue;
    const greeted = (w: Token) => CAPITAL.test(w.word) && plausible(w) && (ANY_FIRST_NAMES.has(w.key) || LAST_NAMES.has(w.key) || !isKnownWord(w.key));
    const j = nameAt(text, tokens, i, greeted);
    if (j > 0 && /^[ \t]*(?:[,!:]|\r?\n)/.test(text.slice(tokens[j - 1]!.end))) spans.push(span(tokens, i, j));
  }
  WROTE.lastIndex = 0;
  if (text.includes('wrote') || text.includes('escribió')) for (let m = WROTE.exec(text); m !== null; m = WROTE.exec(text)) {
    const [from] = m.indices![1]!;
    // The words before "wrote:", less a time's "AM" or a date's "Nov" that the pattern took in.
    const words = [...m[1]!.matchAll(/\S+/g)].filter((w) => !NOT_A_WRITER.test(w[0].replace(/\.$/, '')));
    const [first, last] = [words[0], words[words.length - 1]];
    // "CareRx Notifications wrote:", "Pharmacy Team wrote:": a sender that is a brand or words is no person.
    const listed = (k: string) => FIRST_NAMES.has(k) || LAST_NAMES.has(k);
    const keys = words.map((w) => fold(w[0]));
    const person = words.every((w) => !CAMEL.test(w[0])) && keys.every((k) => listed(k) || !isKnownWord(k)) && keys.some((k) => FIRST_NAMES.has(k) || (keys.length > 1 && !isKnownWord(k)));
    if (first !== undefined && last !== undefined && person) spans.push({ kind: 'name', start: from + first.index, end: from + last.index + last[0].length });
  }
  return spans;
}

const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'ah', 'eh']);
const CONJUNCTION_WORD = /^(?:and|or|y|e)$/i;

/**
 * Names beside names found already: a second name after "and", "&" or "or", on either side, and a part of a
 * name (no word, three letters or more) wherever the message repeats it alone.
 */
export function namesBesideNames(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Each part with whether the name wrote it with a capital: a capitalised part is repeated only with its capital
  // ("Little Sprouts Daycare … from daycare" is no name twice); an acronym is no part ("GCS").
  const parts = new Map<string, boolean>();
  for (const name of names) {
    const i = tokenAt(tokens, name.start);
    let j = i;
    while (j < tokens.length && tokens[j]!.end <= name.end) {
      const { key, word } = tokens[j]!;
      if (key.length > 2 && LOWER.test(word) && !CAMEL.test(word) && (CAPITAL.test(word) || /^[a-z]+$/.test(word)) && !isKnownWord(key) && !isFunctionWord(key) && !WORDY_NAMES.has(key) && !NOT_A_NAME.has(key)) {
        parts.set(key, (parts.get(key) ?? false) || CAPITAL.test(word));
      }
      j++;
    }
    if (j === i) continue;
    const first = tokens[i]!;
    // In lower case only a listed first name ("… and birthdate" stays); with capitals a word nobody uses otherwise too.
    const coordinated = (w: Token) => plausible(w) && CAPITAL.test(w.word) === CAPITAL.test(first.word) && ((FIRST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key)) || (CAPITAL.test(w.word) && unknown(w)));
    // "ikenna and chidinma", "Amadou & Fatoumata Keita": the conjunction lies between the two names.
    const after = tokens[j];
    let n = -1;
    if (after !== undefined && /^[ \t]*(?:,[ \t]*)?&[ \t]*$/.test(text.slice(name.end, after.start))) n = j;
    else if (after !== undefined && CONJUNCTION_WORD.test(after.word) && /^[ \t]*(?:,[ \t]*)?$/.test(text.slice(name.end, after.start)) && adjacent(text, after, tokens[j + 1])) n = j + 1;
    const k2 = n < 0 ? -1 : nameAt(text, tokens, n, coordinated);
    if (k2 > 0) spans.push(span(tokens, n, k2));
    // "this is uh chidera uh nwosu calling": a filler between a first name and the surname.
    const surname = tokens[j + 1];
    if (after !== undefined && FILLERS.has(after.key) && adjacent(text, after, surname) && surname !== undefined && plausible(surname) && ((LAST_NAMES.has(surname.key) && !WORDY_NAMES.has(surname.key)) || unknown(surname))) {
      spans.push(span(tokens, j + 1, j + 2));
    }
    // "Amadou & Fatoumata Keita" (a sign between them), "torvald and linnea" (a word between them).
    const before = tokens[i - 1];
    let k = -1;
    if (before !== undefined && /^[ \t]*&[ \t]*$/.test(text.slice(before.end, name.start))) k = i - 1;
    else if (before !== undefined && CONJUNCTION_WORD.test(before.word) && adjacent(text, before, first) && i > 1 && /^[ \t]*(?:,[ \t]*)?$/.test(text.slice(tokens[i - 2]!.end, before.start))) k = i - 2;
    const w = tokens[k];
    // Before the conjunction a surname may end the first name: "Fenwick Ostrander and Leocadia Ostrander".
    if (w !== undefined && (coordinated(w) || (plausible(w) && CAPITAL.test(w.word) && CAPITAL.test(first.word) && LAST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key)))) {
      const p = tokens[k - 1];
      // "Fenwick Ostrander and …": the word before, a listed name or one nobody uses otherwise, with the same capital.
      const s = p !== undefined && adjacent(text, p, w) && plausible(p) && CAPITAL.test(p.word) === CAPITAL.test(w.word) && (FIRST_NAMES.has(p.key) || (LAST_NAMES.has(p.key) && !WORDY_NAMES.has(p.key)) || unknown(p)) ? k - 1 : k;
      spans.push(span(tokens, s, k + 1));
    }
  }
  if (parts.size > 0) {
    for (const t of tokens) {
      const capital = parts.get(t.key);
      if (capital !== undefined && (!capital || CAPITAL.test(t.word)) && LOWER.test(t.word) && !names.some((n) => n.start <= t.start && t.end <= n.end)) spans.push({ kind: 'name', start: t.start, end: t.end });
    }
  }
  return spans;
}
