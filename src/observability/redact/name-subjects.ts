import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isDescribingWord, isKnownWord, isOrganisation, isUsTown, inflected } from './lexicon.ts';
import { ROLES, SPECIALIST, adjacent, nameLike, openingWord, rare, span } from './name-clues.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { needs } from './gate.ts';

/**
 * Names with no cue in mail and chat bodies and agent notes (issue #14, eleventh follow-up, from the misses of the blind
 * dev-names-11):
 * - a person as the subject of a sentence, before what a person does, said after an aside ("Raffaele said the Costco
 *   pharmacy …", "omg tyrese just told me", "i think Orla entered the wrong dob", "Lavinia says", "Pilar llamó",
 *   "Itzel ya recogió"); a listed surname or a word no list holds, a listed first name that is no word;
 * - two people as the subject ("Jordan and Skye both need", "keisha n dre both got", "rocío y lupita ya mandaron");
 * - a person that a relation or role after the name vouches for, a word or a town too ("grace is my caseworker",
 *   "august is my grandson", "Phoenix (my kid)", "Ximena my wife says", "Dolores es mi mamá");
 * - who a mail came from ("Forwarding from Kasimir:", "the last mail from Konstantin"), whom one thanks ("gracias Abril
 *   por la ayuda"), whom one tells ("can you tell margarethe i got the card");
 * - a CRM note's patient or member before their deed ("Note: pt Ngozi-Ama Boateng requests …"), a mail subject's person
 *   ("Re: Lindiwe Khumalo - refill").
 * Firms, plans, pharmacies, medicines, towns, roles and departments stay where a word could be either.
 */
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Lu}/u;

