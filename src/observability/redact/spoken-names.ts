import { townAsPerson } from './name-towns.ts';
import type { PiiSpan } from './kinds.ts';
import { ANY_FIRST_NAMES, ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, RARE_FIRST_NAMES, WORDY_NAMES, fold, inflected, isDescribingWord, isFunctionWord, isKnownWord, isUsTown } from './lexicon.ts';
import { asciiLower } from './gate.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';

/**
 * People's names as callers say them and chat writers type them: lower case, no punctuation, few cues.
 * - a cue that always introduces a name ("first name", "last name", "the account holder is", "under",
 *   "patient", "a nombre de"): the next one to three words that can be a name;
 * - a cue that often does ("this is", "it's", "for", "thanks", "my dad", "soy"): a first name from the
 *   lists (with the surname after it), or a word followed by a surname; a first name that is also a
 *   word ("will", "hope") only with a surname after it or "here", "calling", "speaking", "from";
 * - a name spelled letter by letter ("l o p e z") after "spelled", "that's" or a name;
 * - a first name and a surname, or a first name alone, closing the message ("… to a pharmacist destiny mcdonald").
 * Medicines, pharmacies and plans are never names; a clinician's name after "dr" or "doctor" stays.
 */
export interface Token {
  word: string;
  key: string;
  start: number;
  end: number;
  /** Part of a web or e-mail address, a handle or a code ("https:", "maria.lopez62", "a@b"): never a name. */
  glued: boolean;
  /** After "san", "puerto", "fort": part of a place's name. */
  place: boolean;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
// Spanish one-letter words that join, not a middle initial: "ana ruiz y ella".
const CONJUNCTION = new Set(['y', 'e', 'o', 'u']);
const GLUED_AFTER = /^(?:[:/@_\d]|\.[\p{L}\d])/u;

/** Whether text[from, to) is one or more spaces and tabs (/^[ \t]+$/ on the slice, without the slice). */
export function blanks(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

const QUOTES = "'’";
const ENDINGS = new Set(['s', 't', 'd', 'm', 're', 'll', 've']);
/** Whether `key` ends in a contraction ("she's", "isn't", "we'll"): /['’](?:s|t|re|ll|d|ve|m)$/ read from its last characters. */
const contracted = (key: string) => {
  const n = key.length;
  return (n >= 2 && QUOTES.includes(key[n - 2]!) && ENDINGS.has(key[n - 1]!)) || (n >= 3 && QUOTES.includes(key[n - 3]!) && ENDINGS.has(key.slice(n - 2)));
};

/** The words of `text` with their folded forms; computed once per message and shared by the name finders. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Most messages are ASCII: their folded words are slices of the lower-cased text.
  const lower = asciiLower(text);
  for (const m of text.matchAll(WORD)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const glued = gluedAfter(text, end) || (start > 0 && gluedBefore(text.charCodeAt(start - 1)));
    const key = lower === null ? fold(m[0]) : lower.slice(start, end);
    const place = placeMayPrecede(tokens[tokens.length - 1], start, lower !== null) && PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    tokens.push({ word: m[0], key, start, end, glued, place });
  }
  return tokens;
}

// A word glued to what is around it, read from character codes: "/", "@", "_" or a digit on either side, ":" after it,
// "." before it, or after it when a letter or digit follows (GLUED_AFTER).
const glues = (c: number) => c === 0x2f || c === 0x40 || c === 0x5f || (c >= 0x30 && c <= 0x39);
const gluedAfter = (text: string, end: number) => {
  const c = text.charCodeAt(end);
  // A colon glues "https:" and "10:30", not a label's or a speaker's colon before a space ("SMS from Wanjiru: …").
  return glues(c) || (c === 0x3a && !COLON_ENDS.test(text.slice(end + 1, end + 2))) || (c === 0x2e && GLUED_AFTER.test(text.slice(end, end + 2)));
};
const COLON_ENDS = /^(?:[ \t\n]|$)/;
const gluedBefore = (c: number) => glues(c) || c === 0x2e;
const PLACE_WORDS = new Set('san santa santo puerto los las el new fort port saint st mount mt lake north south east west'.split(' '));
/**
 * Whether PLACE_BEFORE can hold before a word at `start`: its place word (ASCII letters) ends the word before, as a
 * whole word when that word is all letters and lies inside PLACE_BEFORE's eight characters (no word boundary inside
 * it otherwise). With no word before, or in an ASCII text whose word before is another plain word, it cannot.
 */
function placeMayPrecede(before: Token | undefined, start: number, ascii: boolean): boolean {
  if (before === undefined) return false;
  if (PLACE_WORDS.has(before.key) || !ascii || before.start < start - 8) return true;
  return before.word.includes("'") || before.word.includes('-');
}

const ALWAYS = new RegExp(
  String.raw`\b(?:(?<definite>(?:first|last|middle|sur|full|patient(?:['’]s)?|member(?:['’]s)?|caller(?:['’]s)?|account|his|her|their|my\s+\p{L}+['’]s)\s*name(?:\s+is|['’]s)?|(?:first|last)\s+is` +
    String.raw`|(?:gave|gives|give|said|says|listed|spelled|confirmed|verified)\s+(?:(?:his|her|their|my|the)\s+)?name\s+as|name\s+on\s+(?:it|(?:(?:the|my|his|her)\s+)?(?:prescription|account|card|order|bottle|file|label|record|insurance|policy|plan|claim|package|box))\s+(?:is|should\s+be|says)` +
    // "my maiden name was pettigrew", "under my maiden name, Wainwright"
    String.raw`|maiden\s+name(?:\s+(?:is|was))?` +
    // "i was helped by a lady named precious", "a rep called tariq" (the person before it, not "the order called")
    String.raw`|(?:someone|somebody|lady|man|woman|guy|girl|boy|gentleman|person|nurse|pharmacist|rep|representative|agent|tech|technician|kid|child|baby|friend|neighbou?r|caregiver)\s+(?:named|called)` +
    // A title that is no clinician's ("mrs hall", "la señora ruiz"), a nickname ("everyone calls me buck", "me dicen lupe"),
    // the person asked for or spoken to, cared for or written to; Spanish "el nombre del paciente es", "soy la hija de".
    String.raw`|(?<title>mrs?\.?|ms\.?|mx\.?|mister|señora|señorita|señor|senora|senorita|senor|sra\.?|srta\.?|doña|don)|calls\s+me|(?:can|may|just|please)\s+call\s+me|go(?:es)?\s+by|(?:me|le)\s+dicen` +
    String.raw`|caregiver\s+(?:for|of)|care\s+of|attn|caring\s+for|addressed\s+to|(?:message|letter|package|voicemail|note)\s+is\s+for` +
    String.raw`|nombre\s+del?\s+(?:paciente|titular|asegurad[oa])(?:\s+es)?|le\s+(?:escribe|habla)|(?:hij[oa]|espos[oa]|madre|padre|niet[oa]|herman[oa]|mam[aá]|pap[aá]|abuel[oa])\s+de` +
    String.raw`|(?:the\s+)?(?:patient|caller)\s+is|message\s+for|(?:the\s+)?account\s+holder(?:\s+is)?|(?:prescription|refill|order|account|rx|it)(?:\s+is|['’]s)?\s+under(?:\s+the\s+name(?:\s+of)?)?|me\s+llamo|mi\s+nombre\s+es|mi\s+apellido\s+es|a\s+nombre\s+de)` +
    String.raw`|(?:the\s+)?(?:patient|caller)|on\s+behalf\s+of|(?:prescriptions?|refills?|medication|meds|rx)\s+for|(?:prescriptions?|refills?|medication|meds|rx|order|it)\s+(?:is|was)\s+for|de\s+parte\s+de|se\s+llama` +
    // Someone asked for or spoken to: a word no list holds or a capitalised one alone ("ask for Emeka"), a listed
    // name that is a word too only with a surname ("asking for real" stays).
    String.raw`|(?<person>ask(?:ing|ed)?\s+for|(?:helped|assisted|served)\s+by|(?:speaking|talking|speak|talk|spoke|spoken|talked)\s+(?:with|to|w/|w(?=[ \t]))|known\s+as|habl(?:[eé]|amos|ando)\s+con` +
    // Whose order or prescription, in Spanish: "el pedido de citlali treviño" (a relative after it is read by OFTEN; "la receta de insulina" stays).
    String.raw`)|(?<owned>(?:el|la|los|las|mi|su)\s+(?:pedido|paquete|receta|recetas|cuenta|orden|env[ií]o|factura|cita|tarjeta)\s+de)` +
    // "calling about hope green": a first name and a surname that are words too count after it, one word alone does not.
    String.raw`|(?<about>(?:calling|call|asking|question|questions)\s+(?:about|regarding)))(?![\p{L}'’])[\s,:]*`,
  'giu',
);
const OFTEN = new RegExp(
  String.raw`(?:(?:\b(?:(?<self>this\s+is|it['’]?s|i['’]?m|i\s+am|she\s+is|he\s+is|she['’]s|he['’]s|(?<kin>my\s+(?:husband|wife|son|daughter|kid|toddler|mother|father|mom|dad|brother|sister|partner|grandma|grandpa|grandmother|grandfather|aunt(?:ie|y)?|uncle|neighbou?r|friend|roommate|client|coworker|co-worker|colleague|cousin|boss|landlord|girlfriend|boyfriend|fianc[eé]e?)` +
    String.raw`|mi\s+(?:madre|padre|mam[aá]|pap[aá]|hijo|hija|esposo|esposa|abuela|abuelo|suegr[oa]|t[ií][oa]|vecin[oa]|amig[oa]|niet[oa]|herman[oa]|prim[oa]|cuñad[oa]))` +
    String.raw`|(?<sign>thanks(?:\s+so\s+much)?|thank\s+you(?:\s+so\s+much)?|many\s+thanks|cheers|thx|ty|best|regards|sincerely|atentamente|saludos|bye|gracias)` +
    // "the pharmacist told …", "can you tell …"
    String.raw`|tell|told|remind|reminded)` +
    // "yeah this ivy balogun the …": the transcript lost the "is" (a first name and a surname, not two words).
    String.raw`|(?<bare>(?<=\b(?:yeah|yes|hi|hello|so|um|uh|okay|ok)[\s,]+)this)` +
    String.raw`|soy|habla|for|about|pharmacist|hey|hi|hello|um|uh|so|yes|yeah|yep|yup|okay|ok|hola)` +
    // A signature after a dash: "Is Lyrica covered? - Ana Ruiz".
    String.raw`|(?<dash>(?<![\p{L}\d])[-–—]))[\s,:]+)`,
  'giu',
);
const SPELLED = /(?<![\p{L}\d'’])[a-z\u00C0-\u024F](?:[ .-]{1,2}[a-z\u00C0-\u024F](?![\p{L}\d'’])){2,}/giu;
const SPELLED_HINT = /(?<![\p{L}\d])[a-z\u00C0-\u024F][ .-]{1,2}[a-z\u00C0-\u024F][ .-]{1,2}[a-z\u00C0-\u024F](?![\p{L}\d])/iu;
const SPELL_CUE = /(?:spelled|spell(?:ed)?\s+it|spelling|that['’]?s|that\s+is|thats|se\s+escribe|letra\s+por\s+letra)[\s,:]*$/iu;
export const CLINICIAN_BEFORE = /\b(?:dr|dra|doctor|doctora|nurse|np|pa-c)\.?\s+$/iu;
const SAYS_WHO = new Set(['here', 'calling', 'speaking', 'from', 'again', 'llamando']);
const SELF_SAYS = new Set(['here', 'calling', 'speaking', 'llamando']);
const CUE_FILLERS = new Set(['uh', 'um', 'er', 'erm', 'eh', 'este']);
const FILLER_CUE = /^\s*(?:um|uh|so|yes|yeah|yep|yup|okay|ok)[\s,:]*$/i;
const OPENING_FILLERS = new Set('hi hello hey yeah yes yep yup so um uh oh ok okay well'.split(' '));
// When or where after the person spoken to: "spoke with honey yesterday", "talked to ginger last week".
const WHEN_WHERE = new Set('yesterday today earlier this last on at in from about and who before when again ayer hoy sobre por de en'.split(' '));
// What a caller goes on with after "yeah this <name>": "the norvasc …", "calling back", "call me".
const GOES_ON = new Set('the a an my i im calling call here again speaking about regarding from and'.split(' '));
const VERB_AFTER = new Set('is was has had takes took needs needed wants got tiene toma tomó está estaba necesita quiere'.split(' '));
// Words that follow a cue but start no name, beyond the lexicon's function and describing words.
const STOP = new Set(
  ('i im me my mine the a an and or but so not no yes is was am are be been on in at of to for from with about regarding calling call here there this that it its bye goodbye ' +
    'very just still really also having going trying getting need needs want wanted have has had please hi hello hey sorry thanks thank your our their his her ' +
    'pharmacy store customer service team support member patient caller pharmacist doctor dr nurse office clinic insurance plan card account order refill prescription ' +
    'first last middle name surname full gonna wanna tryna kinda sorta gotta okay ok alright yeah um uh spelled spell thats letter letters ' +
    'dob ssn id states says said reports reported stated wants needs takes took called calls asks asked would ' +
    'y o que en con por para un una el la los las de del mi mis su sus yo es son tengo llamo habla hablo soy tomo quiero necesito sobre gracias hola buenas buenos dias ' +
    'tardes noches fecha nacimiento naci desde hace esta estoy ' +
    'hasnt doesnt dont cant wont isnt wasnt didnt havent arent shes hes youre theyre whats san santa santo puerto fort port saint ' +
    'doña dona lic licda ing arq rev capt prof sgt lt col atty esq fr ' +
    're fyi back again regards wishes sincerely much ayer hoy anoche mañana manana luego ahora todavia todavía tambien también siempre nunca aqui aquí alli allí').split(' '),
);
// Before a first name alone at the end, these make it a word, not a name: "by june", "i hope", "the will".
// "they told me to try madison", "i'm visiting tyler": a town that is a first name too, after a word of place or travel, ends the message.
const PLACE_VERB_BEFORE_END = new Set('try visit visiting near around outside downtown between toward towards into via'.split(' '));
const NOT_BEFORE_END = new Set('the a an my your his her our their to of in on at by with from for i we you they he she will would can could may might should must is are was be and or this that some any no por para de en con sin al del'.split(' '));
// "san antonio", "puerto rico", "fort liberty": a place.
const PLACE_BEFORE = /\b(?:san|santa|santo|puerto|los|las|el|new|fort|port|saint|st|mount|mt|lake|north|south|east|west)\.?\s+$/i;
// Conditions and tests said letter by letter: "a d h d", "c o p d".
const SPELLED_TERMS = new Set('adhd copd uti ibs gerd hiv std sti cpap ekg ecg mri icu otc prn ssri snri nsaid bmi ldl hdl tsh ptsd ocd rsv covid asap fyi'.split(' '));

// A Spanish past tense ("murió", "empezó") names nobody.
export const usable = (t: Token) => !t.word.endsWith('ó') && !t.word.endsWith('mente') && !t.glued && !t.place && t.key.length > 1 && !STOP.has(t.key) && !NOT_A_NAME.has(t.key) && !contracted(t.key);
const isFirst = (t: Token) => FIRST_NAMES.has(t.key) && !NOT_A_NAME.has(t.key);
const isLast = (t: Token) => LAST_NAMES.has(t.key) && !NOT_A_NAME.has(t.key);
const isWordy = (t: Token) => WORDY_NAMES.has(t.key);
export const unknown = (t: Token) => !isKnownWord(t.key) && !isFunctionWord(t.key) && (!FIRST_NAMES.has(t.key) || RARE_FIRST_NAMES.has(t.key)) && !LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !NOT_A_NAME.has(t.key) && t.key.length > 2;
/** A surname after a first name: a listed name (a wordy one too) or a word nobody uses otherwise. */
const surnameAfter = (t: Token) => usable(t) && !isFunctionWord(t.key) && (isLast(t) || isFirst(t) || unknown(t) || (isWordy(t) && ANY_LAST_NAMES.has(t.key) && !isFunctionWord(t.key)));

const adjacent = (text: string, a: Token, b: Token | undefined) => b !== undefined && blanks(text, a.end, b.start);
/** A word that may open a name where the word after it vouches: no function, describing or inflected word, no title ("kidney", "sky", "honor" may). */
const nameable = (t: Token) => usable(t) && !isFunctionWord(t.key) && !isDescribingWord(t.key) && !inflected(t.key) && !TITLE_WORDS.has(t.key);
// A title stays outside the mask: "this is mrs adaeze calling".
const TITLE_WORDS = new Set('mr mrs ms mx mister dr sr sra srta'.split(' '));
const afterClinician = (text: string, t: Token) => CLINICIAN_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start));

/** The index of the first token at or after `at`, searched from `from` on (cue matches come in order: linear overall). */
function firstTokenFrom(tokens: readonly Token[], at: number, from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < at) i++;
  return i;
}

