import type { PiiSpan } from './kinds.ts';
import { blanks, unknown, usable, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isDescribingWord, isFunctionWord, isKnownWord, inflected } from './lexicon.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { tokenAt } from './name-structure.ts';
import { needs } from './gate.ts';

/**
 * Names that a weak clue around them gives away (issue #14, fourth follow-up):
 * - a word no list holds after a caller's "this is", "it's", "soy" at the start, before what they go on
 *   with ("hola soy tonatzin llamo por …", "yeah this is akwasi i never got …");
 * - two people asked to run an errand: "Can Aukusti or Vappu Heikkinen pick up …";
 * - a name before "from the … pharmacy/office": the caller or a member of staff ("Quenby from the billing office");
 * - a capitalised word opening a sentence before what only a person does ("Sparrow said …", "Thistle picked it up",
 *   "Kealoha takes Synthroid"); roles ("Mom said", "Pharmacy called") and medicines stay;
 * - a nickname after "my kid" before a verb ("my kid peanut swallowed …"), or after "its" before "again";
 * - a relative's name after "my mother is", "mi madre es" (capitalised);
 * - a JSON field of a name ({"first":"…","last":"…"});
 * - "Bui Van Khoa", "Lam Thi Xuan Mai": a Vietnamese middle name between two capitalised words.
 * `namesWithParticles` carries a found name over its particles ("Hendrik van den Broek", "Maricruz de las Mercedes …").
 */
const CAPITAL = /^\p{Lu}/u;
export const adjacent = (text: string, a: Token, b: Token | undefined) => b !== undefined && blanks(text, a.end, b.start);
export const nameLike = (t: Token) => usable(t) && /\p{Ll}/u.test(t.word) && !isFunctionWord(t.key) && !namesDrug(t.key);
/** A listed first name that is no word, or a word no list or dictionary holds. */
export const rare = (t: Token) => nameLike(t) && ((FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)) || unknown(t));
const surname = (first: Token, t: Token) => nameLike(t) && CAPITAL.test(t.word) === CAPITAL.test(first.word) && ((LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)) || unknown(t) || FIRST_NAMES.has(t.key));

/** From token i a name of one to three words, the first passing `first`; the index past its last word, or -1. */
export function nameFrom(text: string, tokens: readonly Token[], i: number, first: (t: Token) => boolean): number {
  const t = tokens[i];
  if (t === undefined || !first(t)) return -1;
  let j = i + 1;
  while (j < i + 3 && adjacent(text, tokens[j - 1]!, tokens[j]) && surname(t, tokens[j]!)) j++;
  return j;
}
export const span = (tokens: readonly Token[], i: number, j: number): PiiSpan => ({ kind: 'name', start: tokens[i]!.start, end: tokens[j - 1]!.end });

