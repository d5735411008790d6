import { townAsPerson } from './name-towns.ts';
import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { namesDrugWord as namesDrug } from './drug-words.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isDescribingWord, isKnownWord, isOrganisation } from './lexicon.ts';
import { FROM_WHERE, ROLES, adjacent, nameFrom, nameLike, rare, span } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';
import { needs } from './gate.ts';

/**
 * Names that only a person fills the place of (issue #14, sixth follow-up), whatever the words are:
 * - the one written to, called, sent or told something: "I emailed Ifeoluwa", "texted radegund abt it", "Called
 *   Gunnhild in pharmacy services", "sent it to tobenna", "forwarded ur email to gaudencio", "pls cc honoria",
 *   "when I finally reached Ignatia", "shoutout to isolde", "whoever wubet is", "cb to Wojciech", "callback for
 *   Ferrante"; in Spanish the personal "a" after such a verb ("Llamé a Baltasar", "Le mandé los papeles a …");
 * - "the lady i spoke with was named kalinda", "mother of Tolulope", "hello my name vaclava kuzmina", "your colleague
 *   Thorvald", "quien me atendió fue evarista";
 * - "X is my sister": a word before "is my" and a relative ("lol no psalm is my sister", "Story is my daughter");
 * - an initial and a surname: "J. Tolliver", "K. Mbatha";
 * - names before an insurance role in parentheses: "Bergljot Falk (subscriber), Knut Falk (spouse)";
 * - a form field whose key ends in "name": `contact_name: …`.
 * And from the names found already: a speaker's repair ("tomasa no sorry tomasita", "walburga i mean burgi",
 * "gwenhwyfar sorry anghared prytherch") and a list of people with commas ("me, oriel, marcelline and zenaida", "My
 * kids are Atticus, Sunnefa and Bexley", "somos yo, Eusebia y Ambrosio").
 * Pharmacies, plans, firms, towns, medicines, departments ("Messaged Billing") and roles ("texted Grandma") stay.
 */
const CAPITAL = /^\p{Lu}/u;

/** A word only a person's name is: a listed first name no word shares, a listed surname no word shares, or a word no list holds. */
const personal = (t: Token) =>
  (rare(t) || (nameLike(t) && LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key))) && !ROLES.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !isDescribingWord(t.key) && t.word !== t.word.toUpperCase();