function readAlways(text: string, tokens: readonly Token[], i: number, definite: boolean, person = false): PiiSpan | null {
  const first = tokens[i]!;
  // "thanks, Lyrica helped a lot": a medicine the lexicon takes for a first name is still a medicine.
  if (!usable(first) || afterClinician(text, first) || namesDrug(first.key)) return null;
  const next = adjacent(text, first, tokens[i + 1]) ? tokens[i + 1] : undefined;
  const surname = next !== undefined && surnameAfter(next) && !isFunctionWord(next.key);
  // "first name will": after a definite cue a listed name may be a word too ("will", "hope").
  const listed =
    isFirst(first) || isLast(first) || (ANY_FIRST_NAMES.has(first.key) && (definite || surname)) || (ANY_LAST_NAMES.has(first.key) && definite) || ((definite || person) && CAPITAL.test(first.word) && !isFunctionWord(first.key));
  // "prescription for naltrexone", "patient hasnt": a word no list holds needs a definite cue or a surname after it.
  const plain = unknown(first) && (definite || (person && (CAPITAL.test(first.word) || !first.word.includes('-'))) || (next !== undefined && ((isLast(next) && !isWordy(next)) || unknown(next) || (usable(next) && ANY_LAST_NAMES.has(next.key) && !isFunctionWord(next.key)))));
  // "talked to ember quinlan", "spoke with honey yesterday": after someone spoken to, any word before a surname, a listed first name before when or where.
  const spokenTo = person && ((nameable(first) && next !== undefined && usable(next) && ((isLast(next) && !isWordy(next)) || unknown(next))) || (ANY_FIRST_NAMES.has(first.key) && !isFunctionWord(first.key) && (next === undefined ? /^[\s.!,]*$/.test(text.slice(first.end)) : WHEN_WHERE.has(next.key))));
  if (!listed && !plain && !spokenTo) return null;
  if (!listed && isFunctionWord(first.key)) return null;
  let end = first.end;
  for (let k = i + 1, n = 0; k < tokens.length && n < 2; k++, n++) {
    let t = tokens[k]!;
    // A middle initial: "john q adams".
    if (t.key.length === 1 && !CONJUNCTION.has(t.key) && adjacent(text, tokens[k - 1]!, t) && adjacent(text, t, tokens[k + 1]) && surnameAfter(tokens[k + 1]!) && !isFunctionWord(tokens[k + 1]!.key)) t = tokens[++k]!;
    else if (!adjacent(text, tokens[k - 1]!, t) || !surnameAfter(t) || isFunctionWord(t.key)) break;
    end = t.end;
  }
  return { kind: 'name', start: first.start, end };
}

