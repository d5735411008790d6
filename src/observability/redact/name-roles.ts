import type { PiiSpan } from './kinds.ts';
import { namesRecurring } from './name-repeats.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { US_STATES } from './detectors.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, WORDY_NAMES, fold, endsPossessive, isDescribingWord, isFunctionWord, isKnownWord, isOrganisation } from './lexicon.ts';
import { FROM_WHERE, ROLES, adjacent, nameFrom, nameLike, rare, span } from './name-clues.ts';

/**
 * Names the tenth issue #14 follow-up found missed in text written blind (data/pii/dev-names-10), by kind:
 * - a person named by the work they do for the customer: "agent Trinity", "the pharmacist gokhan", "The delivery person,
 *   Vusi, said", "your pharmacist Amara", "el repartidor chuy" (a clinician's title, "dr", "nurse", stays: redact.ts);
 * - a name before a relation in parentheses: "Sunny (my son-in-law)", "Mthunzi Dlamini (son)";
 * - a hyphenated first name: "mary-kate here", "Anne-Sophie";
 * - a name no list holds or a listed first name before where the person works, anywhere in a sentence: "then brianna from
 *   billing hung up", "told by marites at the front desk";
 * - a name spelled back letter by letter after it: "barnaby quist q u i s t", "pham van duc d u c" (the word it spells is a
 *   name, and so is the same word said before);
 * - Vietnamese names: words with letters only Vietnamese writes ("bùi thị hằng"), or a Vietnamese family name before two
 *   capitalised given names ("Ngo Thanh Tam");
 * - a relative's name with a possessive: "my sister rukmini's place".
 */
const CAPITAL = /^\p{Lu}/u;
// Who works for the customer or the service and is named by it; not a clinician (their name stays).
const ROLE = new Set(
  ('agent rep representative pharmacist pharmacists tech technician driver courier caregiver carer aide coordinator advocate ' +
    'dispatcher deliveryman mailman mailwoman repartidor repartidora farmacéutico farmacéutica farmaceutico farmaceutica ' +
    'cuidador cuidadora chofer chófer agente asesor asesora mensajero mensajera gestor gestora').split(' '),
);
// "delivery person", "delivery guy", "the guy from ups": a role of two words.
const ROLE_PAIR = /^(?:delivery|delivering|ups|fedex|usps|mail|pharmacy|case|care|home|health|support|billing|intake)$/;
const ROLE_SECOND = new Set('person guy lady man woman driver tech agent rep manager worker aide coordinator'.split(' '));
// "(my son-in-law)", "(son)", "(her caregiver)": a relation or a role after a name.
const RELATION = /^[ \t]*\((?:(?:my|his|her|their|our|the|mi|su)[ \t]+)?(?:son|daughter|wife|husband|mother|father|mom|dad|brother|sister|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|partner|fianc[eé]e?|caregiver|neighbou?r|friend|roommate|guardian|hij[oa]|espos[oa]|madre|padre|herman[oa])(?:-in-law)?[ \t]*[),]/iu;
const AT_WORK = /^[ \t]+at[ \t]+(?:the|your|our)[ \t]+(?:[\p{L}'’.&-]+[ \t]+){0,3}?(?:pharmacy|office|clinic|billing|store|desk|department|team|practice|hospital|lab|counter|window|call[ \t]+cent(?:er|re))\b/iu;
// Letters only Vietnamese writes (ơ, ư, đ and the letters with two marks or a dot below, U+1EA0–U+1EF9).
const VIETNAMESE = /[ơưđƠƯĐ\u1EA0-\u1EF9]/u;
const VIET_FAMILY = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh luong'.split(' '));
const KIN = /\b(?:my|our|his|her)[ \t]+(?:sister|brother|mother|father|mom|dad|wife|husband|son|daughter|aunt|uncle|niece|nephew|cousin|grandma|grandpa|friend|neighbou?r|caregiver|roommate)[ \t]+$/iu;

/** A word that can only be a person's name after a role: capitalised or a word no list holds, no town, firm, role or medicine. */
const named = (t: Token, capitalCase: boolean) =>
  usable(t) && nameLike(t) && !ROLES.has(t.key) && !ROLE.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !isDescribingWord(t.key) && !NOT_A_NAME.has(t.key) && (capitalCase ? CAPITAL.test(t.word) && t.word !== t.word.toUpperCase() && (!isKnownWord(t.key) || ANY_FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key)) : rare(t));
const surnameWord = (first: Token, t: Token) => usable(t) && nameLike(t) && CAPITAL.test(t.word) === CAPITAL.test(first.word) && (unknown(t) || (LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)) || (FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)));