// What a person does, said of the subject of a sentence. Not "says"/"said" of a thing: those need a person's word.
const DOES = new Set(
  ('said says told tells asked asks called calls texted emailed messaged left took picked dropped moved entered confirmed signed paid ' +
    'sent forgot lost needs wants thinks knows went came helped fixed filled answered mentioned explained promised ' +
    'dijo dice llamó llamo habló hablo pidió pidio mandó mando recogió recogio trajo fue vino quiere necesita pregunta preguntó').split(' '),
);
const SAYS = new Set('said says dice dijo'.split(' '));
// Between the subject and its deed: "Leif already took", "tyrese just told me", "Itzel ya recogió".
const ADVERBS = new Set('already just also still finally never ya también tambien apparently'.split(' '));
// What may stand before the subject in a chat: "omg tyrese just told me", "i think Orla entered", "yesterday Bartholomew …".
const ASIDE = /(?:^|[.!?:\n(]["')]?|,)[ \t>"'(]*(?:(?:omg|lol|fyi|ok|okay|so|and|but|then|also|yesterday|today|btw|ugh|ahh?|i[ \t]+think|i[ \t]+guess|pretty[ \t]+sure|apparently|creo[ \t]+que|y|pero|ayer|hoy)[ \t,]+)*$/iu;
const PERSONAL_ASIDE = /(?:omg|lol|i[ \t]+think|i[ \t]+guess|pretty[ \t]+sure|creo[ \t]+que)[ \t,]+$/iu;
const PRONOUN = /\b(?:she|he|her|his|him|ella|él)\b/iu;
/** "Dr. Okafor prescribed it, Okafor knows": a clinician's name said again stays. */
const clinicianBefore = (text: string, t: Token) => new RegExp(String.raw`\b(?:dr\.?|doctor|dra\.?|doctora)[ \t]+(?:\p{L}+[ \t]+)?` + t.key.replace(/[^\p{L}]/gu, '') + String.raw`\b`, 'iu').test(text.slice(0, t.start));
// Neither a person nor a name though it opens a sentence: pronouns and words that point.
const POINTERS = new Set('it this that these those he she they we you i who what which there here someone somebody everyone nobody mine yours ella el él ellos eso esto alguien nadie'.split(' '));

const personWord = (t: Token) => nameLike(t) && !ROLES.has(t.key) && !SPECIALIST.test(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !isDescribingWord(t.key) && !inflected(t.key) && !/(?:ly|ing)$/.test(t.key);
/** A listed first name no word shares, a listed surname or a word no list holds: a name opening a sentence. */
// "Jews left …", "Nurses said …": the plural of a word is no name.
const plural = (t: Token) => /[^s]s$/.test(t.key) && isKnownWord(t.key.slice(0, -1));
const subjectName = (t: Token) => personWord(t) && t.key.length > 2 && t.key.length < 14 && !plural(t) && (rare(t) || (LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !isKnownWord(t.key)) || unknown(t));

/** The deed after token i (past an adverb), or undefined. */
function deedAfter(text: string, tokens: readonly Token[], i: number): Token | undefined {
  let j = i + 1;
  if (tokens[j] !== undefined && ADVERBS.has(tokens[j]!.key) && adjacent(text, tokens[j - 1]!, tokens[j])) j++;
  const deed = tokens[j];
  return deed !== undefined && adjacent(text, tokens[j - 1]!, deed) && !CAPITAL.test(deed.word) && DOES.has(deed.key) ? deed : undefined;
}

/** Capitalised, or any case in a message written all in lower case. */
// Whether the text namesAsSubjects reads has no capital, read once per text: asked per word it made a
// 5,000-character lower-case message cost tokens x characters.
let lowerCaseOnly = false;
const cased = (t: Token) => CAPITAL.test(t.word) || lowerCaseOnly;

function subjects(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!cased(t) || t.word === t.word.toUpperCase()) continue;
    // The tests are pure: the deed after the word (Set look-ups) first, the regexes over what precedes it after.
    const deed = deedAfter(text, tokens, i);
    if (deed === undefined) continue;
    const before = text.slice(Math.max(0, t.start - 30), t.start);
    if (!openingWord(text, tokens, i) && !ASIDE.test(before)) continue;
    if (!subjectName(t)) continue;
    // "Raffaele said", "Lavinia says", "Itzel ya recogió"; not "…, Oscar says." (after a comma a plan or a place may say).
    if ((SAYS.has(deed.key) && /,[ \t]*$/.test(before) && /^[ \t]*(?:[.!,;]|$)/.test(text.slice(deed.end)))) continue;
    // A word no list holds may be a plan, a firm or a medicine ("Ambetter said no", "Rinvoq needs a prior auth"): it takes
    // a person's aside before it ("i think", "omg"), an adverb ("just told") or a person's pronoun after it.
    const listed = FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key);
    const personal = PERSONAL_ASIDE.test(before) || deed !== tokens[i + 1] || PRONOUN.test(text.slice(deed.end, deed.end + 80).split(/[.!?\n]/)[0]!);
    if ((listed || personal) && !clinicianBefore(text, t)) spans.push(span(tokens, i, i + 1));
  }
}

// "Jordan and Skye both need", "keisha n dre both got", "rashid and noor, both kids", "rocío y lupita ya mandaron".
const JOINS = new Set(['and', 'n', 'y', '&']);
const BOTH = /^[ \t]*(?:,[ \t]*)?(?:both|ya|los[ \t]+dos|las[ \t]+dos|ambos|ambas)\b/iu;

// "Kasimir and Benedikt are my sons", "Nayeli y Citlali son mis hijas": two people a plural relation vouches for.
const ARE_MY = /^[ \t]+(?:are|were|son|eran)[ \t]+(?:my|mi|mis|our|his|her|nuestr[oa]s)[ \t]+(?:sons|daughters|kids|children|grandkids|grandsons|granddaughters|grandchildren|parents|twins|brothers|sisters|roommates|neighbou?rs|caregivers|hij[oa]s|niet[oa]s|herman[oa]s|padres|vecin[oa]s)\b/iu;

function pairs(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\b(?:and|n|y)\b|&/i.test(text)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, join, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!JOINS.has(join.key) || !adjacent(text, a, join) || !adjacent(text, join, b)) continue;
    const kin = ARE_MY.test(text.slice(b.end, b.end + 40));
    const both = kin || BOTH.test(text.slice(b.end, b.end + 20));
    // Lower-case names in a chat with capitals elsewhere only before "both": "about rashid and noor, both kids need …".
    if (CAPITAL.test(a.word) !== CAPITAL.test(b.word) || !(cased(a) || both)) continue;
    const name = (t: Token) => personWord(t) && t.key.length > 2 && (subjectName(t) || ANY_FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key));
    // One of the two a first name no word shares, and not both towns: "Can Allen and Douglas both fill …" (two stores) stays.
    const firstName = (t: Token) => FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key);
    if (!name(a) || !name(b) || (!kin && !firstName(a) && !firstName(b)) || (isUsTown(a.key) && isUsTown(b.key))) continue;
    if (both || (openingWord(text, tokens, i) && deedAfter(text, tokens, i + 2) !== undefined)) spans.push(span(tokens, i, i + 1), span(tokens, i + 2, i + 3));
  }
}