const OPENING = String.raw`(?:^|[.!?\n][ \t"')]*)[ \t]*`;
const FILLERS = String.raw`(?:(?:hi|hey|hello|hola|bueno|buenas(?:[ \t]+(?:tardes|noches))?|buenos[ \t]+d[ií]as|good[ \t]+(?:morning|afternoon|evening)|yeah|yes|yep|um|uh|ok|okay|so|oh|well|sí|si)[ \t,]+)*`;
// "hola soy tonatzin llamo por …", "yeah this is akwasi i never got …": who the caller is, then their first words.
const SELF = new RegExp(`${OPENING}${FILLERS}(?:(?:this|ths|tis)\\s+(?:is|iz)|thsi\\s+is|it['’]?s|its|i['’]?m|soy|(?:le\\s+)?habla)[ \\t]+(?:(?:uh|um|er|eh|este)[ \\t,]+)?`, 'giu');
const NAMES = new RegExp(`${OPENING}${FILLERS}name['’]s[ \\t]+`, 'giu');
const NAME_S = /name['’]?s/i;
const mayNames = needs(NAME_S, ['name']);
const GOES_ON = new Set('i my and y llamo llamaba calling about regarding with from again we im i’m i\'m need just pls plz please um uh er mi porque por para es necesito quiero tengo sobre le'.split(' '));
// "Can Aukusti or Vappu Heikkinen pick up …": people asked to run an errand, joined by "or" or "and".
// "Does Tlalli need to sign …": asked whether they must run it.
const ASKED = new RegExp(`${OPENING}(?:can|could|will|would|may|should|does|did|do)[ \\t]+`, 'giu');
const ERRAND = new Set('pick get sign come collect grab take bring drop call receive stop'.split(' '));
// "Quenby from the billing office", "oriane from the rite aid pharmacy": the caller or a member of staff.
export const FROM_WHERE = /^[ \t]+from[ \t]+(?:the[ \t]+|your[ \t]+|dr\.?[ \t]+|doctor[ \t]+)?(?:[\p{L}'’.&-]+[ \t]+){0,4}?(?:pharmacy|office|clinic|billing|store|desk|department|team|insurance|practice|hospital|lab|center|centre|farmacia|oficina|cl[ií]nica)\b/iu;
const SPEAKER_BEFORE = /\b(?:this[ \t]+is|i['’]?m|it['’]?s)[ \t]+(?:(?:the[ \t]+)?(?:pharmacist|tech|technician|rep|agent|coordinator)[ \t]+)?$/i;
const ROLE_BEFORE = /\b(?:pharmacist|tech|technician|rep|agent|coordinator)[ \t]+$/i;
const FROM_HINT = /\bfrom\b/i;
const mayFrom = needs(FROM_HINT, ['from']);
const SENTENCE_START = /(?:^|[.!?:\n]["')]?)[ \t>"'(]*$/;
// What only a person does after their name opens a sentence; "takes", "started" only before a medicine.
// Not "says": "Label says …", "Box says …".
const SAYS = new Set('said asked asks told tells picked wants wanted thinks knows dice dijo quiere pregunta preguntó'.split(' '));
const TAKES = new Set('takes took started stopped uses used needs gets got'.split(' '));
// Who opens such a sentence without being named: "Mom said", "Pharmacy called", "Insurance told me".
export const ROLES = new Set(
  ('mom mum mommy dad daddy mother father son daughter wife husband brother sister grandma grandpa nana papa baby kid hubby boss ' +
    'someone somebody everyone everybody nobody anyone anybody pharmacy pharmacist insurance doctor nurse billing support staff management ' +
    'corporate reception shipping delivery customer service tech agent rep representative team office clinic hospital store manager supervisor ' +
    'security admin family parent parents student teacher school resident guardian spouse patient caller member client user provider prescriber physician specialist surgeon dentist therapist counselor ' +
    'mama papi mami abuela abuelo landlord neighbor neighbour friend partner caregiver aide it this that he she they we you mail ups fedex usps ' +
    // Things that say: "text said my account …", "Label said …".
    'text email letter website site app message notice system voicemail recording portal label bottle box sign screen bill statement card receipt paper form note chart computer robot automated').split(' '),
);
// "Cardiology said", "Pulmonologist wants", "Dietitian said": a department or a specialist.
export const SPECIALIST = /(?:olog(?:y|ist)|ist|ian|ics|ment)$/;
// "my kid peanut swallowed …", "its noodle again": a nickname that is a word.
const KID = /\b(?:my|our)[ \t]+(?:kid|kiddo|toddler|little[ \t]+one|lil[ \t]+one|youngest|oldest)[ \t]+/giu;
const ITS_AGAIN = new RegExp(`${OPENING}${FILLERS}(?:it['’]?s|its)[ \\t]+`, 'giu');
const mayItsAgain = needs(ITS_AGAIN, ["it's", 'its']);
const KIN = 'mother|father|mom|dad|mum|wife|husband|son|daughter|sister|brother|grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|nephew|partner|neighbou?r|friend|caregiver|madre|padre|mam[aá]|pap[aá]|hij[oa]|espos[oa]|herman[oa]|abuel[oa]|t[ií][oa]|vecin[oa]|amig[oa]';
const KIN_WORDS = new RegExp(`^(?:${KIN}|kid|baby|brother|sister)$`, 'iu');
const KIN_IS = new RegExp(String.raw`\b(?:my|mi|our)[ \t]+(?:${KIN})[ \t]+(?:is|es|se[ \t]+llama)[ \t]+`, 'giu');
// {"first":"Leocadio","last":"Bustillos"}, "patient_name":"…"
const JSON_NAME = /"((?:(?:first|last|full|given|family|middle|patient|member|customer|caller)[_ ]?)?(?:name|nombre)|first|last|surname|apellidos?|nombre)"[ \t]*:[ \t]*"((?:\p{L}[\p{L}'’.-]*)(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3})"/giu;
const CON = /\b(?:con|comun[ií]quenme[ \t]+con|p[aá]same[ \t]+a)[ \t]+/giu;
const FIELD = /\b(?:paciente|patient|member|customer|caller|cliente|titular)[ \t]*=[ \t]*/giu;
const VIET_MIDDLE = new Set(['van', 'thi', 'văn', 'thị']);

function selfNamed(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  SELF.lastIndex = 0;
  for (let m = SELF.exec(text); m !== null; m = SELF.exec(text)) {
    const i = tokenAt(tokens, SELF.lastIndex);
    const t = tokens[i];
    if (t?.start !== SELF.lastIndex || !nameLike(t) || !unknown(t) || t.key.length < 4 || isKnownWord(t.key)) continue;
    const next = tokens[i + 1];
    // The end of the message, or the caller's next words: "… i never got", "… y la insulina", "… llamo por".
    if (next === undefined ? /^[\s.!,]*$/.test(text.slice(t.end)) : adjacent(text, t, next) && GOES_ON.has(next.key)) spans.push(span(tokens, i, i + 1));
  }
}

function askedToGo(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(text); m !== null; m = ASKED.exec(text)) {
    const i = tokenAt(tokens, ASKED.lastIndex);
    const a = nameFrom(text, tokens, i, rare);
    if (a < 0) continue;
    const found = [span(tokens, i, a)];
    let j = a;
    // "X or Y Z": the conjunction is a token unless it is "&".
    const between = tokens[j] === undefined ? '' : text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/^[ \t]*&[ \t]*$/.test(between) || (tokens[j] !== undefined && /^(?:or|and)$/i.test(tokens[j]!.word) && adjacent(text, tokens[j - 1]!, tokens[j]))) {
      const k = /^[ \t]*&[ \t]*$/.test(between) ? j : j + 1;
      const b = nameFrom(text, tokens, k, (w) => rare(w) && CAPITAL.test(w.word) === CAPITAL.test(tokens[i]!.word));
      if (b < 0) continue;
      found.push(span(tokens, k, b));
      j = b;
    }
    // "… be able to pick up", "… please pick up", "… need to sign"
    const able = /^[ \t]+(?:be[ \t]+able[ \t]+to|please|need[ \t]+to|have[ \t]+to)[ \t]+/i.exec(text.slice(tokens[j - 1]!.end));
    const verb = able ? tokens[tokenAt(tokens, tokens[j - 1]!.end + able[0].length)] : tokens[j];
    if (verb !== undefined && (able !== null || adjacent(text, tokens[j - 1]!, verb)) && ERRAND.has(verb.key)) spans.push(...found);
  }
}

/** A capitalised word, a listed first name or a word no list holds, opening a sentence: which rule vouches is the caller's. */
export function openingWord(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const gapFrom = i === 0 ? 0 : tokens[i - 1]!.end;
  return (i === 0 || t.start - gapFrom > 1) && SENTENCE_START.test(text.slice(gapFrom, t.start));
}

function sentenceOpeners(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  // Cheap tests first: most words open no sentence, and "from" is in few messages.
  const from = mayFrom(text) && FROM_HINT.test(text);
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const opening = openingWord(text, tokens, i);
    // SPEAKER_BEFORE ends in [ \t]+: only a word after a space or a tab can follow it.
    const gap = text.charCodeAt(t.start - 1);
    const speaker = from && (gap === 0x20 || gap === 0x09) && SPEAKER_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
    if ((!opening && !speaker) || !nameLike(t) || ROLES.has(t.key) || isDescribingWord(t.key) || inflected(t.key) || /ly$/.test(t.key)) continue;
    // "this is pharmacist clover from the store": after who speaks, any word before where they work.
    // A word that is a word too only after a role ("it's stuff from the pharmacy" stays).
    if (speaker && (rare(t) || ROLE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) && !CITIES.has(t.key) && FROM_WHERE.test(text.slice(t.end, t.end + 80))) {
      spans.push(span(tokens, i, i + 1));
    }
    if (!opening) continue;
    // "oriane from the rite aid pharmacy said …": a name no list holds or a listed one, in either case.
    const j = from ? nameFrom(text, tokens, i, (w) => rare(w) && (CAPITAL.test(w.word) || /^[a-z]{4,}$/.test(w.word))) : -1;
    if (j > 0 && !CITIES.has(t.key) && FROM_WHERE.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 80))) {
      spans.push(span(tokens, i, j));
      continue;
    }
    // One capitalised word, a word too ("Sparrow said", "Thistle picked it up"), before what only a person does.
    const next = tokens[i + 1]!;
    // In a lower-case transcript only the word that opens it ("sorrel wants to know when …").
    const transcriptStart = i === 0 && !/\p{Lu}/u.test(text);
    if (!(CAPITAL.test(t.word) || transcriptStart) || !adjacent(text, t, next) || CAPITAL.test(next.word) || !(SAYS.has(next.key) || TAKES.has(next.key))) continue;
    const medicine = tokens.slice(i + 2, i + 5).some((w) => namesDrug(w.key));
    // A word no list holds before "said" may be a plan or a firm ("Ambetter said no"): it takes a medicine to be a person.
    const word = (isKnownWord(t.key) || ANY_FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key)) && !SPECIALIST.test(t.key);
    if ((word && SAYS.has(next.key)) || (TAKES.has(next.key) && medicine)) spans.push(span(tokens, i, i + 1));
  }
}