function afterRoles(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    let r = -1;
    if (ROLE.has(t.key)) r = i;
    else if (ROLE_PAIR.test(t.key) && ROLE_SECOND.has(tokens[i + 1]!.key) && adjacent(text, t, tokens[i + 1])) r = i + 1;
    if (r < 0) continue;
    const k = r + 1;
    const next = tokens[k];
    if (next === undefined) break;
    const gap = text.slice(tokens[r]!.end, next.start);
    // "agent Trinity", "pharmacist gokhan"; "The delivery person, Vusi, said" (a name between commas, capitalised only).
    const apposed = /^[ \t]*,[ \t]*$/.test(gap);
    if (!(/^[ \t]+$/.test(gap) || apposed)) continue;
    const capitalCase = CAPITAL.test(next.word);
    if (apposed && !capitalCase) continue;
    if (!named(next, capitalCase)) continue;
    let j = k + 1;
    while (j < k + 3 && adjacent(text, tokens[j - 1]!, tokens[j]) && surnameWord(next, tokens[j]!)) j++;
    if (apposed && !/^[ \t]*[,)]/.test(text.slice(tokens[j - 1]!.end))) continue;
    spans.push(span(tokens, k, j));
    i = j - 1;
  }
}

function beforeRelation(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!text.includes('(')) return;
  for (let j = 1; j <= tokens.length; j++) {
    const last = tokens[j - 1]!;
    const open = text.indexOf('(', last.end);
    if (open < 0) break;
    if (!/^[ \t]*$/.test(text.slice(last.end, open)) || !RELATION.test(text.slice(last.end, last.end + 40))) continue;
    // Back over up to three capitalised name words: "Mthunzi Dlamini (son)", "Sunny (my son-in-law)".
    let i = j - 1;
    const word = (t: Token) => CAPITAL.test(t.word) && usable(t) && nameLike(t) && !ROLES.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && (!isKnownWord(t.key) || ANY_FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key));
    if (!word(last)) continue;
    while (i > 0 && j - i < 3 && adjacent(text, tokens[i - 1]!, tokens[i]) && word(tokens[i - 1]!)) i--;
    spans.push(span(tokens, i, j));
  }
}

function hyphenated(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.key.includes('-') || t.glued) continue;
    const parts = t.key.split('-');
    if (parts.length !== 2 || !parts.every((p) => p.length > 2 && FIRST_NAMES.has(p) && !WORDY_NAMES.has(p) && !NOT_A_NAME.has(p) && !namesDrug(p))) continue;
    let j = i + 1;
    while (j < i + 3 && adjacent(text, tokens[j - 1]!, tokens[j]) && surnameWord(t, tokens[j]!)) j++;
    spans.push(span(tokens, i, j));
  }
}