// "in tyler", "over in lincoln", "de florence": where a caller who just named themself lives.
const WHERE = new Set(['in', 'en', 'de', 'from']);
const AROUND = new Set(['over', 'out', 'down', 'up', 'here']);
function townAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const at = AROUND.has(tokens[k]?.key ?? '') && adjacent(text, tokens[k]!, tokens[k + 1]) ? k + 1 : k;
  const [where, town] = [tokens[at], tokens[at + 1]];
  return where !== undefined && WHERE.has(where.key) && adjacent(text, where, town) && (isUsTown(town!.key) || CITIES.has(town!.key));
}

function readOften(text: string, tokens: readonly Token[], i: number, self: boolean, _person: boolean, kin = false): PiiSpan | null {
  const first = tokens[i]!;
  // "thanks, Lyrica helped a lot": a medicine the lexicon takes for a first name is still a medicine.
  if (!usable(first) || afterClinician(text, first) || namesDrug(first.key)) return null;
  const next = adjacent(text, first, tokens[i + 1]) ? tokens[i + 1] : undefined;
  const after = next !== undefined && adjacent(text, next, tokens[i + 2]) ? tokens[i + 2] : undefined;
  const name = (end: Token): PiiSpan => ({ kind: 'name', start: first.start, end: end.end });
  const anyLast = next !== undefined && ANY_LAST_NAMES.has(next.key) && !isFunctionWord(next.key);
  // "hunter banks calling", "raj washington here", "clover burns calling back": who speaks names themself.
  const lastish = next !== undefined && usable(next) && (ANY_LAST_NAMES.has(next.key) || unknown(next));
  if (lastish && after !== undefined && SAYS_WHO.has(after.key) && (ANY_FIRST_NAMES.has(first.key) || unknown(first))) return name(next!);
  // "sky sullivan again", "kestrel amadi calling back": before "here", "calling", "again" a listed surname or a word no list holds vouches for any first word.
  if (after !== undefined && SAYS_WHO.has(after.key) && next !== undefined && usable(next) && ((isLast(next) && !isWordy(next)) || unknown(next) || (SELF_SAYS.has(after.key) && ANY_LAST_NAMES.has(next.key))) && nameable(first)) return name(next);
  // "my neighbor sky bird asked …", "my friend story wells told …": after a relative, a word and a surname, then a verb or the end.
  if (kin && next !== undefined && nameable(first) && usable(next) && ANY_LAST_NAMES.has(next.key) && !isFunctionWord(next.key) && (after === undefined ? /^[\s.!,]*$/.test(text.slice(next.end)) : isFunctionWord(after.key))) return name(next);
  if (isFirst(first) && !isWordy(first)) return name(next !== undefined && surnameAfter(next) ? next : first);
  if ((isWordy(first) || unknown(first)) && next !== undefined && isLast(next) && !isWordy(next)) return name(next);
  // After "this is", "i'm", "my mother": a first name and any surname ("dawn banks", "faith price", "oluwaseun adebayo").
  if (self && (ANY_FIRST_NAMES.has(first.key) || unknown(first)) && next !== undefined && (anyLast || unknown(next)) && usable(next)) return name(next);
  // "Mi esposo Citlali tiene …", "me and my husband Dusty …": a capitalised word no list holds, or a listed name.
  if (self && CAPITAL.test(first.word) && (unknown(first) || (ANY_FIRST_NAMES.has(first.key) && !isFunctionWord(first.key)))) return name(next !== undefined && CAPITAL.test(next.word) && surnameAfter(next) ? next : first);
  const end = next === undefined && /^[\s.!,]*$/.test(text.slice(first.end));
  const says = next !== undefined && SAYS_WHO.has(next.key);
  if (isFirst(first) && (end || says)) return name(first);
  // "it's backordered": a past participle no dictionary holds describes.
  if (self && (ANY_FIRST_NAMES.has(first.key) || (unknown(first) && next?.key !== 'from' && !inflected(first.key))) && (end || says)) return name(first);
  // "mi esposo itzel tiene …", "my son kwame was …": a word no list holds, then a verb.
  if (self && unknown(first) && next !== undefined && VERB_AFTER.has(next.key)) return name(first);
  // "this is peregrina in tyler", "it's zavattaro over in lincoln", "soy ulrika de tyler": who speaks says where from.
  if (self && (ANY_FIRST_NAMES.has(first.key) || (unknown(first) && !inflected(first.key))) && !isFunctionWord(first.key) && next !== undefined && townAfter(text, tokens, i + 1)) return name(first);
  // "mi suegra remedios no llegó", "my cousin wren was …": after a relative, a listed name (a word too included), then a verb.
  if (kin && ANY_FIRST_NAMES.has(first.key) && !isFunctionWord(first.key) && next !== undefined && isFunctionWord(next.key)) return name(first);
  return null;
}