function nicknames(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  const nickname = (t: Token | undefined): t is Token => t !== undefined && nameLike(t) && !isDescribingWord(t.key) && !inflected(t.key) && !KIN_WORDS.test(t.key) && !/ly$/.test(t.key);
  KID.lastIndex = 0;
  for (let m = KID.exec(text); m !== null; m = KID.exec(text)) {
    const i = tokenAt(tokens, KID.lastIndex);
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (t?.start === KID.lastIndex && nickname(t) && next !== undefined && adjacent(text, t, next) && (SAYS.has(next.key) || /(?:ed|s)$/.test(next.key) || /^(?:got|has|had|took|ate|is|was|broke|fell|threw|swallowed)$/.test(next.key)) && isVerbLike(next.key)) spans.push(span(tokens, i, i + 1));
  }
  ITS_AGAIN.lastIndex = 0;
  if (mayItsAgain(text)) for (let m = ITS_AGAIN.exec(text); m !== null; m = ITS_AGAIN.exec(text)) {
    const i = tokenAt(tokens, ITS_AGAIN.lastIndex);
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (t?.start === ITS_AGAIN.lastIndex && nickname(t) && next !== undefined && adjacent(text, t, next) && (next.key === 'again' || next.key === 'here')) spans.push(span(tokens, i, i + 1));
  }
}
const isVerbLike = (key: string) => isFunctionWord(key) || inflected(key);