function atWork(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\b(?:from|at)\b/i.test(text)) return;
  const strong = (w: Token) => nameLike(w) && !ROLES.has(w.key) && !ROLE.has(w.key) && !CITIES.has(w.key) && !isOrganisation(w.key) && !isDescribingWord(w.key) && ((FIRST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key)) || unknown(w));
  for (let i = 0; i < tokens.length; i++) {
    // Cheap first: a word before "from" or "at" within three words.
    if (!tokens.slice(i + 1, i + 4).some((w) => w.key === 'from' || w.key === 'at')) continue;
    const j = nameFrom(text, tokens, i, strong);
    // "directions to Forbes and Murray from the clinic": a street corner; a listed first name wants no such word before it.
    if (j < 0 || (!unknown(tokens[i]!) && i > 0 && CORNER_BEFORE.has(tokens[i - 1]!.key))) continue;
    const after = text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 80);
    if (FROM_WHERE.test(after) || AT_WORK.test(after)) {
      spans.push(span(tokens, i, j));
      i = j - 1;
    }
  }
}

const CORNER_BEFORE = new Set('to and of on at near by from between corner past'.split(' '));
const letters = (s: string) => fold(s).replace(/[^a-z]/g, '');

function spelledBack(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  // Three letters or more, one a token, after a word: "… quist q u i s t".
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i]!.key.length !== 1 || tokens[i - 1]!.key.length === 1) continue;
    let j = i;
    while (j < tokens.length && tokens[j]!.key.length === 1 && (j === i || adjacent(text, tokens[j - 1]!, tokens[j]))) j++;
    if (j - i < 3) continue;
    const spelledOut = tokens.slice(i, j).map((t) => letters(t.word)).join('');
    // The word spelled is one of the two before the letters.
    for (const w of [i - 1, i - 2]) {
      const said = tokens[w];
      if (said === undefined || letters(said.word) !== spelledOut || namesDrug(said.key) || ROLES.has(said.key)) continue;
      spans.push(span(tokens, i, j));
      // The name it closes: the word before it when it can start a name, and the same word said before.
      const first = tokens[w - 1];
      const start = first !== undefined && adjacent(text, first, said) && nameLike(first) && usable(first) && (ANY_FIRST_NAMES.has(first.key) || (LAST_NAMES.has(first.key) && !WORDY_NAMES.has(first.key)) || unknown(first)) ? w - 1 : w;
      spans.push(span(tokens, start, w + 1));
      for (let k = 0; k < start; k++) {
        if (tokens[k]!.key !== tokens[start]!.key) continue;
        spans.push(span(tokens, k, tokens[k + 1]?.key === said.key && start !== w ? k + 2 : k + 1));
      }
      break;
    }
    i = j - 1;
  }
}

// A token's key is its word folded (tokenize): read, not folded again per word.
function vietnamese(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  const marked = tokens.filter((t) => VIETNAMESE.test(t.word)).length;
  // A message written in Vietnamese is not a name from end to end.
  if (marked > 0 && marked <= 3 && marked * 3 <= tokens.length) {
    for (let i = 0; i < tokens.length; i++) {
      if (!VIETNAMESE.test(tokens[i]!.word)) continue;
      let [a, b] = [i, i + 1];
      const part = (t: Token) => VIETNAMESE.test(t.word) || VIET_FAMILY.has(t.key) || (usable(t) && !isFunctionWord(t.key) && unknown(t));
      while (a > 0 && i - a < 3 && adjacent(text, tokens[a - 1]!, tokens[a]) && part(tokens[a - 1]!) && !STOP_BEFORE.has(tokens[a - 1]!.key)) a--;
      // A given name without marks after the middle name: "nguyễn thị loan".
      const given = (k: number) => VIET_MIDDLE.has(tokens[k - 1]!.key) && usable(tokens[k]!) && !isFunctionWord(tokens[k]!.key);
      while (b < tokens.length && b - a < 4 && adjacent(text, tokens[b - 1]!, tokens[b]) && (VIETNAMESE.test(tokens[b]!.word) || given(b))) b++;
      spans.push(span(tokens, a, b));
      i = b - 1;
    }
  }
  // "Ngo Thanh Tam": a family name first, then two capitalised given names no dictionary holds.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, c] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!VIET_FAMILY.has(a.key) || !CAPITAL.test(a.word) || !adjacent(text, a, b) || !adjacent(text, b, c)) continue;
    const given = (t: Token) => CAPITAL.test(t.word) && t.word !== t.word.toUpperCase() && usable(t) && nameLike(t) && !isKnownWord(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key);
    if (given(b) && given(c)) spans.push(span(tokens, i, i + 3));
  }
}
const VIET_MIDDLE = new Set(['thi', 'van']);
const STOP_BEFORE = new Set("i'm im is am soy this it's its".split(' '));