/**
 * A sign-off that ends the message ("… best clover lane", "- tendai lane", "cheers thandiwe"): one or two words up to
 * the end, of which one at least is a listed name or a word no list holds ("thanks guys", "best wishes" stay).
 */
function signature(text: string, tokens: readonly Token[], i: number): PiiSpan | null {
  const words = tokens.slice(i, i + 3);
  if (words.length > 2 || !/^[\s.!,]*$/.test(text.slice(words.at(-1)!.end))) return null;
  if (words.length === 2 && !adjacent(text, words[0]!, words[1])) return null;
  if (!words.every((t) => usable(t) && !isFunctionWord(t.key) && !afterClinician(text, t))) return null;
  if (!words.some((t) => ANY_FIRST_NAMES.has(t.key) || ANY_LAST_NAMES.has(t.key) || unknown(t))) return null;
  return { kind: 'name', start: words[0]!.start, end: words.at(-1)!.end };
}

const titled = (t: Token) => !isFunctionWord(t.key) && (CAPITAL.test(t.word) || ANY_FIRST_NAMES.has(t.key) || ANY_LAST_NAMES.has(t.key) || unknown(t));

/** Two words that make a name on their own: not two everyday words ("this summer sun"), not two unknown ones ("this tinea capitis"). */
function barePair(text: string, tokens: readonly Token[], i: number): PiiSpan | null {
  const [a, b] = [tokens[i]!, tokens[i + 1]];
  if (b === undefined || !adjacent(text, a, b) || !usable(a) || !usable(b) || afterClinician(text, a)) return null;
  const firstLike = (isFirst(a) && !isWordy(a)) || ((unknown(a) || ANY_FIRST_NAMES.has(a.key)) && isLast(b) && !isWordy(b)) || (ANY_FIRST_NAMES.has(a.key) && unknown(b)) || (unknown(a) && ANY_LAST_NAMES.has(b.key) && !isFunctionWord(b.key));
  // "yeah this oyelade ferraz the norvasc …", "this nkem adaeze call me": two words no list holds, then what a caller goes on with ("this tinea capitis is …" stays).
  const c = tokens[i + 2];
  const goesOn = c === undefined ? /^[\s.!,]*$/.test(text.slice(b.end)) : adjacent(text, b, c) && GOES_ON.has(c.key);
  // A first name and a surname that are words too ("dusty wolf the …"), or any word and a surname before "calling", "here" ("kestrel amadi calling back").
  const wordyPair = goesOn && ANY_FIRST_NAMES.has(a.key) && ANY_LAST_NAMES.has(b.key) && !isFunctionWord(b.key);
  const saysPair = c !== undefined && adjacent(text, b, c) && SAYS_WHO.has(c.key) && nameable(a) && ((isLast(b) && !isWordy(b)) || unknown(b));
  const unknownPair = unknown(a) && unknown(b) && goesOn;
  return wordyPair || saysPair || (firstLike && (isLast(b) || unknown(b) || ANY_LAST_NAMES.has(b.key)) && !isFunctionWord(b.key)) || unknownPair ? { kind: 'name', start: a.start, end: b.end } : null;
}

