import type { PiiSpan } from './kinds.ts';
import type { Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, CITIES, FIRST_NAMES, LAST_NAMES, WORDY_NAMES, isUsTown, isVerb } from './lexicon.ts';
import { adjacent, nameLike, span } from './name-clues.ts';

/**
 * How a person's name recurs in a spoken turn, whatever the name (the blind dev-names-12 of issue #14
 * showed these mechanisms, not these names):
 * - said again: a word already found as a name is the same person later in the turn ("i told kevin …
 *   then kevin transferred me"), unless it is also an everyday word ("june", "mark");
 * - stuttered: a word said twice before a surname or a found name ("dusty dusty fairchild", "june june
 *   abernathy"), an everyday word included;
 * - a surname after a found name ("sue ellen rutherford", "patricia dunleavy"): a listed surname that
 *   is no everyday word;
 * - an apposition of kin ("because winston my husband had", "brooke my wife wants"): a first name that
 *   is no everyday word before "my husband", "mi esposa";
 * - a name asked for in the past ("her name was lakshmi", "his name was destiny").
 */
const KIN = /^[ \t,]+(?:my|mi|his|her|our)[ \t]+(?:husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|grandson|granddaughter|grandmother|grandma|grandfather|grandpa|aunt|uncle|niece|nephew|partner|boyfriend|girlfriend|caregiver|roommate|neighbou?r|esposo|esposa|hij[oa]|mam[aá]|pap[aá]|herman[oa]|abuel[oa]|nieto|nieta|t[ií][oa])\b/iu;
const NAME_WAS = /\b(?:his|her|their|the|your|whose)[ \t]+name[ \t]+was[ \t]+(?:like[ \t]+|um[ \t]+|uh[ \t]+)*$/iu;
const NAME_WAS_ANYWHERE = /name[ \t]+was/iu;
const HANDLE_BEFORE = /[@#]/;
const KIN_BEFORE = /\b(?:my|mi|his|her|our)[ \t]+(?:husband|wife|son|daughter|mother|mom|mum|father|dad|brother|sister|grandson|granddaughter|grandmother|grandma|grandfather|grandpa|aunt|uncle|niece|nephew|cousin|esposo|esposa|hij[oa]|mam[aá]|pap[aá]|herman[oa]|abuel[oa]|niet[oa]|t[ií][oa])[ \t]+$/iu;
const THIRD_PERSON = /^(?:she|he|she's|he's|they|ella|él|el|helps|needs|takes|says|said|wants|has|had|is|was|lives|uses|gets|got|called|calls|picked|picks|usually|always|also|tiene|toma|está|es|vive|necesita)$/u;
const ME_AND = /\b(?:me|yo)[ \t]+(?:and|y)[ \t]+$/iu;
const AND_I = /^[ \t]+(?:and|y)[ \t]+(?:i|me|yo)\b(?![''’])/iu;
// "my honey and i", "from Chester and I": a word owned or a place, not a person beside me.
const OWNED_OR_PLACED = /\b(?:my|your|his|her|our|their|from|in|to|at|near|of|the)[ \t]+$/iu;
const VIETNAMESE_MIDDLE = new Set(['van', 'thi', 'văn', 'thị']);
const PARTICLES = new Set(['von', 'van', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'der', 'den', 'el']);
const SPOKEN_VERB_SUFFIX = /(?:ing|ed)$/;

// A word that a name list holds and no everyday use shares: safe to take again for a name.
const plainName = (t: Token) => nameLike(t) && !WORDY_NAMES.has(t.key) && !CITIES.has(t.key) && !isUsTown(t.key) && t.key.length > 2;
// A listed surname that is no everyday word; a town's name too after a first and a second name ("sue ellen rutherford").
const listedSurname = (t: Token, third = false) => nameLike(t) && !WORDY_NAMES.has(t.key) && (third || !isUsTown(t.key)) && LAST_NAMES.has(t.key) && !SPOKEN_VERB_SUFFIX.test(t.key);
// A stutter is said of any first name, an everyday word or a month too ("june june"): a surname or a found name must follow.
const stutterable = (t: Token) => ANY_FIRST_NAMES.has(t.key) && /\p{Ll}/u.test(t.word) && !t.glued;
// "can you grant my wife access", "to bill my husband": a verb's place, not a name's.
const VERB_PLACE = /\b(?:i|you|we|they|to|can|could|will|would|please|pls|must|should|did|didn['’]?t|don['’]?t|not)[ \t]+$/iu;
const sameCase = (a: Token, b: Token) => /\p{Lu}/u.test(a.word[0]!) === /\p{Lu}/u.test(b.word[0]!);

/**
 * For each token (in text order, as tokenize gives them), 1 when one of `names` holds it whole: what
 * `names.some((n) => n.start <= t.start && t.end <= n.end)` says of it, read once per token instead of once per question.
 */
export function tokensInside(tokens: readonly Token[], names: readonly PiiSpan[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const n of names) {
    // The first token starting at or after the name's start; tokens do not overlap, so those after one that ends past
    // the name's end do too.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start < n.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= n.end; i++) inside[i] = 1;
  }
  return inside;
}

export function namesRecurring(text: string, tokens: readonly Token[], names: readonly PiiSpan[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const keys = new Set<string>();
  // The per-token tests are pure: the cheap Set look-ups run before nameLike, and NAME_WAS only where the text says it.
  const nameWas = NAME_WAS_ANYWHERE.test(text);
  // Handles and hashtags ("@DamnTeenQuotes") are no words said again.
  const inside = tokensInside(tokens, names);
  tokens.forEach((t, i) => {
    if (inside[i] === 1 && !t.glued && !HANDLE_BEFORE.test(text[t.start - 1] ?? '')) keys.add(t.key);
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const found = inside[i] === 1;
    if (!found) {
      if (keys.has(t.key) && plainName(t) && !HANDLE_BEFORE.test(text[t.start - 1] ?? '')) spans.push(span(tokens, i, i + 1));
      // "june june abernathy", "bo bo jenkins": a stutter before a surname or a found name.
      const after = tokens[i + 2];
      if (next !== undefined && next.key === t.key && adjacent(text, t, next) && stutterable(t) && after !== undefined && adjacent(text, next, after) && (inside[i + 2] === 1 || inside[i + 1] === 1 || listedSurname(after, true))) {
        spans.push(span(tokens, i, listedSurname(after, true) ? i + 3 : i + 2));
      }
      if (FIRST_NAMES.has(t.key) && plainName(t) && !isVerb(t.key) && !VERB_PLACE.test(text.slice(Math.max(0, t.start - 12), t.start)) && KIN.test(text.slice(t.end, t.end + 24))) spans.push(span(tokens, i, i + 1));
      // "my granddaughter april helps", "my aunt may she's ninety", "mi mamá dolores ella": after kin, a first name that is also a
      // word, when a pronoun or a verb of the third person follows it (not "my son will call").
      if (ANY_FIRST_NAMES.has(t.key) && nameLike(t) && KIN_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) && next !== undefined && adjacent(text, t, next) && THIRD_PERSON.test(next.key)) spans.push(span(tokens, i, i + 1));
      // "me and dawn we both", "bill and i are", "sandy or cindy": a first name beside "me" or "i", or beside another first name after "or".
      if (ANY_FIRST_NAMES.has(t.key) && nameLike(t) && !VERB_PLACE.test(text.slice(Math.max(0, t.start - 12), t.start)) && (ME_AND.test(text.slice(Math.max(0, t.start - 8), t.start)) || (AND_I.test(text.slice(t.end, t.end + 10)) && !OWNED_OR_PLACED.test(text.slice(Math.max(0, t.start - 8), t.start))))) spans.push(span(tokens, i, i + 1));
      const other = tokens[i + 2];
      if (next?.key === 'or' && other !== undefined && plainName(t) !== plainName(other) && [t, other].every((w) => nameLike(w) && ANY_FIRST_NAMES.has(w.key)) && (plainName(t) || plainName(other))) spans.push(span(tokens, i, i + 1), span(tokens, i + 2, i + 3));
      if (nameWas && t.key.length > 1 && nameLike(t) && NAME_WAS.test(text.slice(Math.max(0, t.start - 40), t.start))) spans.push(span(tokens, i, next !== undefined && adjacent(text, t, next) && listedSurname(next) ? i + 2 : i + 1));
    } else if (next !== undefined && nameLike(t) && inside[i + 1] !== 1 && adjacent(text, t, next) && sameCase(t, next)) {
      // "sue ellen rutherford": the found name runs on over a listed surname, or a middle name and a surname ("ruby jean tolliver");
      // only a name that opens with a first name ("von meinem" is no name to carry on).
      const name = names.find((n) => n.start <= t.start && t.end <= n.end)!;
      let first = i;
      while (first > 0 && tokens[first - 1]!.start >= name.start) first--;
      const opener = tokens[first]!;
      // "nguyen van hai", "tran thi lan": a Vietnamese middle name is followed by the given name, whatever word it is.
      if (VIETNAMESE_MIDDLE.has(t.key) && first < i && nameLike(next)) {
        spans.push({ kind: 'name', start: name.start, end: next.end });
        continue;
      }
      if (!ANY_FIRST_NAMES.has(opener.key) || !nameLike(opener) || PARTICLES.has(opener.key)) continue;
      const after = tokens[i + 2];
      if (listedSurname(next, first < i)) spans.push({ kind: 'name', start: t.start, end: next.end });
      else if (stutterable(next) && after !== undefined && adjacent(text, next, after) && sameCase(next, after) && listedSurname(after)) spans.push({ kind: 'name', start: t.start, end: after.end });
    }
  }
  return spans;
}