// Verbs of writing, calling and sending, and what they are done to: the next word is the person reached.
const CONTACT = new RegExp(
  String.raw`\b(?:e-?mail(?:ed|d)|messag(?:ed|d)|t(?:e)?xt(?:ed|d)|dm['’]?d|pinged|ask|asked|cc['’]?d|ccd|cc|bcc|whoever|told|thank(?:\s+you)?|(?<phoned>called|phoned|rang|reached)|callback\s+(?:for|to)|cb\s+to|transfer(?:red)?(?:\s+(?:me|us))?\s+to|put\s+(?:me|us)\s+through\s+to|(?:leave|left)\s+(?:a\s+)?(?:message|voicemail|msg)\s+(?:with|for)|on\s+the\s+phone\s+with|met\s+with|(?:message|call|e-?mail|text|voicemail|note|reply|response|letter|sms|fax|transfer|chat|escalation|callback)\s+from|(?:sent|signed|written|submitted|requested|approved|entered|created|updated|handled|processed|(?:picked|dropped)\s+(?:up|off)|signed\s+for)\s+by|shout[\s-]?out\s+to` +
    String.raw`|(?:sent|send|resend|re-send|forward|forwarded|fwd|mailed|faxed|gave|give|handed|passed)(?:\s+(?:it|them|this|that|everything|(?:ur|your|my|the|his|her)\s+\p{L}+))?(?:\s+over)?\s+to` +
    String.raw`|(?:was|is|were)\s+named|(?:mother|father|mom|dad|parent|guardian)\s+of|(?:my|your|our)\s+(?:colleague|coworker|co-worker|case\s+manager|contact)` +
    String.raw`|^(?:hello|hi|hey)?[\s,]*my\s+name|atendi[óo](?:\s+fue)?|(?:me|le)\s+ayud[óo](?:\s+fue)?)[ \t,]+(?:(?:uh|um|er)[ \t,]+)?(?=\p{L})`,
  'giu',
);
/** A capitalised first name that is a word too ("Wren", "Sage", "Blessing"): no role, town, firm or medicine. */
const wordyName = (t: Token) => CAPITAL.test(t.word) && LOWER.test(t.word) && (ANY_FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key)) && usable(t) && !namesDrug(t.key) && !ROLES.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key);
const LOWER = /\p{Ll}/u;
const AFTER_WORD_NAME = /^(?:[ \t]*(?:[,.!?;)]|$)|[ \t]+(?:at|in|on|about|re|for|yesterday|today|again|back|twice)\b)/iu;
const AT_WORK = /^[ \t]+(?:at|from|in)[ \t]+(?:the|your)[ \t]+(?:[\p{L}'’.&-]+[ \t]+){0,3}?(?:pharmacy|counter|desk|office|clinic|store|front|billing|window)\b/iu;
// Bits for the cue words a message holds (CUE_WORDS): a pattern runs only on messages with its word.
const [CONTACTS, A, FROM_AT, MI, ME_YO, WHO_WORD, AND_WORD, REACHED_WORD, SPOKE, POSSESSIVES, SPEAKERS] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const CUE_WORDS = new Map<string, number>();
const cueWords = (bit: number, words: string) => {
  for (const w of words.split(' ')) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
};
cueWords(
  CONTACTS,
  'sms fax transfer chat escalation message call email e-mail text voicemail note reply response letter by picked dropped emailed emaild e-mailed messaged messagd texted textd txted txtd dm dm\'d pinged ask asked cc cc\'d ccd bcc whoever told thank called phoned rang reached callback cb transfer transferred put leave left on met shout shout-out sent send resend re-send forward forwarded fwd mailed faxed gave give handed passed named mother father mom dad parent guardian my your our colleague coworker co-worker case contact atendió atendio ayudó ayudo',
);
cueWords(A, 'a');
cueWords(FROM_AT, 'from at');
cueWords(MI, 'mi su');
cueWords(ME_YO, 'me yo');
cueWords(WHO_WORD, 'who');
cueWords(AND_WORD, 'and');
cueWords(REACHED_WORD, 'called texted emailed messaged rang');
cueWords(SPOKE, 'spoke spoken talked speaking talking');
cueWords(POSSESSIVES, 'my our his her');
cueWords(SPEAKERS, 'agent rep representative requester requested submitted assigned handled contact caller subscriber guarantor spouse dependent dependant customer member patient cx cust');
// Who called: "I called …", "Called … in pharmacy services" ("a movie called Dorothy" is a title).
const CALLER_BEFORE = /(?:^|[.!?\n][ \t]*|\b(?:i|we|he|she|they|you|u|just|already|also|then|and|finally|even|never|have|has|had)[ \t]+)$/i;
// Spanish marks a person it calls or sends to with "a": "Llamé a Baltasar", "Le mandé los papeles a Tranquilino".
const PERSONAL_A = /(?<![\p{L}])(?:llam[ée]|llam[óo]|mand[ée]|mand[óo]|envi[ée]|envi[óo]|pas[ée]|pregunt[ée]|pregunt[óo]|avis[ée]|avis[óo]|escrib[ií]|escribi[óo]|dije|di)(?![\p{L}])(?:[ \t]+(?:le|les|los|las|el|la|mis|sus|[\p{L}]+)){0,3}?[ \t]+a[ \t]+(?=\p{Lu})/giu;
// "lol no psalm is my sister", "Story is my daughter": someone a relative of the writer.
const IS_MY_KIN = /(?<=[\p{L}'’-])[ \t]+is[ \t]+my[ \t]+(?:sister|brother|daughter|son|mother|mom|mum|father|dad|wife|husband|partner|aunt|uncle|niece|nephew|cousin|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|roommate|caregiver|neighbou?r|friend)\b(?!['’])/giu;
// "J. Tolliver", "K. Mbatha": an initial with its full stop, then a capitalised surname.
const INITIAL = /(?<![\p{L}.])(\p{Lu})\.[ \t]?(?=\p{Lu}\p{Ll})/gu;
// "Bergljot Falk (subscriber), Knut Falk (spouse)": a name before the role a policy gives it.
const POLICY_ROLE = /^[ \t]*\((?:subscriber|spouse|dep|dependent|dependant|self|insured|policyholder|policy\s+holder|guarantor|primary|member|child)\)/iu;
// "yeah vigdis from your billing department", "Goodenough from your appeals team": the one who speaks for a place, after
// the sentence's start or a filler.
const OPENS_BEFORE = /(?:^|[.!?\n][ \t"')]*|\b(?:yeah|yes|so|um|uh|ok|okay|well|oh)[ \t,]+)$/iu;
// A place of work with its determiner: "from your billing department", not "Forbes and Murray from hospital".
// "Oksana at your call center was great"
const AT_PLACE = /^[ \t]+at[ \t]+(?:the|your|our)[ \t]+(?:[\p{L}'’.&-]+[ \t]+){0,3}?(?:pharmacy|office|clinic|billing|store|desk|department|team|practice|hospital|lab|counter|call[ \t]+cent(?:er|re)|front[ \t]+desk)\b/iu;
const FROM_THE = /^[ \t]+from[ \t]+(?:the|your|our)[ \t]/iu;
// "the girl there chantal said", "and then marisol told me": a listed first name no word shares, before what a person says.
const SAYS = new Set('said says told tells asked asks dijo dice'.split(' '));
const DETERMINER = /^(?:my|your|his|her|our|their|the|a|an|this|that|mi|su|el|la|in|at|on|from|to|with|by|of|for|near|en|de|con)$/;
// "mi cuñada auxilio le mandó", "mi comadre refugio me dijo": a relative, a word no list holds, then a pronoun before a verb.
const SPANISH_KIN = /(?<![\p{L}])(?:mi|su)[ \t]+(?:cuñad[oa]|comadre|compadre|suegr[oa]|nuera|yerno|vecin[oa]|amig[oa]|prim[oa]|t[ií][oa]|sobrin[oa]|niet[oa]|herman[oa]|hij[oa]|espos[oa])[ \t]+(?=\p{L})/giu;
const CLITIC = new Set('le les me te se nos'.split(' '));
// "me n trinity", "me and Ximena", "yo y Eusebia": someone paired with the writer.
const TOGETHER = new Set('both are were have had need got get will can share live go went take use tenemos somos vamos estamos necesitamos tomamos'.split(' '));
const WITH_ME = /\b(?:me|yo)[ \t]+(?:n|and|&|y)[ \t]+(?=\p{L})/giu;
const WHO = /,[ \t]*who\b/giu;
const PAIR_SHARING = /(?:^|[.!?\n][ \t]*)(\p{Lu}\p{Ll}+[ \t]+and[ \t]+\p{Lu}\p{Ll}+)[ \t]+(?:are|were)[ \t]+(?:both[ \t]+)?(?:on|covered|listed|allowed|authori[sz]ed|still|under|need|take|have|got)\b/gu;
const WROTE = /(?:^|\n)[> \t]*((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)[ \t]*(?:<[^>\n]*>)?[ \t]*(?:wrote|escribió)[ \t]*:/gu;
const REACHED = new Set(['called', 'texted', 'emailed', 'messaged', 'rang']);
const SPOKE_WITH = /\b(?:spoke|spoken|talked|speaking|talking)[ \t]+(?:with|to)[ \t]+(?:(?:uh|um)[ \t]+)?(?=\p{L})/giu;
// A word everybody uses that no list gives as a name ("someone", "management") is nobody's name here.
const isKnownWordOnly = (t: Token) => isKnownWord(t.key) && !ANY_FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !LAST_NAMES.has(t.key);
const KIN_NAMED = /\b(?:my|our|his|her)[ \t]+(?:mother|father|mom|dad|mum|wife|husband|son|daughter|sister|brother|grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|nephew|partner|caregiver|neighbou?r|friend|cousin)(?:[ \t]+is|[ \t]*,)?[ \t]+(?=\p{Lu})/giu;
const CC_LINE = /\bb?cc[ \t]*:[ \t]*(?=\p{L})/giu;
const CC = /\bb?cc\s*:/i;
const mayCc = needs(CC, ['cc'], [':']);
const SPEAKER_FIELD = /(?:^|[\n|;]|\b)(?:agent|rep|representative|requester|requested[ \t]+by|submitted[ \t]+by|assigned[ \t]+to|handled[ \t]+by|contact|caller|subscriber|guarantor|spouse|dependent|dependant)[ \t]*:[ \t]*(?=\p{Lu})/giu;
const SPEAKER_LABEL = /(?:^|\n|\]|\))[ \t]*(?:agent|rep|caller|customer|member|patient|cx|cust)[ \t]*(?:\([ \t]*(\p{Lu}[\p{L}'’-]+)[ \t]*\)|[ \t]+(\p{Lu}[\p{L}'’-]+))[ \t]*:/giu;
const NAME_FIELD = /\b[a-z]+_name[ \t]*[:=][ \t]*(?=\p{L})/giu;
// A speaker's repair after a name: "tomasa no sorry tomasita", "walburga i mean burgi".
const REPAIR = /^[ \t,]+(?:(?:uh|um|er|erm)[ \t,]+)?(?:no[ \t,]+sorry|sorry|i[ \t]+mean|no[ \t,]+wait|or[ \t]+rather)[ \t,]+(?:(?:uh|um|er)[ \t,]+)?(?=\p{L})/iu;
// A list of people: "me, oriel, marcelline and zenaida", "Gottfried, Hannelore and me".
const PEOPLE_BEFORE = /\b(?:kids|children|grandkids|grandchildren|sons|daughters|dependents|dependants|ppl|people|names|household|family|hijos|nietos)\b[^,.!?\n]{0,16}$/i;
const ME = new Set(['me', 'i', 'yo', 'myself', 'mí']);
const AND = new Set(['and', 'y', 'e', 'n', '&']);

const PASSIVE_BEFORE = /\b(?:was|were|been|be|being|is|are|got|get|gets)\s+$/i;

export function namesByContact(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const at = (re: RegExp, read: (i: number, m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const i = tokenAt(tokens, re.lastIndex);
      if (tokens[i]?.start === re.lastIndex) read(i, m);
    }
  };
  // Which cue words the message holds, read once from its tokens: most patterns below need one.
  let has = 0;
  for (const t of tokens) has |= CUE_WORDS.get(t.key) ?? 0;
  if (has & CONTACTS) at(CONTACT, (i, m) => {
    if (m.groups?.['phoned'] !== undefined && !CALLER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    // "i told dawn at the pharmacy": a first name that is a word too, where a person works.
    const atWork = (t: Token) => ANY_FIRST_NAMES.has(t.key) && nameLike(t) && !ROLES.has(t.key) && AT_WORK.test(text.slice(t.end, t.end + 60));
    // "texted Wren, no reply": a capitalised name that is a word too, before a stop or where and when.
    const wordName = (t: Token) => wordyName(t) && AFTER_WORD_NAME.test(text.slice(t.end, t.end + 12));
    const j = nameFrom(text, tokens, i, (t) => personal(t) || atWork(t) || wordName(t));
    if (j < 0) return;
    // "his Entresto was sent to Orlando by mistake": what was sent went to a place; a town that is a first name too stays.
    if (j === i + 1 && PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) && !townAsPerson(text, tokens[i]!.start, tokens[i]!.end, tokens[i]!.key)) return;
    spans.push(span(tokens, i, j));
    // "cc honoria and mungo": a second person reached, in the same case.
    const [and, k] = [tokens[j], j + 1];
    const second = and !== undefined && AND.has(and.key) && adjacent(text, tokens[j - 1]!, and) && adjacent(text, and, tokens[k]) ? nameFrom(text, tokens, k, (t) => personal(t) && CAPITAL.test(t.word) === CAPITAL.test(tokens[i]!.word)) : -1;
    if (second > 0) spans.push(span(tokens, k, second));
  });
  if (has & A) at(PERSONAL_A, (i) => {
    const j = nameFrom(text, tokens, i, (t) => CAPITAL.test(t.word) && personal(t));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  if (/\bis\s+my\s/i.test(text)) for (const m of text.matchAll(IS_MY_KIN)) {
    const i = tokenAt(tokens, m.index) - 1;
    const t = tokens[i];
    if (t === undefined || t.end !== m.index || !nameLike(t) || ROLES.has(t.key) || isDescribingWord(t.key)) continue;
    // A word no list holds, a listed name, or a capitalised word ("Story"); then the word before it if it is a first name.
    if (!(unknown(t) || ANY_FIRST_NAMES.has(t.key) || LAST_NAMES.has(t.key) || CAPITAL.test(t.word))) continue;
    const before = tokens[i - 1];
    const pair = before !== undefined && adjacent(text, before, t) && nameLike(before) && (rare(before) || (CAPITAL.test(before.word) && CAPITAL.test(t.word) && ANY_FIRST_NAMES.has(before.key)));
    spans.push(span(tokens, pair ? i - 1 : i, i + 1));
  }
  if (text.includes('.')) for (const m of text.matchAll(INITIAL)) {
    const i = tokenAt(tokens, m.index + m[0].length);
    const t = tokens[i];
    if (t === undefined || t.start !== m.index + m[0].length || !nameLike(t) || !(unknown(t) || (LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key)))) continue;
    // "Dr. J. Smith" is a clinician: the caller decides by what stands before the span.
    spans.push({ kind: 'name', start: m.index, end: t.end });
  }
  if (text.includes('(')) for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // POLICY_ROLE opens with blanks and "(": the character after them is read before the slice is cut and tested.
    let open = t.end;
    while (text.charCodeAt(open) === 0x20 || text.charCodeAt(open) === 0x09) open++;
    if (text.charCodeAt(open) !== 0x28 || !POLICY_ROLE.test(text.slice(t.end, t.end + 24))) continue;
    let k = i;
    while (k > 0 && i - k < 2 && adjacent(text, tokens[k - 1]!, tokens[k]) && CAPITAL.test(tokens[k - 1]!.word) === CAPITAL.test(t.word) && (nameLike(tokens[k - 1]!) || WORDY_NAMES.has(tokens[k - 1]!.key))) k--;
    if (tokens.slice(k, i + 1).every((w) => (nameLike(w) || WORDY_NAMES.has(w.key)) && (!isKnownWord(w.key) || ANY_FIRST_NAMES.has(w.key) || LAST_NAMES.has(w.key) || WORDY_NAMES.has(w.key))) && tokens.slice(k, i + 1).some((w) => personal(w))) spans.push(span(tokens, k, i + 1));
  }
  if (has & FROM_AT) for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.key !== 'from' && tokens[k]!.key !== 'at') continue;
    const after = text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 80);
    if (tokens[k]!.key === 'from' ? !FROM_THE.test(after) || !FROM_WHERE.test(after) : !AT_PLACE.test(after)) continue;
    // The name's first word, one to three words before "from".
    for (let i = Math.max(0, k - 3); i < k; i++) {
      if (!OPENS_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start)) || nameFrom(text, tokens, i, personal) !== k) continue;
      spans.push(span(tokens, i, k));
      break;
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const [t, says] = [tokens[i]!, tokens[i + 1]!];
    // "My buddy says": after a possessive or an article the word is a noun; after a preposition or a comma a place or a plan may
    // say ("the rite aid in warren says", "…, Oscar says").
    if (SAYS.has(says.key) && adjacent(text, t, says) && FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && personal(t) && !DETERMINER.test(tokens[i - 1]!.key) && /^[ \t]+$/.test(text.slice(tokens[i - 1]!.end, t.start))) spans.push(span(tokens, i, i + 1));
  }
  if (has & MI) at(SPANISH_KIN, (i) => {
    const [t, next] = [tokens[i]!, tokens[i + 1]];
    if (next !== undefined && adjacent(text, t, next) && CLITIC.has(next.key) && personal(t) && t.key.length > 3) spans.push(span(tokens, i, i + 1));
  });
  if (has & ME_YO) at(WITH_ME, (i) => {
    const t = tokens[i]!;
    if (!personal(t) && !(ANY_FIRST_NAMES.has(t.key) && nameLike(t) && !ROLES.has(t.key) && !isDescribingWord(t.key))) return;
    const j = nameFrom(text, tokens, i, () => true);
    // What the two share or do together ("me n trinity both need …"), not what is done to a thing ("refund me and rebill it").
    const next = tokens[j];
    if (next === undefined ? true : /^[ \t]*[,.!?]/.test(text.slice(tokens[j - 1]!.end)) || (adjacent(text, tokens[j - 1]!, next) && TOGETHER.has(next.key))) spans.push(span(tokens, i, j));
  });
  // "the only person who helped was Hauke, who called me back": who, of a person only.
  if (has & WHO_WORD) for (const m of text.matchAll(WHO)) {
    const i = tokenAt(tokens, m.index) - 1;
    const t = tokens[i];
    if (t === undefined || t.end !== m.index || !personal(t) || (!CAPITAL.test(t.word) && t.key.length < 4) || DETERMINER.test(tokens[i - 1]?.key ?? '')) continue;
    const before = tokens[i - 1];
    const pair = before !== undefined && adjacent(text, before, t) && personal(before) && CAPITAL.test(before.word) === CAPITAL.test(t.word) && FIRST_NAMES.has(before.key);
    spans.push(span(tokens, pair ? i - 1 : i, i + 1));
  }
  // "Clay and Primrose are both on the family plan": two first names, words too included, opening what they share.
  if (has & AND_WORD) for (const m of text.matchAll(PAIR_SHARING)) {
    const i = tokenAt(tokens, m.index + m[0].indexOf(m[1]!));
    const [a, b] = [tokens[i], tokens[i + 2]];
    const word = (t: Token | undefined): t is Token => t !== undefined && nameLike(t) && !ROLES.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !isDescribingWord(t.key);
    const listed = (t: Token) => ANY_FIRST_NAMES.has(t.key) || personal(t);
    // Both listed or no word, or one a listed first name and the other any capitalised word ("Primrose").
    if (word(a) && word(b) && (listed(a) || listed(b))) spans.push(span(tokens, i, i + 1), span(tokens, i + 2, i + 3));
  }
  // "> Honor Achterberg wrote:": the writer of a quoted mail, with no date before.
  if (/(?:wrote|escribió)\s*:/.test(text)) for (const m of text.matchAll(WROTE)) {
    const i = tokenAt(tokens, m.index + m[0].indexOf(m[1]!));
    const j = tokenAt(tokens, m.index + m[0].indexOf(m[1]!) + m[1]!.length);
    const words = tokens.slice(i, j);
    if (words.length > 0 && words.length < 4 && words.every((t) => nameLike(t) && !ROLES.has(t.key) && t.word !== t.word.toUpperCase()) && words.some((t) => personal(t) || wordyName(t))) spans.push(span(tokens, i, j));
  }
  // "Sage called me back yesterday": a capitalised first name opening a sentence before reaching the writer.
  if (has & REACHED_WORD) for (let i = 0; i < tokens.length - 2; i++) {
    const [t, verb, whom] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!REACHED.has(verb.key) || !/^(?:me|us|back)$/.test(whom.key) || !adjacent(text, t, verb) || !OPENS_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    if (wordyName(t) || (CAPITAL.test(t.word) && personal(t) && FIRST_NAMES.has(t.key))) spans.push(span(tokens, i, i + 1));
  }
  // "spoke with wren at the front desk": after someone spoken to, a word where a person works.
  if (has & SPOKE) at(SPOKE_WITH, (i) => {
    const t = tokens[i]!;
    if (nameLike(t) && !ROLES.has(t.key) && !isDescribingWord(t.key) && !isKnownWordOnly(t) && AT_WORK.test(text.slice(t.end, t.end + 60))) spans.push(span(tokens, i, i + 1));
  });
  // "CC: sage oyelowo": a copy line names people, in lower case too.
  if (mayCc(text) && CC.test(text)) at(CC_LINE, (i) => {
    const j = nameFrom(text, tokens, i, (t) => personal(t) || ANY_FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key));
    if (j > 0 && tokens.slice(i, j).some(personal) && tokens.slice(i, j).every((t) => nameLike(t) && !ROLES.has(t.key))) spans.push(span(tokens, i, j));
  });
  // "My caregiver is Honor Adeyemi-Blake": after a relative, any capitalised word before a capitalised surname only a name is.
  if (has & POSSESSIVES) at(KIN_NAMED, (i) => {
    const [t, next] = [tokens[i]!, tokens[i + 1]];
    if (CAPITAL.test(t.word) && LOWER.test(t.word) && (nameLike(t) || wordyName(t)) && !ROLES.has(t.key) && adjacent(text, t, next) && CAPITAL.test(next!.word) && personal(next!) && !FIRST_NAMES.has(next!.key)) spans.push(span(tokens, i, i + 2));
  });
  // "Agent: Priyamvada | Reason: refill", "[10:02] Agent Tomasz: how can i help", "Customer (Ifeoma): my order is late": who a
  // note or a chat log says speaks.
  if (has & SPEAKERS && text.includes(':')) {
    at(SPEAKER_FIELD, (i) => {
      const j = nameFrom(text, tokens, i, (t) => CAPITAL.test(t.word) && (personal(t) || wordyName(t) || ANY_FIRST_NAMES.has(t.key)) && !ROLES.has(t.key));
      if (j > 0 && /^[ \t]*(?:[|;,)\n]|$)/.test(text.slice(tokens[j - 1]!.end))) spans.push(span(tokens, i, j));
    });
    for (const m of text.matchAll(SPEAKER_LABEL)) {
      const who = m[1] ?? m[2]!;
      const i = tokenAt(tokens, m.index + m[0].lastIndexOf(who));
      // The colon after the label glues the word as "https:" is glued; here it ends a name.
      const t = tokens[i] === undefined ? undefined : { ...tokens[i]!, glued: false };
      if (t !== undefined && (personal(t) || wordyName(t) || ANY_FIRST_NAMES.has(t.key)) && !ROLES.has(t.key)) spans.push(span(tokens, i, i + 1));
    }
  }
  if (text.includes('_')) at(NAME_FIELD, (i) => {
    const j = nameFrom(text, tokens, i, (t) => nameLike(t) && (CAPITAL.test(t.word) || personal(t)));
    if (j > 0) spans.push(span(tokens, i, j));
  });
  return spans;
}