/**
 * After "el pedido de", "la receta de": a capitalised word, a listed first name or a word no list holds before a listed surname,
 * with the surname after it; Spanish nouns no list holds ("de medicinas", "de otra persona", "de miembro") stay.
 */
function ownedName(text: string, tokens: readonly Token[], i: number): PiiSpan | null {
  const [a, b] = [tokens[i]!, tokens[i + 1]];
  if (!nameable(a) || afterClinician(text, a)) return null;
  const surname = b !== undefined && adjacent(text, a, b) && surnameAfter(b) && !isFunctionWord(b.key) && CAPITAL.test(b.word) === CAPITAL.test(a.word);
  // "el paquete de abundio salas": a word no list holds before a listed surname.
  if (!(CAPITAL.test(a.word) || ANY_FIRST_NAMES.has(a.key) || (unknown(a) && surname && isLast(b!)))) return null;
  return { kind: 'name', start: a.start, end: surname ? b!.end : a.end };
}

/** After "calling about": a first name and a surname, words too included ("hope green", "rose fox"), or a word no list holds and a surname. */
function aboutPair(text: string, tokens: readonly Token[], i: number): PiiSpan | null {
  const [a, b] = [tokens[i]!, tokens[i + 1]];
  if (b === undefined || !adjacent(text, a, b) || !usable(a) || !usable(b) || afterClinician(text, a) || isFunctionWord(a.key) || isFunctionWord(b.key)) return null;
  const pair = (ANY_FIRST_NAMES.has(a.key) && (ANY_LAST_NAMES.has(b.key) || unknown(b))) || (unknown(a) && isLast(b));
  return pair ? { kind: 'name', start: a.start, end: b.end } : null;
}