function kinPossessive(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (const t of tokens) {
    if (!endsPossessive(t.key) || t.key.length < 6 || t.glued) continue;
    const stem = t.key.slice(0, -2);
    const bare: Token = { ...t, word: t.word.slice(0, -2), key: stem, end: t.end - 2 };
    if (!nameLike(bare) || !rare(bare) || !KIN.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    spans.push({ kind: 'name', start: t.start, end: t.end - 2 });
  }
}

export function namesByRole(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  afterRoles(text, tokens, spans);
  beforeRelation(text, tokens, spans);
  hyphenated(text, tokens, spans);
  atWork(text, tokens, spans);
  spelledBack(text, tokens, spans);
  vietnamese(text, tokens, spans);
  kinPossessive(text, tokens, spans);
  return spans;
}

// What follows a verb read as a surname: "my daughter chiamaka pick it up", "que Maricela pueda recoger".
const OBJECT_AFTER = new Set('it them me him her us this that these those'.split(' '));
const SPANISH_TITLE = new Set(['don', 'doña', 'dona']);
const SPANISH_BEFORE_TITLE = new Set('de a con para por y que el la al del'.split(' '));
const PARTICLE = new Set('up off out back over down'.split(' '));
const SPANISH_VERBS = new Set('pueda puede pueden podría va vaya vayan tiene tenga está esté es sea quiere necesita recoja recoge llame llama venga viene haga hace sabe dice dijo firme firma pase pasa'.split(' '));
// "asked about Oscar coverage": a plan's name before what a plan gives.
// "Does Oscar cover Wegovy?", "Oscar won't cover it": what a plan does to a medicine (eleventh follow-up).
const PLAN_COVERS = /^[ \t]+(?:(?:won['’]?t|wont|doesn['’]?t|doesnt|does[ \t]+not|didn['’]?t|did[ \t]+not|will|would|should|still|now|only)[ \t]+)?cover(?:s|ed)?\b/iu;
const PLAN_AFTER = new Set('coverage plan plans insurance network benefits policy formulary copay copays premium premiums'.split(' '));
// A third word of a Spanish double surname that no list holds: "quintanilla barragán", not "atención".
const SPANISH_SURNAME = /(?:[aeiou]z|[áéíóú]n|[áéó]s)$/u;
const SPANISH_NOUN = /(?:ci|si)[oó]n$/u;
// Particles the first-name lists hold ("Von", "Van", "De"): "die von meinem bruder" is no name of three words.
const NOT_FIRST = new Set('von van de del der den di da du la le'.split(' '));

/** A found name without a verb taken for its surname, or null for a plan's name before "coverage". */
const STATE_CODE = new RegExp(`^(?:${US_STATES})$`);
const PHARMACY_WORD = /^(?:farmacias?|droguer[ií]a|botica)$/iu;
// A Spanish verb's ending: "necesitan", "recoger", "llamaba"; not a lower-case surname ("Travis scott", "Kerri russel").
const SPANISH_VERB_END = /^\p{Ll}{2,}(?:ar|er|ir|an|en|aba|aban|ían|ía)$/u;
const spanishVerbAfter = (text: string, a: Token, b: Token) =>
  /^\p{Lu}/u.test(a.word) && SPANISH_VERB_END.test(b.word) && /^[ \t]+$/.test(text.slice(a.end, b.start)) && !ANY_LAST_NAMES.has(b.key) && !ANY_FIRST_NAMES.has(b.key) && !isKnownWord(b.key);

export function nameTrimmed(text: string, tokens: readonly Token[], name: PiiSpan): PiiSpan | null {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < name.start) i++;
  let j = i;
  while (j < tokens.length && tokens[j]!.end <= name.end) j++;
  // "la cuidadora de don anselmo": a Spanish title stays outside the mask, as other titles do.
  if (j - i > 1 && SPANISH_TITLE.has(tokens[i]!.key) && i > 0 && SPANISH_BEFORE_TITLE.has(tokens[i - 1]!.key)) return nameTrimmed(text, tokens, { ...name, start: tokens[i + 1]!.start });
  // "mi esposo Efraín necesitan", "¿puede Nicanor recoger": where a capitalised word opens a name, a lower-case word
  // closing it is no part of it, in a message that has lower case (eleventh follow-up).
  // "the Walmart in Jordan MN": a town before its state's abbreviation; "la farmacia Benavides": a pharmacy's name.
  if (j - i > 1 && STATE_CODE.test(tokens[j - 1]!.word)) return null;
  if (i > 0 && PHARMACY_WORD.test(tokens[i - 1]!.word) && adjacent(text, tokens[i - 1]!, tokens[i])) return null;
  if (j - i > 1 && CAPITAL.test(tokens[i]!.word) && spanishVerbAfter(text, tokens[j - 2]!, tokens[j - 1]!)) return nameTrimmed(text, tokens, { ...name, end: tokens[j - 2]!.end });
  const [last, next] = [tokens[j - 1], tokens[j]];
  if (last === undefined || j <= i || next === undefined || !adjacent(text, last, next)) return name;
  if (j - i === 1) return (PLAN_AFTER.has(next.key) || PLAN_COVERS.test(text.slice(last.end, last.end + 24))) && CAPITAL.test(last.word) ? null : name;
  // A phrasal verb: "pick up", "pick it up", "drop them off".
  const after = tokens[j + 1];
  const phrasal = PARTICLE.has(next.key) || (OBJECT_AFTER.has(next.key) && after !== undefined && adjacent(text, next, after) && PARTICLE.has(after.key));
  const verb = (isKnownWord(last.key) && !(LAST_NAMES.has(last.key) && !WORDY_NAMES.has(last.key)) && phrasal) || SPANISH_VERBS.has(last.key);
  return verb ? { ...name, end: tokens[j - 2]!.end } : name;
}

/** A found name of two words carried over a third, a Spanish double surname: "rodrigo quintanilla barragán". */
export function namesCarriedOn(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const name of names) {
    let j = 0;
    while (j < tokens.length && tokens[j]!.end <= name.end) j++;
    const [a, b, c] = [tokens[j - 2], tokens[j - 1], tokens[j]];
    if (a === undefined || b === undefined || c === undefined || a.start < name.start || !adjacent(text, a, b) || !adjacent(text, b, c)) continue;
    if (!ANY_FIRST_NAMES.has(a.key) || !usable(a) || isFunctionWord(a.key) || NOT_FIRST.has(a.key) || !(ANY_LAST_NAMES.has(b.key) || unknown(b)) || CAPITAL.test(c.word) !== CAPITAL.test(b.word) || !usable(c) || !nameLike(c) || isFunctionWord(c.key) || namesDrug(c.key) || CITIES.has(c.key) || isOrganisation(c.key)) continue;
    const listed = LAST_NAMES.has(c.key) && !WORDY_NAMES.has(c.key) && !isKnownWord(c.key);
    if (listed || (unknown(c) && SPANISH_SURNAME.test(c.word.toLowerCase()) && !SPANISH_NOUN.test(c.word.toLowerCase()))) spans.push({ kind: 'name', start: name.start, end: c.end });
  }
  // A name said again, stuttered, run on over a surname; kin in apposition; "her name was …" (name-repeats.ts).
  return [...spans, ...namesRecurring(text, tokens, names)];
}
