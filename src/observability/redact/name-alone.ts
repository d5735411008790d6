import type { PiiSpan } from './kinds.ts';
import { unknown, type Token } from './spoken-names.ts';
import { nameLike } from './name-clues.ts';
import { STATE_NAMES, US_STATES } from './detectors.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, NOT_A_NAME, WORDY_NAMES, inflected, isFunctionWord, isKnownWord, isOrganisation, isUsTown, withoutPossessiveS } from './lexicon.ts';
import { ADDRESSED, personAfter, townAsPerson } from './name-towns.ts';

/**
 * A first name standing alone, with no cue and no surname: "The last time I chatted with Kyle was June",
 * "We bought Riley a onesie", "Megan wants to know". What vouches for it is how it is written, a first name
 * no everyday word shares (the lexicon's FIRST_NAMES) with its capital and lower case after it, not at the
 * head of a proper noun of another kind:
 * - not after an article or a preposition of place ("the Hilton", "a reservation at Lucca", "on Pandora", "a ride to Orlando" (after "to" only after motion),
 *   "towards Forbes and Murray", "en Houston": a hotel, a restaurant, a service, a street corner);
 * - not before "syndrome", "disease", "infection" ("Emanuel syndrome", "Candida infection": a condition's name);
 * - not before "&" or a capitalised everyday word, nor after one inside a sentence ("Johnson & Johnson", "Easter
 *   Sunday", "Craig Street"), nor after any capitalised word that is no first name inside a sentence ("Kings Lynn",
 *   "Semana Santa", "Papa John's", "Autumn Glen": the tail of a place's, a firm's or a feast's name);
 * - not opening a sentence: a capital there is the sentence's, a town or a word of another language opens many
 *   ("Austin is where …", "Nur eine", "Skip this"); name-deeds.ts reads openers by what follows them; unless "you"
 *   or a colon follows ("Kenny, you need …", "Rachel: I love you"), someone addressed or a speaker;
 * - not after a comma before "says" ("…, Oscar says": a plan may say), nor after "a movie called";
 * - not joined by "and" or "or" to a word opening the sentence or to a plan or a firm ("Austin and Tyler are both in
 *   Texas", "Is Oscar or Aetna cheaper?").
 * All capitals ("JA", "PEI") are an abbreviation's.
 */
const TITLED = /^\p{Lu}\p{Ll}/u;
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|at|on|in|near|to|towards?|via|into|onto|from|en|de|del|la|las|el|los)\s+$/iu;
// "towards Forbes and Murray", "from 'Craig and Center'": a street corner, the second street after "and".
const CORNER_BEFORE = /(?:^|[^\p{L}])(?:to|towards?|from|at|on|between)\s+['"]?\p{Lu}\p{Ll}+\s+(?:and|&)\s+$/u;
const SENTENCE_START = /(?:^|[.!?:;\n]\s*|["'(]\s*)$/u;
// "Sandra & I work at 2" is two people; "Johnson & Johnson" a firm.
const AFTER_BREAKS = /^\s*&(?!\s*I\b)/;
// "a ride to Orlando", "directions to …", "flying to …": a place after motion; "so mean to Emily", "sending it to
// Kellyanne": a person.
const MOTION_BEFORE = /\b(?:go|goes|going|went|gone|get|getting|got|drive|driving|drove|fly|flying|flew|flight|travel\w*|trip|ride|directions?|move|moving|moved|way|back|ticket|train|bus|far|close|near|next|route|walk\w*|head\w*|return\w*|arriv\w*|welcome)\s+(?:\S+\s+){0,5}to\s+$/i;
// "Emanuel syndrome", "Candida infection": an eponym or an organism names a condition, not a person.
const EPONYM_AFTER = /^\s+(?:syndrome|disease|infections?|sign|test|scale|score|reflex|palsy|procedure|maneuver|manoeuvre)\b/i;
const SAYS = new Set(['says', 'said', 'say']);
// "a movie called Dorothy and the Witches", "something named Grace": a thing's name.
const THING_CALLED = /\b(?:a|an|the|some|something|anything|one)\s+(?:[\p{L}-]+\s+)?(?:called|named|titled)\s+$/iu;
const COORDINATOR = new Set(['and', 'or', '&']);
// "Lincoln, Nebraska", "Chester, PA", "Tyler Texas", "Our Troy office", "the Orlando area": a town, whatever else it names.
const US_STATE_AFTER = new RegExp(`^,?[ \\t]+(?:(?i:${STATE_NAMES})\\b|(?:${US_STATES})\\b)`, 'u');
const PLACE_NOUN_AFTER = /^[ \t]+(?:area|county|office|branch|store|location|campus|airport|metro|suburbs?|city|township|region)\b/i;
// "between Charlotte and …", "Everything around Everett", "downtown Madison", "We had to evacuate Savannah", "The nearest urgent care to Quincy".
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:outside|around|between|downtown|uptown|across|throughout|evacuat\w*|nearest\s+(?:\S+\s+){0,3}to|(?:north|south|east|west)\s+of)\s+$/iu;
// "Austin and Tyler are both in Texas", "Is Oscar or Aetna cheaper?": joined to a word that opens the sentence, or to a
// plan, a pharmacy or a firm, a word is as likely of that kind.
function coordinatedWithNonName(text: string, tokens: readonly Token[], i: number): boolean {
  const [before, left, after, right] = [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]];
  if (before !== undefined && left !== undefined && COORDINATOR.has(before.key) && TITLED.test(left.word) && (sentenceOpener(text, left) || NOT_A_NAME.has(left.key) || isOrganisation(left.key))) return true;
  return after !== undefined && right !== undefined && COORDINATOR.has(after.key) && (NOT_A_NAME.has(right.key) || isOrganisation(right.key));
}

function sentenceOpener(text: string, token: Token): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, token.start - 3), token.start));
}