function cued(text: string, tokens: readonly Token[], cue: RegExp, read: (text: string, tokens: readonly Token[], i: number, self: boolean, person: boolean, kin: boolean) => PiiSpan | null, spans: PiiSpan[]) {
  cue.lastIndex = 0;
  let from = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    let i = (from = firstTokenFrom(tokens, at, from));
    // The name must follow the cue with only spaces, commas or colons between.
    if (i >= tokens.length || !/^[\s,:]*$/.test(text.slice(at, tokens[i]!.start))) continue;
    // "her name is uh gwenhwyfar", "spoke to um rhiannon": a transcript's filler between the cue and the name.
    let f = i;
    while (f < tokens.length - 1 && CUE_FILLERS.has(tokens[f]!.key) && adjacent(text, tokens[f]!, tokens[f + 1])) f++;
    const g = m.groups;
    if (g?.['definite'] !== undefined || g?.['person'] !== undefined || g?.['self'] !== undefined || g?.['kin'] !== undefined) i = f;
    // After "mr", "ms", "señora" a name, not "ms flare" (multiple sclerosis): capitalised or a listed name.
    if (m.groups?.['title'] !== undefined && (!titled(tokens[i]!) || /^\p{Lu}{2}/u.test(m[0]))) continue;
    // "assisted by EMTs": an acronym is no person.
    if (m.groups?.['person'] !== undefined && /^\p{Lu}{2}/u.test(tokens[i]!.word)) continue;
    const sign = m.groups?.['sign'] !== undefined || m.groups?.['dash'] !== undefined;
    if (m.groups?.['dash'] !== undefined) {
      // After a dash only a signature that ends the message: "Subject: Injection site - Vivitrol" is no name.
      const span = signature(text, tokens, i);
      if (span) spans.push(span);
      continue;
    }
    if (m.groups?.['bare'] !== undefined || m.groups?.['about'] !== undefined || m.groups?.['owned'] !== undefined) {
      const span = m.groups['about'] !== undefined ? aboutPair(text, tokens, i) : m.groups['owned'] !== undefined ? ownedName(text, tokens, i) : barePair(text, tokens, i);
      if (span) spans.push(span);
      continue;
    }
    const span = (sign ? signature(text, tokens, i) : null) ?? read(text, tokens, i, m.groups?.['self'] !== undefined || m.groups?.['definite'] !== undefined || sign, m.groups?.['person'] !== undefined, m.groups?.['kin'] !== undefined);
    // "um jackson has no stock": after a filler a town that is a first name too, alone, is the town.
    if (span && FILLER_CUE.test(m[0]) && span.end === tokens[i]!.end && !SAYS_WHO.has(tokens[i + 1]?.key ?? '') && !townAsPerson(text, span.start, span.end, tokens[i]!.key)) continue;
    if (span) spans.push(span);
  }
}