// "grace is my caseworker", "Dolores es mi mamá", "Phoenix (my kid)", "Ximena my wife says": a relation after the name.
const RELATION = 'son|daughter|kid|child|grandson|granddaughter|grandkid|wife|husband|partner|mom|mum|mother|dad|father|sister|brother|aunt|uncle|niece|nephew|cousin|neighbou?r|friend|roommate|caregiver|caseworker|case[ \\t]+worker|nurse[ \\t]+aide|aide|boyfriend|girlfriend|fianc[eé]e?|stepson|stepdaughter|hij[oa]|mam[aá]|pap[aá]|madre|padre|espos[oa]|herman[oa]|abuel[oa]|niet[oa]|t[ií][oa]|vecin[oa]|sobrin[oa]|prim[oa]';
const RELATION_AFTER = new RegExp(String.raw`^(?:[ \t]+(?:is|es|was|era)[ \t]+(?:my|mi|our|his|her)|[ \t]*\((?:my|mi|our|his|her)|[ \t]*,?[ \t]+(?:my|mi)(?=[ \t]+(?:${RELATION})[ \t]+(?:says|said|thinks|wants|needs|dice|dijo)\b))[ \t]+(?:${RELATION})\b`, 'iu');

// Every match of RELATION_AFTER holds "my son", "(her aunt", "es mi mamá": a text without one is not read word by word.
const RELATION_HELD = new RegExp(String.raw`(?:my|mi|our|his|her)[ \t]+(?:${RELATION})`, 'iu');
/** What may follow a word that RELATION_AFTER reads after: a blank, "(" or ",". */
const mayRelate = (c: number) => c === 0x20 || c === 0x09 || c === 0x28 || c === 0x2c;

function relationAfter(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\b(?:my|mi|our|his|her)\b/i.test(text) || !RELATION_HELD.test(text)) return;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!mayRelate(text.charCodeAt(t.end)) || !RELATION_AFTER.test(text.slice(t.end, t.end + 40))) continue;
    // A word or a town names a person only here: any word a name list holds, not a pronoun nor a role ("Mom is my …").
    const listed = ANY_FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key) || FIRST_NAMES.has(t.key);
    if (!usable(t) || POINTERS.has(t.key) || ROLES.has(t.key) || namesDrug(t.key) || isOrganisation(t.key) || !(listed || subjectName(t))) continue;
    if (!cased(t) || !openingWord(text, tokens, i) && !ASIDE.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    spans.push(span(tokens, i, i + 1));
  }
}

// "Forwarding from Kasimir:", "the last mail from Konstantin", "gracias Abril por la ayuda", "can you tell margarethe i got".
const FROM_END = /\b(?:forward(?:ing|ed)?[ \t]+from|(?:mail|e-?mail|message|note|text|fax|letter|voicemail)[ \t]+from)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*(?::|[.!]?[ \t]*(?:\n|$)))/giu;
const THANKS = /\b(?:gracias|thanks|thank[ \t]+you|thx|ty)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:por|for|!|,|\.|$))/giu;
// "i gave ines my card", "I sent Odile the form": to whom one hands a thing.
const GAVE = /\b(?:gave|give|handed|showed|sent|paid|lent)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+(?:my|the|a|an|his|her|our|some|all)\b)/giu;
// "Leonel y yo tenemos …": a name opening a sentence before "y yo" (as "Ben and I" in name-deeds.ts).
const AND_I_ES = /(?:^|[.!?¿¡\n][ \t"')]*)[ \t]*(\p{L}[\p{L}'’-]+)(?=[ \t]+y[ \t]+yo\b)/giu;
const TELL = /\b(?:tell|ask|remind|let)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+(?:i|i['’]m|i['’]ve|that|to|know|she|he|we|my|about|the|thank)\b)/giu;

function afterCue(text: string, tokens: readonly Token[], re: RegExp, spans: PiiSpan[], ok: (t: Token) => boolean) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const t = tokens.find((w) => w.start === at);
    if (t !== undefined && ok(t)) spans.push({ kind: 'name', start: t.start, end: t.end });
  }
}

// "Note: pt Ngozi-Ama Boateng requests …", "mbr Dariusz Nowicki called": a CRM shorthand, two capitalised words.
// "Agent: Stellan (tier 2)": a member of staff in a note's field; not a department ("Agent: Billing").
const AGENT = /\b(?:[Aa]gent|[Rr]ep|AGENT|REP)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:[(,;|.]|$|\n|\p{Lu}))/gu;
const NOTE_PERSON = /\b(?:pt|mbr|cust|member|customer|caller)[ \t]+(?=\p{Lu})/gu;
// "Re: Lindiwe Khumalo - refill", "Subject: Odalys Ferreira – order": a mail subject's person before a dash.
const SUBJECT = /^(?:re|fw|fwd|subject|asunto)[ \t]*:[ \t]*(?:(?:re|fw|fwd)[ \t]*:[ \t]*)*(?=\p{Lu})/gimu;