/**
 * A first name typed in lower case ("chilled with madison", "steve and tanya will be round", "casey has a better
 * phone"): no capital vouches for it, so what stands around it must: another first name across "and", "&" or "n";
 * a preposition or a verb that takes a person ("with", "saw", "told", "ask"); an auxiliary or a modal after it, as
 * the subject of a clause; "you" after it at the head of a sentence ("sterling you gone too far"). Only first names
 * no everyday word shares, no town, firm or medicine.
 */
const PERSON_BEFORE = /(?:^|[^\p{L}])(?:with|w\/|saw|seen|see|met|meet|love|luv|miss|told|tell|ask|asked|texted|text|called|call|hug|hugged|thank|thanks|than|likes|liked|hate|hates|hated|and|&|n)\s+$/iu;
const SUBJECT_AFTER = /^(?:['’]s\b|[ \t]+(?:is|was|will|would|has|had|have|can|could|should|does|did|said|says|told|thinks|wants|needs|makes|made|gets|got|started|looks|looked|went|came)\b)/i;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|my|your|his|her|our|their|this|that|some|any)\s+$/iu;
const lowerFirst = (t: Token) => /^\p{Ll}+$/u.test(t.word) && t.key.length > 2 && FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !NOT_A_NAME.has(t.key) && !CITIES.has(t.key) && !isOrganisation(t.key) && !t.place && nameLike(t);

function namesInLowerCase(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!lowerFirst(t)) continue;
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    // "a margarita", "my buddy says": after a determiner a word; "the rite aid in warren says": after "in", a town.
    if (DETERMINER_BEFORE.test(before) || PLACE_BEFORE.test(before)) continue;
    const after = text.slice(t.end, t.end + 14);
    const paired = (/(?:^|[^\p{L}])(?:and|&|n)\s+$/iu.test(before) && tokens[i - 2] !== undefined && lowerFirst(tokens[i - 2]!)) || (/^\s+(?:and|&|n)\s/i.test(after) && tokens[i + 2] !== undefined && lowerFirst(tokens[i + 2]!));
    const person = paired || (PERSON_BEFORE.test(before) && !/(?:and|&|n)\s+$/i.test(before)) || SUBJECT_AFTER.test(after) || (sentenceOpener(text, t) && ADDRESSED.test(after));
    if (person && townAsPerson(text, t.start, t.end, t.key)) spans.push({ kind: 'name', start: t.start, end: t.end });
  }
}

/**
 * Full names the pair rules of people.ts leave short: a third word ("John Henry Newman", "James Brendan Connolly"), a
 * surname typed without its capital after a capitalised first name, inside a sentence ("Travis scott", "Kerri russel";
 * a word no list holds only in plain letters, five or more: "Nur eine", "Damen und", "Bảo hiểm" are other languages'), a listed
 * surname that is no first name after a first name that is a word too ("Jan Brewer", "Frank Solich"; not "Autumn Glen"). A surname here is a listed one no
 * everyday word shares, or (after a first name no word shares) a word no list or dictionary holds.
 */