/** A first name and a surname: "destiny mcdonald", "christian adams" (a first name that is a word needs a listed surname). */
const pairAt = (b: Token, c: Token) => (isFirst(b) && !isWordy(b) && surnameAfter(c)) || (ANY_FIRST_NAMES.has(b.key) && usable(b) && isLast(c) && !isWordy(c));

/** The message's first words: "Christian Adams here, …", "raj washington here": no cue before them, so the lists must vouch. */
function opening(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  // Greetings and fillers first: "yeah so misty here again", "hi brandy here".
  let k = 0;
  while (k < tokens.length - 2 && OPENING_FILLERS.has(tokens[k]!.key) && adjacent(text, tokens[k]!, tokens[k + 1])) k++;
  const [a, b, c] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]];
  if (!usable(a) || !adjacent(text, a, b)) return;
  // "Will Molina cover Cialis?": a question's modal, not the name Will.
  if ((a.key === 'will' || a.key === 'may') && /^[^.!\n]*\?/.test(text.slice(a.start))) return;
  // "Dusty here again", "sunny here, …": a first name that is a word too, naming the one who writes, before "here" or "speaking".
  if (ANY_FIRST_NAMES.has(a.key) && !isFunctionWord(a.key) && (b.key === 'here' || b.key === 'speaking') && (c === undefined || c.key === 'again' || /^[ \t]*[,.!-]/.test(text.slice(b.end)))) {
    spans.push({ kind: 'name', start: a.start, end: a.end });
    return;
  }
  if (k > 0) return;
  const says = c !== undefined && adjacent(text, b, c) && SAYS_WHO.has(c.key);
  if (pairAt(a, b) || (says && (ANY_FIRST_NAMES.has(a.key) || unknown(a)) && (ANY_LAST_NAMES.has(b.key) || unknown(b)) && usable(b))) spans.push({ kind: 'name', start: a.start, end: b.end });
  // "Billy here", "nneka calling": a listed first name, or a word no list holds before "here", "calling", "speaking".
  else if (((isFirst(a) && !isWordy(a)) || (unknown(a) && SELF_SAYS.has(b.key))) && SAYS_WHO.has(b.key)) spans.push({ kind: 'name', start: a.start, end: a.end });
}