export function namesByClues(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  selfNamed(text, tokens, spans);
  askedToGo(text, tokens, spans);
  sentenceOpeners(text, tokens, spans);
  nicknames(text, tokens, spans);
  // "name's Fitzwilliam, I need …": a chat writer's "my name's" without the "my".
  NAMES.lastIndex = 0;
  if (mayNames(text) && NAME_S.test(text)) for (let m = NAMES.exec(text); m !== null; m = NAMES.exec(text)) {
    const i = tokenAt(tokens, NAMES.lastIndex);
    const j = nameFrom(text, tokens, i, (t) => t.start === NAMES.lastIndex && (rare(t) || (CAPITAL.test(t.word) && nameLike(t))));
    if (j > 0) spans.push(span(tokens, i, j));
  }
  KIN_IS.lastIndex = 0;
  for (let m = KIN_IS.exec(text); m !== null; m = KIN_IS.exec(text)) {
    const i = tokenAt(tokens, KIN_IS.lastIndex);
    const j = nameFrom(text, tokens, i, (t) => t.start === KIN_IS.lastIndex && CAPITAL.test(t.word) && (rare(t) || (nameLike(t) && !isKnownWord(t.key))));
    if (j > 0) spans.push(span(tokens, i, j));
  }
  // "paciente=Anacleta Arrizabalaga&motivo=…": capitalised words no dictionary holds, not "patient=M-204411" nor "caller=daughter".
  if (text.includes('=')) for (const m of text.matchAll(FIELD)) {
    const i = tokenAt(tokens, m.index + m[0].length);
    const j = nameFrom(text, tokens, i, (t) => t.start === m.index + m[0].length && CAPITAL.test(t.word) && rare(t) && !isKnownWord(t.key));
    if (j > 0 && /^(?:[&;,|\s]|$)/.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 1))) spans.push(span(tokens, i, j));
  }
  if (text.includes('"')) for (const m of text.matchAll(JSON_NAME)) {
    const start = m.index + m[0].length - 1 - m[2]!.length;
    if (!m[2]!.split(/[ \t]+/).some((w) => namesDrug(w.toLowerCase()))) spans.push({ kind: 'name', start, end: start + m[2]!.length });
  }
  // "con hermógenes por favor": the person a Spanish caller asks for.
  CON.lastIndex = 0;
  if (text.includes('favor')) for (let m = CON.exec(text); m !== null; m = CON.exec(text)) {
    const i = tokenAt(tokens, CON.lastIndex);
    const t = tokens[i];
    if (t?.start === CON.lastIndex && rare(t) && !isKnownWord(t.key) && /^[ \t]+por[ \t]+favor\b/iu.test(text.slice(t.end))) spans.push(span(tokens, i, i + 1));
  }
  // "Marguerite de la Roche-Aymon", "Pieter van der Meulen": a listed first name, particles, then a capitalised name
  // (a lone "de" joins nothing: "Ana de Boise"; "Seit der Umstellung", "Rua das Flores" open with no first name).
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (!PARTICLES.has(tokens[i + 1]!.key) || !CAPITAL.test(t.word) || !FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key) || !nameLike(t) || !adjacent(text, t, tokens[i + 1])) continue;
    const found = namesWithParticles(text, tokens, [span(tokens, i, i + 1)]);
    spans.push(...found);
  }
  // "Bui Van Khoa", "Lam Thi Xuan Mai"
  for (let i = 1; i < tokens.length - 1; i++) {
    const [a, p, b] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (!VIET_MIDDLE.has(p.key) || !CAPITAL.test(p.word) || !adjacent(text, a, p) || !adjacent(text, p, b)) continue;
    const named = (t: Token) => CAPITAL.test(t.word) && nameLike(t) && (!isKnownWord(t.key) || FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key));
    // "Dinh Van Hung": after a name no dictionary holds, a name that is a word too.
    if (!named(a) || !(named(b) || (!isKnownWord(a.key) && CAPITAL.test(b.word) && usable(b) && !namesDrug(b.key) && (ANY_FIRST_NAMES.has(b.key) || ANY_LAST_NAMES.has(b.key))))) continue;
    let j = i + 2;
    while (j < i + 4 && adjacent(text, tokens[j - 1]!, tokens[j]) && named(tokens[j]!)) j++;
    spans.push(span(tokens, i - 1, j));
  }
  return spans;
}

