import type { PiiSpan } from './kinds.ts';
import { unknown, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, RARE_FIRST_NAMES, WORDY_NAMES, isDescribingWord, isOrganisation, isUsTown, withoutPossessiveS } from './lexicon.ts';
import { ROLES, adjacent, nameLike, openingWord } from './name-clues.ts';
import { STATE_NAMES } from './detectors.ts';
import { personAround } from './name-towns.ts';

/**
 * Names in free text with no cue before them (issue #14, ninth follow-up, read on the real-text DEV half):
 * - two capitalised words no list or dictionary holds, side by side inside a sentence ("PSG sign Gonçalo Guedes", "by
 *   Petteri Tarkkonen"), or a listed first name before such a word ("Santi Cazorla produced");
 * - a first name opening the message that the writer addresses ("Lily I love your videos", "Katy that's me", "alex when
 *   you two come", "dmckee, I think you should", "Kevin, thanks for the help");
 * - a listed first name opening a sentence before "is", "was" or its possessive and a word that describes ("Norman is busy",
 *   "Jason's so rude").
 * A town needs a person's sign (name-towns.ts); medicines, pharmacies, plans, firms and roles stay.
 */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// After the name: a condition, a test or a vaccine named after someone ("Cohen syndrome", "Fournier gangrene", "Jansen shot"),
// or a place or a firm ("Westgate branch", "Tollison group", "Quinn & Hart").
const THING_AFTER = /^(?:[ \t]+(?:syndrome|disease|gangrene|type|anomaly|sign|test|scale|score|reflex|palsy|procedure|maneuver|manoeuvre|shot|vaccine|branch|store|office|location|group|firm|clinic|pharmacy|center|centre|hospital|street|road|avenue|county|area|plan|family)\b|[ \t]*[-–&])/iu;
// Greetings and kin words that lists hold as first names ("Olá, preciso …", "Mija, …").
const NOT_ADDRESSED = new Set('ola hola aloha ciao salut bonjour hallo hej namaste shalom mija mijo'.split(' '));
const listedFirst = (t: Token) => FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key);
const listedSurname = (t: Token) => LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !FIRST_NAMES.has(t.key);
const HYPHEN = /[-–]/u;
const plain = (t: Token) => nameLike(t) && !NOT_A_NAME.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !ROLES.has(t.key);
const townOk = (text: string, t: Token) => !isUsTown(t.key) || personAround(text, t.start, t.end);

function unknownPairs(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!CAPITALISED.test(a.word) || !CAPITALISED.test(b.word) || !adjacent(text, a, b) || !plain(a) || !plain(b)) continue;
    // One of the two a name list holds: "Santi Cazorla", "Petteri Tarkkonen" (not "Yom Kippur", "Apna Sangeet").
    // A first name that is a word too ("Frank Solich", "Hope Adeyemi") with a surname no list holds.
    const pair = (unknown(a) && listedSurname(b)) || ((listedFirst(a) || RARE_FIRST_NAMES.has(a.key) || ANY_FIRST_NAMES.has(a.key)) && townOk(text, a) && unknown(b) && !HYPHEN.test(text.charAt(b.end)));
    if (!pair || THING_AFTER.test(text.slice(b.end, b.end + 12))) continue;
    const c = tokens[i + 2];
    // "Vrĳzinnige Partĳ Klein": a third capitalised word makes a title or an organisation's name as often.
    if (c !== undefined && adjacent(text, b, c) && CAPITALISED.test(c.word)) {
      i += 2;
      continue;
    }
    spans.push({ kind: 'name', start: a.start, end: b.end });
    i++;
  }
}

// What the writer goes on with after the name of the one they address; or a stop after a name opening a sentence ("Stephen, the
// Intellectual.", "Charlene; it's weird", "Emerson?!").
const TO_SOMEONE = /^(?:[ \t]*[,!][ \t]*|[ \t]+)(?:i|i['’]m|you|your|u|ur|we|thanks|thank|please|pls|can|could|would|when|why|how|do|did|that['’]s|it['’]s|coming|nice|great|love)\b/iu;
const STOP_AFTER = /^[ \t]*[,;:!?]/u;
const STATE = new RegExp(`^(?:${STATE_NAMES})$`, 'iu');
function addressed(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!openingWord(text, tokens, i) || !plain(t) || !(listedFirst(t) || RARE_FIRST_NAMES.has(t.key)) || STATE.test(t.key) || NOT_ADDRESSED.has(t.key)) continue;
    const after = text.slice(t.end, t.end + 16);
    if (!(TO_SOMEONE.test(after) || (CAPITALISED.test(t.word) && STOP_AFTER.test(after))) || !townOk(text, t)) continue;
    spans.push({ kind: 'name', start: t.start, end: t.end });
  }
}

