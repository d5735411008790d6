import type { PiiSpan } from './kinds.ts';
import { unknown, usable, type Token } from './spoken-names.ts';
import { ANY_LAST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isClosedClassWord, isDescribingWord, isKnownWord, isOrganisation, inflected } from './lexicon.ts';
import { ROLES, SPECIALIST, adjacent, nameFrom, nameLike, openingWord, rare, span } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';
import { namesDrug } from '../../classifier/safety/medication.ts';

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
 * - a word of a found name said again before a surname ("my name is prairie like the field prairie bramwell").
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

export function namesByDeeds(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  openersBeforeDeeds(text, tokens, spans);
  alternatives(text, tokens, spans);
  childNicknames(text, tokens, spans);
  spelledInSpanish(text, tokens, spans);
  return spans;
}