// Joined into a name between two name words: "Hendrik van den Broek", "Maricruz de las Mercedes Ibargüengoitia", "abdulrahman bin yusof".
const PARTICLES = new Set('de del della la las los van von der den di da du le ter ten dos das bin binti ibn al el abu thi ni nic o ua'.split(' '));
// In a lower-case transcript only particles no Spanish sentence uses ("ana ruiz de la farmacia" stays).
// "Gilles de la Tourette syndrome", "Santa Maria de la Cabeza hospital": a disease or a place named after a person.
const EPONYM = /^[ \t]+(?:syndrome|disease|disorder|palsy|sign|test|scale|procedure|reflex|hospital|clinic|church|school|street|st|avenue|ave|road|rd|center|centre|college|university|park|county|pharmacy|farmacia|hospital|cl[ií]nica|calle|iglesia)\b/iu;
const LOWER_PARTICLES = new Set('van von der den di bin binti ibn ter ten de la las los del el al ni nic'.split(' '));
// Lower case, particles a Spanish sentence uses too join only before a listed surname ("ignacio de la garza", not "ana ruiz de la
// tienda"), "el" and "al" before a listed name no dictionary holds ("ahmed el sayed"), Irish "ni" before a softened surname
// ("siobhan ni bhriain", not Spanish "ni").
const SENTENCE_PARTICLES = new Set(['de', 'la', 'las', 'los', 'del', 'el', 'al', 'ni', 'nic']);
const IRISH_SOFTENED = /^[bcdfgmpst]h/;
const IRISH_PARTICLES = new Set(['ni', 'nic', 'o', 'ua']);