const IS = /^(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:(?:so|really|very|such|always|never)[ \t]+)?(\p{L}+)/iu;
function openersDescribed(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Jason's so rude": the name without its "'s".
    const key = withoutPossessiveS(t.key);
    const end = t.start + key.length;
    const name = { ...t, key, end, word: t.word.slice(0, key.length) };
    if (!CAPITALISED.test(t.word) || !listedFirst(name) || !plain(name) || !openingWord(text, tokens, i)) continue;
    const m = IS.exec(text.slice(end, end + 32));
    if (m === null || !isDescribingWord(m[1]!.toLowerCase()) || !townOk(text, name)) continue;
    spans.push({ kind: 'name', start: t.start, end });
  }
}

// After these a capitalised surname is the head of a place's, a firm's or a work's name ("the Hilton", "at Kroger", "in Murray").
const THING_BEFORE = new Set('the a an at in on to from near of by via into onto towards toward this that these those your our their my his her its de del la el los las en al da das do dos der die den dem des du le les di calle rue rua avenida av plaza paseo plan plano'.split(' '));
// "dr is Patel", "my doctor was Okafor": a clinician, who stays (redact.ts).
const CLINICIAN_IS = /\b(?:dr|doctor|prescriber|physician|provider|pcp)\s+(?:is|was)\s+$/iu;
// Languages that are census surnames too ("Do you have English instructions?").
const LANGUAGES = new Set('english spanish french german italian portuguese russian chinese japanese korean vietnamese polish arabic hindi irish dutch welsh scottish greek'.split(' '));
function surnamesAlone(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CAPITALISED.test(t.word) || !listedSurname(t) || LANGUAGES.has(t.key) || isDescribingWord(t.key) || !plain(t) || isUsTown(t.key) || openingWord(text, tokens, i)) continue;
    const [before, after] = [tokens[i - 1]!, tokens[i + 1]];
    if (THING_BEFORE.has(before.key) || (adjacent(text, before, t) && CAPITALISED.test(before.word)) || (after !== undefined && adjacent(text, t, after) && CAPITALISED.test(after.word))) continue;
    if (THING_AFTER.test(text.slice(t.end, t.end + 12)) || /&[ \t]*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) || CLINICIAN_IS.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    spans.push({ kind: 'name', start: t.start, end: t.end });
  }
}

// "Lafayette from Walgreens called me", "eugene from the billing team left a voicemail": who opens a sentence, where they work, what they did.
const FROM_WORK_DID = /^[ \t]+from[ \t]+(?:(?:the|your|our)[ \t]+)?(?:[\p{L}'’&.-]+[ \t]+){1,3}?(?:called|said|told|left|texted|emailed|asked|says|wants|rang|phoned|faxed)\b/iu;
// What FROM_WORK_DID needs right after the word: a cheap test before the word's own (set look-ups, the sentence's opening).
const FROM_NEXT = /[ \t]+from[ \t]/iuy;
function openersFromWork(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    FROM_NEXT.lastIndex = t.end;
    if (!FROM_NEXT.test(text)) continue;
    if (!(ANY_FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key) || unknown(t)) || !plain(t) || !openingWord(text, tokens, i)) continue;
    if (FROM_WORK_DID.test(text.slice(t.end, t.end + 60))) spans.push({ kind: 'name', start: t.start, end: t.end });
  }
}

export function namesInFreeText(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  unknownPairs(text, tokens, spans);
  addressed(text, tokens, spans);
  openersDescribed(text, tokens, spans);
  surnamesAlone(text, tokens, spans);
  if (text.includes('from')) openersFromWork(text, tokens, spans);
  return spans;
}
