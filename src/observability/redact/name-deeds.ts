import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isClosedClassWord, isDescribingWord, isKnownWord, isOrganisation, isVerb, inflected } from './lexicon.ts';
import { ROLES, SPECIALIST, adjacent, nameFrom, nameLike, openingWord, rare, span } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { namesAsSubjects } from './name-subjects.ts';
import { needs } from './gate.ts';

/**
 * Names that what a person does, or how people are offered as alternatives, gives away (issue #14, fifth follow-up):
 * - a word opening a sentence before what only a person does ("Peony brought the Eliquis home", "Gorse lost her
 *   card", "Tempest has been throwing up", "Zawadi trajo la receta"); a medicine, town, firm, role or department
 *   ("Trulicity brought my sugar down", "Cardiology forgot") stays;
 * - people offered as alternatives with no errand verb: "talk to me or Ilmari", "Either Maricielo or Ferrol can …",
 *   "Is Cosimo or Ilaria Benedetti on the account?", "Are Brigida and Valdis Nordqvist both covered?";
 * - a nickname that is a verb too after "my son / my daughter" before what the child is or did ("my daughter squish
 *   is allergic");
 * - a name spelled out with Spanish letter names ("o ele eme o ese", "zeta u be i a u erre");
 * - a word of a found name said again before a surname ("my name is prairie like the field prairie bramwell");
 * - a name said twice in a transcript ("ysolde ysolde batalha-moura"), fields whose key names a person (`member_first=`),
 *   "it's me again, X", "Thanks to X", "se llama", "tell Verity Quillfeather", "o apostrophe riordan", "uh X here again",
 *   a title with a word and a surname, "X and I";
 * - notes and relatives: "pt: Jovanka Rakic", "member's wife Liesl", "the caregiver is jojo", "my neighbor rain fisher
 *   asked", "el pedido de nazario dice".
 */
const CAPITAL = /^\p{Lu}/u;

// What only a person does, whatever word opens the sentence (no plan, firm or parcel forgets or faints); not what
// is done to a thing too ("Confirmation emailed.", "Delivery refused").
const DEEDS = new Set('forgot fainted vomited threw woke cried brought tried drove complained trajo recogió olvidó perdió vomitó'.split(' '));
// What a person does that a thing may do too ("lost", "dropped"): only with a person's pronoun or a determiner after it.
const DEEDS_OF_SOMEONE = new Set('lost dropped forgot left misplaced'.split(' '));
const SOMEONES = /^[ \t]+(?:off[ \t]+)?(?:her|his|their|the|my)\b/i;
// "Tempest has been throwing up": what a person has been doing.
const BEEN_DOING = /^[ \t]+(?:has|had|have)[ \t]+been[ \t]+(?:throwing[ \t]+up|vomiting|coughing|crying|sneezing|wheezing|itching|scratching|sleeping|complaining|asking|calling)\b/i;
const BEEN = new Set(['has', 'had', 'have']);
// Diseases and procedures open sentences too ("Dialysis brought …"): their endings.
const CLINICAL = /(?:itis|osis|ectomy|otomy|plasty|therapy|emia|algia|pathy|oma|scopy|gram)$/;

function opener(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // In a lower-case transcript only the word that opens it ("zinnia dropped off the form").
  const transcriptStart = i === 0 && !/\p{Lu}/u.test(text);
  return (CAPITAL.test(t.word) || transcriptStart) && t.word !== t.word.toUpperCase() && openingWord(text, tokens, i) && nameLike(t) && !ROLES.has(t.key) && !SPECIALIST.test(t.key) && !CLINICAL.test(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !isDescribingWord(t.key) && !inflected(t.key) && !/(?:ly|ing)$/.test(t.key);
}

function openersBeforeDeeds(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length - 1; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    // Cheap tests first: few words are a deed or "has", "had", "have".
    if (!DEEDS.has(next.key) && !DEEDS_OF_SOMEONE.has(next.key) && next.key !== 'dropped' && !BEEN.has(next.key)) continue;
    if (!adjacent(text, t, next) || CAPITAL.test(next.word)) continue;
    const after = text.slice(next.end, next.end + 60);
    const deed = DEEDS.has(next.key) || (DEEDS_OF_SOMEONE.has(next.key) && SOMEONES.test(after)) || (next.key === 'dropped' && /^[ \t]+off[ \t]+(?:the|a|an|my|her|his)\b/i.test(after));
    if (!deed && !BEEN_DOING.test(text.slice(t.end, t.end + 60))) continue;
    if (opener(text, tokens, i)) spans.push(span(tokens, i, i + 1));
  }
}