// "me dijo que les escribiera": a Spanish pronoun before a verb, not the name Les.
const CLITICS = new Set('le les lo los la las me te se nos'.split(' '));

function closing(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  const n = tokens.length;
  if (n < 3 || !/^[\s.!,]*$/.test(text.slice(tokens[n - 1]!.end))) return;
  const [a, b, c] = [tokens[n - 3]!, tokens[n - 2]!, tokens[n - 1]!];
  // "… a pharmacist destiny mcdonald": a first name and a surname.
  // "… a pharmacist june oyelaran": a first name that is a word too, and a surname no list holds, end the message.
  // "… St. Jude Parish": a place's name after its abbreviation.
  const closes = (usable(b) && pairAt(b, c)) || (ANY_FIRST_NAMES.has(b.key) && b.key.length > 2 && usable(b) && !CLITICS.has(b.key) && !isDescribingWord(b.key) && usable(c) && unknown(c) && c.key.length > 3);
  if (adjacent(text, b, c) && closes && !NOT_BEFORE_END.has(a.key) && !afterClinician(text, b)) {
    spans.push({ kind: 'name', start: b.start, end: c.end });
    return;
  }
  // "… take my prozac history off it sana": a first name alone.
  if (isFirst(c) && !isWordy(c) && c.key.length > 2 && !NOT_BEFORE_END.has(b.key) && !afterClinician(text, c) && usable(c) && !(PLACE_VERB_BEFORE_END.has(b.key) && !townAsPerson(text, c.start, c.end, c.key))) spans.push({ kind: 'name', start: c.start, end: c.end });
}

function spelled(text: string, spans: PiiSpan[]) {
  for (const m of text.matchAll(SPELLED)) {
    const letters = m[0].replace(/[ .-]/g, '');
    // "a b c" or "i i i" is no name; four letters or more, or a spelling cue before it.
    if (letters.length < 3 || /^[ai]+$/i.test(letters) || SPELLED_TERMS.has(letters.toLowerCase())) continue;
    if (letters.length < 4 && !SPELL_CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    spans.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
}

export function findSpokenNames(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  cued(text, tokens, ALWAYS, readAlways, spans);
  cued(text, tokens, OFTEN, readOften, spans);
  if (tokens.length > 1 && /^[\s,:]*$/.test(text.slice(0, tokens[0]!.start))) opening(text, tokens, spans);
  closing(text, tokens, spans);
  if (SPELLED_HINT.test(text)) spelled(text, spans);
  return spans;
}