/** From the names found so far: a speaker's repair after one, and the other people of a list that holds one or the writer. */
export function namesBesideFound(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const name of names) {
    const repair = REPAIR.exec(text.slice(name.end, name.end + 24));
    if (repair === null) continue;
    const i = tokenAt(tokens, name.end + repair[0].length);
    const j = nameFrom(text, tokens, i, (t) => personal(t) || (ANY_FIRST_NAMES.has(t.key) && nameLike(t) && !ROLES.has(t.key)));
    if (j > 0) spans.push(span(tokens, i, j));
  }
  if (text.includes(',')) lists(text, tokens, names, spans);
  return spans;
}

/** "me, oriel, marcelline and zenaida": items of one or two words joined by commas and a last "and"/"y"/"&". */
function lists(text: string, tokens: readonly Token[], names: readonly PiiSpan[], spans: PiiSpan[]) {
  const found = (t: Token) => names.some((n) => n.start <= t.start && t.end <= n.end);
  // An item: a word, and a surname after it in the same case.
  const item = (k: number): [number, number] => {
    const [t, next] = [tokens[k]!, tokens[k + 1]];
    const two = !ME.has(t.key) && nameLike(t) && adjacent(text, t, next) && !AND.has(next!.key) && CAPITAL.test(next!.word) === CAPITAL.test(t.word) && nameLike(next!) && (unknown(next!) || LAST_NAMES.has(next!.key));
    return [k, two ? k + 2 : k + 1];
  };
  const gapAfter = (e: number) => (tokens[e] === undefined ? null : text.slice(tokens[e - 1]!.end, tokens[e]!.start));
  // A list's first item is one or two words before a comma: the lists start at the words before each comma.
  const starts: number[] = [];
  for (let c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
    const k = tokenAt(tokens, c) - 1;
    if (k >= 0 && starts.at(-1) !== k) {
      if (k > 0 && starts.at(-1) !== k - 1) starts.push(k - 1);
      starts.push(k);
    }
  }
  let done = -1;
  for (const i of starts) {
    if (i <= done) continue;
    const items: Array<[number, number]> = [item(i)];
    let closed = false;
    while (items.length < 8) {
      const e = items.at(-1)![1];
      const gap = gapAfter(e);
      if (gap === null) break;
      const comma = /^[ \t]*,[ \t]*$/.test(gap);
      if (/^[ \t]*&[ \t]*$/.test(gap) || (comma && AND.has(tokens[e]!.key)) || (/^[ \t]+$/.test(gap) && AND.has(tokens[e]!.key) && items.length >= 2)) {
        const last = /&/.test(gap) ? e : e + 1;
        if (tokens[last] === undefined || (last > e && !adjacent(text, tokens[e]!, tokens[last]))) break;
        items.push(item(last));
        closed = true;
        break;
      }
      if (!comma) break;
      items.push(item(e));
    }
    if (!closed || items.length < 3) continue;
    const people = items.filter(([s]) => !ME.has(tokens[s]!.key));
    const withMe = people.length < items.length;
    const known = people.some(([s, e]) => tokens.slice(s, e).some(found));
    // Listed first names ("tanisha, lorena and juliana"), not words no list holds ("osteolysis, nodulosis, and arthropathy").
    const rareOnes = people.filter(([s]) => FIRST_NAMES.has(tokens[s]!.key) && !WORDY_NAMES.has(tokens[s]!.key)).length;
    // Each item a name word (a listed first name, a word no list holds); the list holds the writer, a found name or two rare ones.
    const all = people.every(([s, e]) => tokens.slice(s, e).every((t) => nameLike(t) && !ROLES.has(t.key) && !CITIES.has(t.key) && (personal(t) || (ANY_FIRST_NAMES.has(t.key) && CAPITAL.test(t.word)))));
    // "the kids r lwazi, themba, and zanele": people named as such before the list.
    const named = PEOPLE_BEFORE.test(text.slice(Math.max(0, tokens[items[0]![0]]!.start - 30), tokens[items[0]![0]]!.start));
    if (!all || !(withMe || known || named || rareOnes >= 2)) continue;
    for (const [s, e] of people) spans.push(span(tokens, s, e));
    done = items.at(-1)![1] - 1;
  }
}
