import type { Token } from './spoken-names.ts';
import { DRUG_NAMES } from '../../safety-intake/product-names.ts';
import { ANY_FIRST_NAMES, isFunctionWord, isKnownWord } from './lexicon.ts';

/**
 * What the learned name tagger (`name-tagger.ts`) may never mask, whatever its score: rules, not weights, because a
 * tagger trained on tweets has seen few medicines, street corners and clinicians, and the redactor must keep them.
 */

/** Codes of `lists()` (name-tagger-features.ts) that put a word in a name list. */
const LISTED = /[FfLlrh]/;
const WORDY = 'w';
const LOWER = /^\p{Ll}/u;

// Titles and kin words are never part of a name here (the annotators of the training text put some inside the span:
// "Dr. Cox", "Coach Germano"; "Mom's new bottle" names nobody).
const NEVER_PART = new Set(
  ('dr dra doctor doctora nurse np pa md do rn dds prof professor mr mrs ms miss mx sir coach pope president senator gov governor rep sen st saint' +
    ' mom mum mommy mama dad daddy papa mother father grandma grandpa granny nana aunt auntie uncle sis bro baby babe honey hun' +
    ' don dona senor senora senorita sr sra srta' +
    ' mae madre padre mami papi hija hijo mija mijo abuela abuelo tia tio' +
    // Greetings open a message before a name, they are none ("Olá, preciso …", "Hiya").
    ' ola hola hi hiya hello hey dear alo bom buenas buenos' +
    // A verb the lists hold as a nickname ("or skip it", "skip this song"); plans named like people ("Oscar says").
    ' skip oscar molina ethyl methyl' +
    // Words that open a place's name ("to santa barbara", "los angeles").
    ' san santa santo los las fort port mount lake').split(' '),
);
// "I've", "we're", "didn't": a contraction names nobody.
const CONTRACTED = /['’](?:ve|ll|d|re|m|t)$/u;
// "lang=es", "Case #4412": a field's name, a numbered thing.
const FIELD_AFTER = /^\s*[=#\d]/u;

// "the you mira", "sim bee cort": a transcript splits a medicine's name, and its tail may be a first name.
const DRUG_TAILS: ReadonlySet<string> = new Set(DRUG_NAMES.flatMap((d) => Array.from({ length: 4 }, (_, k) => d.slice(k + 1)).filter((tail) => tail.length >= 3)));

/** Whether token i may be part of a name at all (cheap: read before the token is scored; the lists' code last). */
export function mayBePart(t: Token, codeOf: () => string, opensSentence: () => boolean): boolean {
  if (t.glued || t.place || t.key.length < 2 || NEVER_PART.has(t.key) || CONTRACTED.test(t.key) || isFunctionWord(t.key)) return false;
  // Most words of a message are lower-case everyday words no first-name list holds: out before their code is read.
  const lower = LOWER.test(t.word);
  if (lower && isKnownWord(t.key) && !ANY_FIRST_NAMES.has(t.key)) return false;
  const code = codeOf();
  // Medicines, pharmacies, plans ("D") and function words ("u") never; a lower-case everyday word only when a list holds it.
  if (code.includes('D') || code.includes('u')) return false;
  // A town or a city ("T": "Austin is where …", "Is Gilbert in your delivery area?"): the rules of name-towns.ts read
  // such words by the person's place around them; the tagger leaves them.
  if (code.includes('T')) return false;
  // A lower-case everyday word only when a first-name list holds it ("blocker", a surname, stays), and no medicine's tail.
  if (lower && ((code.includes('K') && !/[Ffr]/.test(code)) || DRUG_TAILS.has(t.key))) return false;
  // "skip it", "my bill", "Skip this episode": a name that is a word too, in lower case or opening a sentence.
  if (code.includes(WORDY) && (lower || opensSentence())) return false;
  return true;
}

// A clinician named by a title up to two words back ("Dr. Samuel Okafor" where only "Okafor" scores) or by a degree
// after the name ("Ana Ruiz, MD") stays: the prescriber, not the customer.
const CLINICIAN = new Set('dr dra doctor doctora nurse np prof professor provider pcp prescriber physician pharmacist therapist dentist surgeon cardiologist oncologist dermatologist neurologist psychiatrist pediatrician'.split(' '));
const DEGREE_AFTER = /^,?[ \t]*(?:M\.?D|D\.O|DO|N\.?P|PA-C|R\.?N|DDS|Pharm\.?D|Ph\.?D)\b/u;
// "at Lucca", "on Pandora", "the Hilton": a place, a service or a thing after an article or a preposition of place.
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|at|on|in|near|nearby|via|into|onto|outside|far\s+from|en|del|la|las|el|los|le|les|du|des|calle|avenida)\s+$/iu;
// "a ride from 'Craig and Center'", "directions to forbes and murray": a street corner, where the message asks for a way.
const CORNER_BEFORE = /(?:^|[^\p{L}])(?:to|towards?|from|at|on|between)\s+['"]?(?:\p{L}+\s+(?:and|&)\s+)?$/iu;
const WAY = /\b(?:ride|rides|directions?|drive|driving|walk|walking|heading|route|way|bus|train|taxi|cab|uber|lyft|airport|street)\b/iu;
const AND_AFTER = /^\s+(?:and|&)\s+\p{L}/u;
// "Klein Family Practice", "Virginia Beach", "Cedar House": a firm, a place or a building named after someone.
const THING_AFTER = /^['’]?s?(?:\s*(?:&|and)\s+\p{Lu}[\p{L}'’-]*)?,?\s+(?:(?:family|community)\s+)?(?:llp|pllc|partners|accounting|attorneys|lawyers|solicitors|glen|practice|pharmacy|drugs?|clinic|hospital|center|centre|medical|health|healthcare|inc|llc|ltd|co|corp|group|associates|foundation|street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|beach|park|national|county|city|house|school|college|university|law|insurance|plan|store|market|cafe|restaurant)\b/iu;
const AND_CAPITAL_AFTER = /^\s+(?:and|&)\s+\p{Lu}/u;
// "Emanuel syndrome", "Parkinson's", "Johnson & Johnson": a condition or a firm named after someone.
const EPONYM_AFTER = /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:syndrome|disease|gangrene|horses?|bark|root|leaf|leaves|tea|extract|seeds?|infections?|sign|test|scale|score|reflex|palsy|procedure|maneuver|manoeuvre|vaccine|shot|booster)\b/iu;
// "Glanzmann thrombasthenia", "Duchenne dystrophy", "Hashimoto thyroiditis": a condition's name (its Greek endings).
const CONDITION_AFTER = /^(?:['’]s)?\s+\p{L}+(?:asthenia|emia|aemia|itis|osis|opathy|pathy|trophy|plasia|algia|oma|uria|penia|philia)\b/iu;
// "clay coloured stools", "rose-colored", "a tea-colored urine": a colour said by a thing's name, a clinical detail.
const COLOUR_AFTER = /^(?:\s+|-)colou?r(?:ed|s)?\b/iu;
const EPONYMS = new Set('parkinson alzheimer crohn hashimoto graves addison cushing hodgkin huntington raynaud sjogren tourette asperger bell lyme kawasaki meniere guillain barre osgood schlatter johnson'.split(' '));
const POSSESSIVE = /['’]s$/u;
// "a movie called Dorothy and the Witches", "something named Grace": a thing's name.
const THING_CALLED = /\b(?:a|an|the|some|something|anything|one)\s+(?:[\p{L}-]+\s+)?(?:called|named|titled)\s+$/iu;
// "aloe vera": a remedy.
const REMEDY_BEFORE = /\baloe\s+$/iu;
const OPENS = /(?:^|[.!?\n]\s*)$/u;

/** Whether the run of tokens first..last, each of which may be part of a name, may be masked as one. */
export function mayBeName(text: string, tokens: readonly Token[], code: (i: number) => string, first: number, last: number): boolean {
  let listed = false;
  // A word beside a medicine's name is part of it ("Icosapent Ethyl").
  const beside = (k: number) => k >= 0 && k < tokens.length && code(k).includes('D');
  if ((beside(first - 1) && /^[ \t]+$/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) || (beside(last + 1) && /^[ \t]+$/u.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)))) return false;
  for (let k = first; k <= last; k++) {
    if (LISTED.test(code(k))) listed = true;
    if (EPONYMS.has(tokens[k]!.key.replace(POSSESSIVE, ''))) return false;
  }
  // A word no list holds, alone, is as likely a medicine, a disease or a word of another language ("Valrubicin", "Olá").
  if (!listed) return false;
  const [start, end] = [tokens[first]!.start, tokens[last]!.end];
  // "@Cowboy_Wingo", "maria_lopez": a word glued by an underscore is part of a handle or a file's name, which other detectors read.
  if (text[start - 1] === '_' || text[end] === '_') return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  // "Albin, …", "Virginia, does it …": a word opening a sentence before a comma may be anything addressed; the rules
  // read who is addressed there.
  if (OPENS.test(before) && after.startsWith(',')) return false;
  // "Autumn Glen", "Quinn & Hart": the last word, after a capitalised one, is what the place or the firm is.
  const prev = tokens[first - 1];
  const capitalBefore = prev !== undefined && /^\p{Lu}/u.test(prev.word) && /^[ \t]+$/u.test(text.slice(prev.end, start));
  if ((last > first || capitalBefore) && THING_AFTER.test(` ${tokens[last]!.word}`)) return false;
  // "fèmen jodi a": a lower-case word after a word of no English list is a word of another language.
  if (LOWER.test(tokens[first]!.word) && prev !== undefined && !isKnownWord(prev.key) && !isFunctionWord(prev.key)) return false;
  if (THING_CALLED.test(before) || REMEDY_BEFORE.test(before)) return false;
  if (PLACE_BEFORE.test(before) || EPONYM_AFTER.test(after) || COLOUR_AFTER.test(after) || CONDITION_AFTER.test(after) || DEGREE_AFTER.test(after) || THING_AFTER.test(after) || FIELD_AFTER.test(after)) return false;
  if (CORNER_BEFORE.test(before) && (AND_AFTER.test(after) || /(?:and|&)\s+$/u.test(before)) && WAY.test(text)) return false;
  // "Johnson and Johnson": the same word on both sides of "and" is a firm.
  const other = AND_CAPITAL_AFTER.test(after) ? tokens[last + 2] : /(?:and|&)\s+$/u.test(before) ? tokens[first - 2] : undefined;
  if (other !== undefined && other.key === tokens[last]!.key) return false;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (CLINICIAN.has(tokens[k]!.key)) return false;
    if (!/^[ \t.]+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
  }
  // A word that the message also gives a clinician or a condition elsewhere ("Dr. Klein wants …" and "Klein Family
  // Practice", "Lynch syndrome … Lynch"): the rules that mask a found name wherever it repeats would mask those too.
  for (let k = first; k <= last; k++) {
    const key = tokens[k]!.key;
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j]!.key !== key || j === k) continue;
      if ((j > 0 && CLINICIAN.has(tokens[j - 1]!.key)) || EPONYM_AFTER.test(text.slice(tokens[j]!.end, tokens[j]!.end + 24))) return false;
    }
  }
  return true;
}