const gap = (text: string, a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));
const listedSurname = (t: Token) => LAST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key) && !NOT_A_NAME.has(t.key) && !CITIES.has(t.key) && nameLike(t);
const surnameLike = (t: Token) => listedSurname(t) || (unknown(t) && nameLike(t) && !inflected(t.key) && t.key.length > 2);

function fullNames(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    if (!TITLED.test(t.word) || !ANY_FIRST_NAMES.has(t.key) || NOT_A_NAME.has(t.key) || !gap(text, t, next) || t.place) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    const plain = FIRST_NAMES.has(t.key) && !WORDY_NAMES.has(t.key);
    let end = -1;
    if (TITLED.test(next.word) && (plain ? surnameLike(next) : listedSurname(next) && !ANY_FIRST_NAMES.has(next.key) && !sentenceOpener(text, t))) {
      end = i + 1;
      const third = tokens[i + 2];
      if (third !== undefined && gap(text, next, third) && TITLED.test(third.word) && surnameLike(third)) end = i + 2;
    } else if (plain && !sentenceOpener(text, t) && !isFunctionWord(next.key) && (listedSurname(next) ? /^\p{Ll}+$/u.test(next.word) : /^[a-z]{5,}$/.test(next.word) && surnameLike(next))) end = i + 1;
    if (end < 0 || EPONYM_AFTER.test(text.slice(tokens[end]!.end, tokens[end]!.end + 14))) continue;
    spans.push({ kind: 'name', start: t.start, end: tokens[end]!.end });
    i = end;
  }
}

export function namesAlone(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  namesInLowerCase(text, tokens, spans);
  fullNames(text, tokens, spans);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Wendy's biggest dream": the name without its possessive.
    if (!TITLED.test(t.word)) continue;
    const key = withoutPossessiveS(t.key);
    if (!FIRST_NAMES.has(key) || NOT_A_NAME.has(key) || CITIES.has(key) || isOrganisation(key) || t.place) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    // "the change in Sarah when she works out", "pissed at Dennis if he": after a preposition of place a person where a pronoun
    // takes the name up (not a town: "in Austin when she visited").
    const takenUp = !isUsTown(key) && personAfter(text.slice(t.end, t.end + 24));
    if (((PLACE_BEFORE.test(before.slice(-12)) && !(/\bto\s+$/i.test(before) && !MOTION_BEFORE.test(before))) || CORNER_BEFORE.test(before) || THING_CALLED.test(before)) && !takenUp) continue;
    if (coordinatedWithNonName(text, tokens, i)) continue;
    // "Johnson and Johnson": a firm's name, the same word on both sides of "and".
    if (tokens[i - 2]?.key === key || tokens[i + 2]?.key === key) continue;
    const after = text.slice(t.end, t.end + 14);
    if (AFTER_BREAKS.test(after) || EPONYM_AFTER.test(after)) continue;
    const next = tokens[i + 1];
    const adjacent = next !== undefined && /^[ \t]+$/.test(text.slice(t.end, next.start));
    if (adjacent && TITLED.test(next.word) && isKnownWord(next.key) && !FIRST_NAMES.has(next.key)) continue;
    const previous = tokens[i - 1];
    if (previous !== undefined && /^[ \t]+$/.test(text.slice(previous.end, t.start)) && TITLED.test(previous.word) && !FIRST_NAMES.has(previous.key) && !sentenceOpener(text, previous)) continue;
    if (sentenceOpener(text, t) && !ADDRESSED.test(text.slice(t.end, t.end + 8)) && !takenUp) continue;
    // "…, Oscar says": after a comma a plan or a place may say (as name-contacts.ts reads it).
    if (adjacent && SAYS.has(next.key) && /,\s*$/.test(before)) continue;
    if (US_STATE_AFTER.test(after) || PLACE_NOUN_AFTER.test(after) || PLACE_WORD_BEFORE.test(before)) continue;
    if (!townAsPerson(text, t.start, t.end, key)) continue;
    spans.push({ kind: 'name', start: t.start, end: t.end });
  }
  return spans;
}