function particlesFit(joined: readonly string[], last: Token, capital: boolean): boolean {
  if (joined.some((p) => IRISH_PARTICLES.has(p))) return IRISH_SOFTENED.test(last.key) || (capital && joined.every((p) => IRISH_PARTICLES.has(p)));
  // "Al" joined capitalised names before ("Hamad Al Thani"); "el" joins in either case only before a listed name.
  if (joined[0] === 'el' || (!capital && joined[0] === 'al')) return joined.length === 1 && !isKnownWord(last.key) && (ANY_FIRST_NAMES.has(last.key) || ANY_LAST_NAMES.has(last.key));
  if (capital || !joined.some((p) => SENTENCE_PARTICLES.has(p))) return true;
  return LAST_NAMES.has(last.key) && !WORDY_NAMES.has(last.key) && !CITIES.has(last.key);
}

/** A found name carried over its particles to the surname after them. */
export function namesWithParticles(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const name of names) {
    const first = tokenAt(tokens, name.start);
    let k = tokenAt(tokens, name.end) - 1;
    if (k < first || tokens[first] === undefined) continue;
    const capital = CAPITAL.test(tokens[first]!.word);
    const particles = capital ? PARTICLES : LOWER_PARTICLES;
    // "Johanna [van Oordt]": the first name before a name found from its particle on.
    const before = tokens[first - 1];
    if (PARTICLES.has(tokens[first]!.key) && before !== undefined && adjacent(text, before, tokens[first]) && CAPITAL.test(before.word) && rare(before)) {
      spans.push({ kind: 'name', start: before.start, end: name.end });
    }
    // "[Hendrik van] den Broek": a particle the name took in already.
    while (k > first && particles.has(tokens[k]!.key)) k--;
    let j = k + 1;
    while (j < k + 4 && tokens[j] !== undefined && particles.has(tokens[j]!.key) && adjacent(text, tokens[j - 1]!, tokens[j])) j++;
    // "ahmed el sayed": after "el" a word reads as a place's ("el paso"); particlesFit asks a listed name of it.
    const last = tokens[j]?.place && (tokens[j - 1]!.key === 'el' || tokens[j - 1]!.key === 'al') ? { ...tokens[j]!, place: false } : tokens[j];
    // After "de las" a name that is a brand's too ("Mercedes") still is one: no medicine, no function word, no town.
    const namePart = (t: Token) => !t.glued && /\p{Ll}/u.test(t.word) && !isFunctionWord(t.key) && !namesDrug(t.key) && !CITIES.has(t.key) && t.key.length > 1;
    if (j === k + 1 || last === undefined || !adjacent(text, tokens[j - 1]!, last) || !namePart(last) || (!capital && !nameLike(last))) continue;
    // "Ana Ruiz de Boise" is where she lives: a lone "de" or "del" joins nothing.
    if (j === k + 2 && (tokens[k + 1]!.key === 'de' || tokens[k + 1]!.key === 'del')) continue;
    const fits = capital
        ? CAPITAL.test(last.word) && (!isKnownWord(last.key) || ANY_LAST_NAMES.has(last.key) || ANY_FIRST_NAMES.has(last.key))
        : (LAST_NAMES.has(last.key) && !WORDY_NAMES.has(last.key)) || unknown(last);
    const joined = tokens.slice(k + 1, j).map((t) => t.key);
    // After "el" or "al" a listed name decides alone (particlesFit): "ahmed el sayed".
    if (!(fits || joined[0] === 'el' || joined[0] === 'al') || !particlesFit(joined, last, capital)) continue;
    let end = j + 1;
    if (capital && adjacent(text, last, tokens[end]) && CAPITAL.test(tokens[end]!.word) && namePart(tokens[end]!) && !isKnownWord(tokens[end]!.key)) end++;
    if (EPONYM.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 12))) continue;
    spans.push({ kind: 'name', start: name.start, end: tokens[end - 1]!.end });
  }
  return spans;
}