// "me or Ilmari", "me or to Sieglinde Barrowclough", "call me or leopoldine at the house"
const ME_OR = /\b(?:me|us)[ \t]+or[ \t]+(?:to[ \t]+|with[ \t]+)?/giu;
// "Either Maricielo or Ferrol", "Is Cosimo or Ilaria Benedetti on …", "Are Brigida and Valdis Nordqvist both …"
const ASKING = /(?:^|[.!?\n][ \t"')]*)[ \t]*(?:either|is|are|was|were|does|do|did|has|have)[ \t]+/giu;
// What follows people asked about: their place on an account or plan, not a medicine's ("Is Ozempic or Mounjaro covered").
const ON_THE_ACCOUNT = new Set('on listed covered allowed authorized authorised still both able registered added eligible in under can could will should'.split(' '));

function alternatives(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\bor\b|\band\b|&/i.test(text)) return;
  ME_OR.lastIndex = 0;
  for (let m = ME_OR.exec(text); m !== null; m = ME_OR.exec(text)) {
    const i = tokenAt(tokens, ME_OR.lastIndex);
    const j = nameFrom(text, tokens, i, (t) => t.start === ME_OR.lastIndex && rare(t) && !isKnownWord(t.key));
    if (j > 0) spans.push(span(tokens, i, j));
  }
  ASKING.lastIndex = 0;
  for (let m = ASKING.exec(text); m !== null; m = ASKING.exec(text)) {
    const i = tokenAt(tokens, ASKING.lastIndex);
    const first = tokens[i];
    const a = nameFrom(text, tokens, i, (t) => t.start === ASKING.lastIndex && rare(t));
    const joint = tokens[a];
    if (a < 0 || first === undefined || joint === undefined || !/^(?:or|and)$/i.test(joint.word) || !adjacent(text, tokens[a - 1]!, joint)) continue;
    const b = nameFrom(text, tokens, a + 1, (t) => adjacent(text, joint, t) && rare(t) && CAPITAL.test(t.word) === CAPITAL.test(first.word));
    const then = tokens[b];
    const either = /^either/i.test(m[0].trim().replace(/^[.!?\n"')\s]+/, ''));
    if (b < 0 || then === undefined || !adjacent(text, tokens[b - 1]!, then) || !(either || ON_THE_ACCOUNT.has(then.key))) continue;
    spans.push(span(tokens, i, a), span(tokens, a + 1, b));
  }
}

// "my daughter squish is allergic", "my son bean broke out": a nickname, a verb too, before what the child is or did.
const CHILD = /\b(?:my|our)[ \t]+(?:son|daughter|grandson|granddaughter|boy|girl|baby)[ \t]+/giu;
// "my baby brother has …", "my son too is …": a relative or a word that goes on the sentence.
const NO_NICKNAME = new Set('brother sister cousin friend girl boy son daughter twin too also just still now then here there who that which'.split(' '));
const CHILD_DID = /^(?:is|was|has|had|got|took|ate|swallowed|broke|fell|threw|needs|keeps|gets|started|stopped)$/;

function childNicknames(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  CHILD.lastIndex = 0;
  for (let m = CHILD.exec(text); m !== null; m = CHILD.exec(text)) {
    const i = tokenAt(tokens, CHILD.lastIndex);
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (t?.start !== CHILD.lastIndex || next === undefined || !adjacent(text, t, next) || !CHILD_DID.test(next.key)) continue;
    if (!usable(t) || NO_NICKNAME.has(t.key) || CAPITAL.test(t.word) || isClosedClassWord(t.key) || isDescribingWord(t.key) || inflected(t.key) || namesDrug(t.key) || /(?:ly|ing|ed)$/.test(t.key)) continue;
    spans.push(span(tokens, i, i + 1));
  }
}

// Spanish letter names; those that are no word as well ("ele", "eme", "zeta", not "de", "te", "ese", "a", "o").
const LETTER_NAMES = new Set('a be ce de e efe ge hache i jota ka ele eme ene eñe o pe cu erre ese te u uve ve equis ye zeta'.split(' '));
const ONLY_LETTERS = new Set('be ce efe ge hache jota ka ele eme ene eñe pe cu erre zeta equis uve ye'.split(' '));

function spelledInSpanish(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\b(?:ele|eme|ene|erre|zeta|jota|hache|efe|equis)\b/i.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let only = 0;
    while (j < tokens.length && LETTER_NAMES.has(tokens[j]!.key) && (j === i || adjacent(text, tokens[j - 1]!, tokens[j]))) only += ONLY_LETTERS.has(tokens[j++]!.key) ? 1 : 0;
    // Four letters or more, two of them no Spanish word.
    if (j - i >= 4 && only >= 2) spans.push(span(tokens, i, j));
    if (j > i) i = j - 1;
  }
}

/** A word of a found name said again before a surname: "my name is prairie like the field prairie bramwell". */
export function namesSaidAgain(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const keys = new Set<string>();
  for (const name of names) for (let i = tokenAt(tokens, name.start); i < tokens.length && tokens[i]!.end <= name.end; i++) keys.add(tokens[i]!.key);
  for (let i = 0; i < tokens.length - 1; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    if (!keys.has(t.key) || t.key.length < 3 || !nameLike(t) || names.some((n) => n.start <= t.start && t.end <= n.end)) continue;
    const surname = adjacent(text, t, next) && nameLike(next) && CAPITAL.test(next.word) === CAPITAL.test(t.word) && !keys.has(next.key) && (unknown(next) || (LAST_NAMES.has(next.key) && !WORDY_NAMES.has(next.key)) || (FIRST_NAMES.has(next.key) && ANY_LAST_NAMES.has(next.key)));
    if (surname) spans.push(span(tokens, i, i + 2));
  }
  return spans;
}

// Cues a name follows in the forms real traffic has (the second batch of dev-names-6):
// `assigned_agent=Kasimir; member_first=Leontyne`: a form field whose key names a person.
const PERSON_FIELD = /\b[a-z]+(?:_[a-z]+)*_(?:first|last|name|agent|rep|nombre)\s*=\s*|\b(?:agent|rep|first|last)\s*=\s*/giu;
// "it's me again, Wilhelmine.", "Thanks to Rosheen at your call centre", "mi hija se llama eligia", "tell Verity Blessington"
const CUED = /\b(?:(?:it['’]?s|its|this\s+is)\s+me(?:\s+again)?\s*,\s*|soy\s+yo\s*,\s*|thanks?\s+to\s+|se\s+llama(?:ba)?\s+|(?:tell|let|ask|remind|notify|inform)\s+)/giu;
// "o apostrophe riordan": an apostrophe said aloud in a surname.
const SPOKEN_APOSTROPHE = /(?<![\p{L}'’])[odl]\s+apostrophe\s+\p{L}{2,}(?:-\p{L}{2,})?/giu;
// "uh bjorgvin here again": a caller's name after fillers, before "here".
const HERE = /^(?:[ \t]*(?:uh|um|er|hi|hey|hello|yeah|yes|ok|okay|so|oh|hiya)[ \t,]+)+(?=\p{L})/iu;
const HERE_AFTER = /^[ \t]+here(?:[ \t]+(?:again|calling|about|with|from|for)\b|[ \t]*[,.!]|[ \t]*$)/iu;
// "la señora ascensión altamirano", "mrs honey ashgrove": a title, a word, then a surname.
const TITLE = /\b(?:mrs?|ms|mister|se[ñn]ora|se[ñn]or|se[ñn]orita|sra|srta|do[ñn]a|don)\.?[ \t]+/giu;
const surnameAfter = (t: Token | undefined) => t !== undefined && nameLike(t) && (unknown(t) || (LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)));

function cuedNames(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (text.includes('=')) for (const m of text.matchAll(PERSON_FIELD)) {
    const at = m.index + m[0].length;
    const i = tokenAt(tokens, at);
    const j = nameFrom(text, tokens, i, (t) => t.start === at && CAPITAL.test(t.word) && (rare(t) || (FIRST_NAMES.has(t.key) && nameLike(t))));
    if (j > 0 && /^(?:[&;,|\s]|$)/.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 1))) spans.push(span(tokens, i, j));
  }
  CUED.lastIndex = 0;
  for (let m = CUED.exec(text); m !== null; m = CUED.exec(text)) {
    const at = CUED.lastIndex;
    const i = tokenAt(tokens, at);
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (t?.start !== at) continue;
    const verb = /^(?:tell|let|ask|remind|notify|inform)\b/i.test(m[0]);
    // After "tell": a first name or a capitalised word ("Verity"), and a surname no list holds, both capitalised or neither.
    if (verb) {
      if (next !== undefined && adjacent(text, t, next) && nameLike(t) && !isDescribingWord(t.key) && (ANY_FIRST_NAMES.has(t.key) || CAPITAL.test(t.word)) && CAPITAL.test(t.word) === CAPITAL.test(next.word) && unknown(next) && nameLike(next) && next.key.length > 3) spans.push(span(tokens, i, i + 2));
      continue;
    }
    const spanish = /llama|soy/i.test(m[0]);
    const j = nameFrom(text, tokens, i, (w) => rare(w) && (spanish || CAPITAL.test(w.word)));
    if (j > 0) spans.push(span(tokens, i, j));
  }
  if (/apostrophe/i.test(text)) for (const m of text.matchAll(SPOKEN_APOSTROPHE)) spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  const here = HERE.exec(text);
  if (here !== null) {
    const i = tokenAt(tokens, here[0].length);
    const j = nameFrom(text, tokens, i, (t) => rare(t) && t.key.length > 3);
    if (j > 0 && HERE_AFTER.test(text.slice(tokens[j - 1]!.end))) spans.push(span(tokens, i, j));
  }
  TITLE.lastIndex = 0;
  if (TITLE_HINT.test(text)) for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
    const i = tokenAt(tokens, TITLE.lastIndex);
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (t?.start === TITLE.lastIndex && nameLike(t) && !isDescribingWord(t.key) && adjacent(text, t, next) && CAPITAL.test(t.word) === CAPITAL.test(next!.word) && surnameAfter(next)) spans.push(span(tokens, i, i + 2));
  }
}

// Numbers read out in the corpus's languages ("cinco cinco ocho", "três três quatro", "bốn bốn"): said twice, no name.
const NUMBER_WORDS = new Set('cero uno dos tres cuatro cinco seis siete ocho nueve diez zero um dois três tres quatro seis sete oito nove dez một hai ba bốn năm sáu bảy tám chín không un deux trois quatre cinq sept huit neuf isa dalawa tatlo apat lima anim pito walo siyam'.split(' '));
// "pt: Jovanka Rakic, 72F", "(pt: …)": a CRM note's patient, capitalised or a name no list holds.
const PT = /(?:^|[\s([|;,])(?:pt|pt\s+name|mbr|cust|cx)\s*[:=]\s*/giu;
// "spoke w/ member's wife Liesl", "the pt's daughter Odile": a relative of someone else, named after.
const THEIR_KIN = /\b(?:\p{L}+['’]s|his|her|their)\s+(?:wife|husband|daughter|son|mother|father|mom|dad|caregiver|sister|brother|partner|grandson|granddaughter)\s+(?=\p{L})/giu;
// "the caregiver is jojo she comes in the mornings"
const HELPER_IS = /\b(?:the|my|our|his|her)\s+(?:caregiver|aide|home\s+health\s+aide|sitter|nanny|roommate)\s+is\s+(?=\p{L})/giu;
// "my neighbor rain fisher asked": a relative's first name that is a word too, vouched for by a listed surname and a verb.
const KIN_BEFORE = /\b(?:my|our)\s+(?:neighbou?r|friend|coworker|co-worker|cousin|roommate|caregiver|aunt|uncle|niece|nephew)\s+(?=\p{L})/giu;
// "el pedido de nazario dice …": whose order, a listed name before what it says.
const OWNED = /\b(?:el|la|los|las|mi|su)\s+(?:pedido|paquete|receta|recetas|cuenta|orden|env[ií]o|factura|cita|tarjeta)\s+de\s+(?=\p{L})/giu;
const OWNED_SAYS = new Set('dice dijo sigue aparece salió llegó está esta tiene'.split(' '));

// "My mom (age 81, Philippina Oduya)": a relative's name closing a parenthesis after other details.
const KIN_DETAILS = /\b(?:my|our|his|her|the)\s+(?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|grandma|grandpa|patient|partner)\s*\([^()\n]{0,40}?,\s*(?=\p{Lu})/giu;
// "cancel the order for tindra-lobo thx": whose order, a name no list holds closing the clause.
// Not after "prescription", "rx" or "refill": a medicine no list holds follows them ("rx for verzenio").
const ORDER_FOR = /\b(?:order|package|account|claim|card)\s+(?:is\s+)?for\s+(?=\p{L})/giu;
const CLAUSE_END = /^(?:[ \t]*(?:[.,;!?)]|$)|[ \t]+(?:thx|thanks|thank|pls|please|asap|and|today|tomorrow)\b)/iu;
// "the card says gaspard letourneau-morin": what a card or a label says, a first name and a surname.
const SAYS_NAME = /\b(?:card|label|bottle|account|prescription|letter|record|file|id|insurance)\s+(?:says|reads|shows)\s+(?=\p{L})/giu;
// "Paxlovid made Zephyrine so nauseous": a medicine and what it did to someone.
const DID_TO = new Set('made gave left kept caused'.split(' '));

// Cheap tests that skip patterns on the messages they cannot match (most of them).
const KIN_HINT = /\b(?:wife|husband|daughter|son|mother|father|mom|dad|caregiver|sister|brother|partner|grand\w+|aide|sitter|nanny|roommate|neighbou?r|friend|co-?worker|cousin|aunt|uncle|niece|nephew)\b/i;
const TITLE_HINT = /\b(?:mrs?|ms|mister|se[ñn]or\w*|sra|srta|do[ñn]a|don)\b/i;

// "wife: Henrike; son: Jannik", "emergency contact: Ilse Brandauer": a relative as a note's field.
const KIN_FIELD = /\b(?:wife|husband|son|daughter|mother|father|mom|dad|caregiver|spouse|guardian|(?:emergency\s+)?contact|parent|sister|brother|partner|poa)\s*:\s*(?=\p{Lu})/giu;
// "Per our call, Caspian will pick up the Humira": a name before an errand someone will run.
const WILL_ERRAND = /^[ \t]+(?:will|can|could|should|would|is\s+going\s+to|is\s+gonna)[ \t]+(?:pick|come|call|drop|bring|sign|collect|get|stop)\b/iu;

// "mi hija kenia tiene tos", "me atendió el joven abdiel": a relative or a young member of staff, then a listed first name
// (a Spanish verb after "mi hija", "tuvo", "sufre", is in no list of names).
const SPANISH_WHO = /\b(?:mi|su|nuestr[oa])\s+(?:esposo|esposa|hijo|hija|mam[aá]|pap[aá]|madre|padre|herman[oa]|abuel[oa]|suegr[oa]|t[ií][oa]|niet[oa]|vecin[oa]|cuñad[oa]|yerno|nuera|prim[oa])\s+(?=\p{L})|\b(?:el|la)\s+(?:joven|muchach[oa]|chic[oa]|cajer[oa])\s+(?=\p{L})/giu;

// Cue tests over the whole text, behind a look for their words in the lower-cased text (gate.ts).
const NOTE_HINT = /\b(?:pt|mbr|cust|cx)\s*[:=]/i;
const mayNote = needs(NOTE_HINT, ['pt', 'mbr', 'cust', 'cx'], [':', '=']);
const SAYS_HINT = /\b(?:says|reads|shows)\b/i;
const maySay = needs(SAYS_HINT, ['says', 'reads', 'shows']);

function notedNames(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  const named = (w: Token) => rare(w) || (CAPITAL.test(w.word) && nameLike(w) && !isKnownWord(w.key));
  const at = (re: RegExp, read: (i: number, m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const i = tokenAt(tokens, re.lastIndex);
      if (tokens[i]?.start === re.lastIndex) read(i, m);
    }
  };
  if (mayNote(text) && NOTE_HINT.test(text)) at(PT, (i) => {
    const j = nameFrom(text, tokens, i, named);
    if (j > 0) spans.push(span(tokens, i, j));
  });
  const kin = KIN_HINT.test(text);
  if (/\b(?:mi|su|nuestr[oa]|el|la)\s/i.test(text)) at(SPANISH_WHO, (i) => {
    // Only a listed first name: a Spanish verb no list holds follows as often ("mi esposa trabaja de noche").
    const j = nameFrom(text, tokens, i, (w) => nameLike(w) && FIRST_NAMES.has(w.key) && !WORDY_NAMES.has(w.key));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  if (kin && text.includes(':')) at(KIN_FIELD, (i) => {
    const j = nameFrom(text, tokens, i, (w) => CAPITAL.test(w.word) && named(w));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  if (/\b(?:will|can|could|should|would|going|gonna)\b/i.test(text)) for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    // Pure tests, cheapest first: only a listed first name is ever taken (below).
    if (!FIRST_NAMES.has(t.key) || !CAPITAL.test(t.word) || t.word === t.word.toUpperCase() || !WILL_ERRAND.test(text.slice(t.end, t.end + 40)) || ROLES.has(t.key) || CITIES.has(t.key) || isOrganisation(t.key)) continue;
    // A listed first name (a firm no list holds, "Accredo will call", is no one), not a question's opening ("Can Aukusti …").
    if (FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && nameLike(t) && !/^(?:can|could|will|would|should)$/i.test(tokens[i - 1]?.word ?? '')) spans.push(span(tokens, i, i + 1));
  }
  if (kin) at(THEIR_KIN, (i, m) => {
    if (/^(?:my|your|our|it)['’]?s?\b/i.test(m[0])) return;
    const j = nameFrom(text, tokens, i, (w) => named(w) && (CAPITAL.test(w.word) || !isKnownWord(w.key)));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  if (kin) at(HELPER_IS, (i) => {
    const j = nameFrom(text, tokens, i, (w) => rare(w) && !isDescribingWord(w.key));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  if (kin) at(KIN_BEFORE, (i) => {
    const [a, b, c] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    if (b === undefined || c === undefined || !adjacent(text, a, b) || !adjacent(text, b, c) || !usable(a) || isClosedClassWord(a.key) || isDescribingWord(a.key) || inflected(a.key)) return;
    if (nameLike(b) && ANY_LAST_NAMES.has(b.key) && isVerb(c.key) && !ANY_LAST_NAMES.has(c.key)) spans.push(span(tokens, i, i + 2));
  });
  if (text.includes('(')) at(KIN_DETAILS, (i) => {
    const j = nameFrom(text, tokens, i, (w) => CAPITAL.test(w.word) && named(w));
    if (j > 0 && /^[ \t]*\)/.test(text.slice(tokens[j - 1]!.end))) spans.push(span(tokens, i, j));
  });
  if (/\bfor\b/i.test(text)) at(ORDER_FOR, (i) => {
    // A listed first name, or a hyphenated name no list holds ("tindra-lobo"); a medicine's one word stays.
    const j = nameFrom(text, tokens, i, (w) => rare(w) && !isKnownWord(w.key) && (FIRST_NAMES.has(w.key) || w.key.includes('-')));
    if (j > 0 && CLAUSE_END.test(text.slice(tokens[j - 1]!.end))) spans.push(span(tokens, i, j));
  });
  if (maySay(text) && SAYS_HINT.test(text)) at(SAYS_NAME, (i) => {
    const [a, b] = [tokens[i]!, tokens[i + 1]];
    // A listed first name, or a word no list holds spelled like one ("gaspard", not "bcbs ppo"), then a surname.
    const spelledLikeName = (w: Token) => w.key.length > 3 && /[aeiouy]/.test(w.key) && /[^aeiouy]/.test(w.key);
    if (b !== undefined && adjacent(text, a, b) && nameLike(a) && (ANY_FIRST_NAMES.has(a.key) || ((unknown(a) || (LAST_NAMES.has(a.key) && !WORDY_NAMES.has(a.key))) && spelledLikeName(a) && spelledLikeName(b))) && surnameAfter(b)) spans.push(span(tokens, i, i + 2));
  });
  for (let i = 1; i < tokens.length - 1; i++) {
    const [drug, did, t] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (DID_TO.has(did.key) && namesDrug(drug.key) && adjacent(text, drug, did) && adjacent(text, did, t) && CAPITAL.test(t.word) && rare(t)) spans.push(span(tokens, i + 1, i + 2));
  }
  if (/\bde\b/i.test(text)) at(OWNED, (i) => {
    const [a, next] = [tokens[i]!, tokens[i + 1]];
    if (next !== undefined && adjacent(text, a, next) && OWNED_SAYS.has(next.key) && nameLike(a) && (ANY_FIRST_NAMES.has(a.key) || ANY_LAST_NAMES.has(a.key))) spans.push(span(tokens, i, i + 1));
  });
}

/** "ysolde ysolde batalha-moura", "zdravko zdravko vandermolen": a name said twice in a transcript, with its surname. */
function saidTwice(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length - 1; i++) {
    const [t, again] = [tokens[i]!, tokens[i + 1]!];
    if (t.key !== again.key || !adjacent(text, t, again) || t.key.length < 3 || !rare(t) || NUMBER_WORDS.has(t.key)) continue;
    const surname = tokens[i + 2];
    const full = surnameAfter(surname) && adjacent(text, again, surname) && !NUMBER_WORDS.has(surname!.key) && surname!.key.length > 3;
    // A word no list holds said twice ("cinco cinco", "theres theres") only with a surname after it.
    if (!full && !(FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key))) continue;
    const j = full ? i + 3 : i + 2;
    spans.push(span(tokens, i, j));
    i = j - 1;
  }
}

/** "Ben and I need to …": a name opening a sentence before "and I" ("Drowsiness and I had trouble" stays). */
function withMe(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  if (!/\band\s+(?:I|me)\b/.test(text)) return;
  for (let i = 0; i < tokens.length - 2; i++) {
    const [t, and, me] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (and.key === 'and' && (me.word === 'I' || me.key === 'me') && adjacent(text, t, and) && adjacent(text, and, me) && opener(text, tokens, i) && (rare(t) || ANY_FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key))) spans.push(span(tokens, i, i + 1));
  }
}

export function namesByDeeds(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  openersBeforeDeeds(text, tokens, spans);
  alternatives(text, tokens, spans);
  childNicknames(text, tokens, spans);
  spelledInSpanish(text, tokens, spans);
  cuedNames(text, tokens, spans);
  notedNames(text, tokens, spans);
  saidTwice(text, tokens, spans);
  withMe(text, tokens, spans);
  // Names with no cue in mail and chat bodies and agent notes (eleventh follow-up): name-subjects.ts.
  spans.push(...namesAsSubjects(text, tokens));
  return spans;
}