function twoWords(text: string, tokens: readonly Token[], at: number, after: RegExp | null): PiiSpan | null {
  const i = tokens.findIndex((w) => w.start === at);
  const [a, b] = [tokens[i], tokens[i + 1]];
  if (i < 0 || a === undefined || b === undefined || !adjacent(text, a, b) || !CAPITAL.test(a.word) || !CAPITAL.test(b.word)) return null;
  const first = personWord(a) && (rare(a) || unknown(a) || (FIRST_NAMES.has(a.key) && !WORDY_NAMES.has(a.key)) || /-/.test(a.word));
  const last = personWord(b) && ((LAST_NAMES.has(b.key) && !WORDY_NAMES.has(b.key)) || unknown(b));
  if (!first || !last || (after !== null && !after.test(text.slice(b.end, b.end + 12)))) return null;
  return span(tokens, i, i + 2);
}

function notesAndSubjects(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  NOTE_PERSON.lastIndex = 0;
  for (let m = NOTE_PERSON.exec(text); m !== null; m = NOTE_PERSON.exec(text)) {
    const found = twoWords(text, tokens, NOTE_PERSON.lastIndex, /^[ \t]*(?:\p{Ll}|[,(])/u);
    if (found) spans.push(found);
  }
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(text); m !== null; m = SUBJECT.exec(text)) {
    const found = twoWords(text, tokens, SUBJECT.lastIndex, /^[ \t]+[-–—][ \t]/u);
    if (found) spans.push(found);
  }
}

// Each cue's test over the whole text, behind a look for its words in the lower-cased text (gate.ts): most texts lack them.
const FROM_HINT = /from/i;
const mayFrom = needs(FROM_HINT, ['from']);
const THANKS_HINT = /gracias|thank|thx|\bty\b/i;
const mayThank = needs(THANKS_HINT, ['gracias', 'thank', 'thx', 'ty']);
const TELL_HINT = /\b(?:tell|ask|remind|let)\b/i;
const mayTell = needs(TELL_HINT, ['tell', 'ask', 'remind', 'let']);
const AGENT_HINT = /\b(?:agent|rep)[ \t]*:/i;
const mayAgent = needs(AGENT_HINT, ['agent', 'rep'], [':']);
const GAVE_HINT = /\b(?:gave|give|handed|showed|sent|paid|lent)\b/i;
const mayGave = needs(GAVE_HINT, ['gave', 'give', 'handed', 'showed', 'sent', 'paid', 'lent']);

export function namesAsSubjects(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  lowerCaseOnly = !LOWER.test(text);
  subjects(text, tokens, spans);
  pairs(text, tokens, spans);
  relationAfter(text, tokens, spans);
  const person = (t: Token) => personWord(t) && t.key.length > 2 && (rare(t) || unknown(t) || ANY_FIRST_NAMES.has(t.key));
  if (mayFrom(text) && FROM_HINT.test(text)) afterCue(text, tokens, FROM_END, spans, (t) => CAPITAL.test(t.word) && person(t));
  if (mayThank(text) && THANKS_HINT.test(text)) afterCue(text, tokens, THANKS, spans, (t) => person(t) && (CAPITAL.test(t.word) || rare(t)));
  if (mayTell(text) && TELL_HINT.test(text)) afterCue(text, tokens, TELL, spans, (t) => subjectName(t) && cased(t));
  if (mayAgent(text) && AGENT_HINT.test(text)) afterCue(text, tokens, AGENT, spans, (t) => personWord(t) && t.key.length > 2 && (rare(t) || unknown(t) || ANY_FIRST_NAMES.has(t.key) || (LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key))));
  if (mayGave(text) && GAVE_HINT.test(text)) afterCue(text, tokens, GAVE, spans, (t) => subjectName(t) && cased(t));
  if (/\by\s+yo\b/i.test(text)) afterCue(text, tokens, AND_I_ES, spans, (t) => subjectName(t) && cased(t));
  if (/\b(?:pt|mbr|cust|member|customer|caller)\b|^(?:re|fw|fwd|subject|asunto)[ \t]*:/im.test(text)) notesAndSubjects(text, tokens, spans);
  return spans;
}
