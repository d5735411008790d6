import type { PiiSpan } from './kinds.ts';
import { unknown, type Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, FIRST_NAMES, WORDY_NAMES, withoutPossessiveS } from './lexicon.ts';
import { adjacent, openingWord, span } from './name-clues.ts';
import { plain } from './name-ties.ts';

/**
 * People named in the writer's or the reader's company, or as the subject of what a person is doing (issue #14, session 13,
 * from the misses of the real-text DEV half, data/pii/real-names-dev, rewritten as a contact centre's messages):
 * - beside "me", "you" or "I" across "and", "&" or "n": "you and Jonyeee were so helpful", "me & Themba", "Rastus and I";
 * - addressed at a message's or a line's opening with no comma: "Katy that's me on the account", "Themba I need my refill";
 * - the subject of an errand under way or of a stay in care: "sam's coming to pick it up", "Themba is in hospital since
 *   Monday", "Ngozi was picking up my meds"; two people as its subject ("Kofi and Ama are coming to pick it up", "emma and
 *   kaite need their refills", from "Rastus and Pete", "emma and kaite is so very cute");
 * - in lower-case chat, a listed first name before a person's deed wherever the sentence puts it, not after an article or a
 *   preposition: "did anyone notice gaby gave me the wrong bottle", "i swear freddie called yesterday" (from "notice gaby gave
 *   herself more soda").
 * The word must be one only a name is: a listed first name no everyday word shares, or, with its capital, a word no list
 * holds; never a medicine, a town, a firm, a role or a plan ("Oscar is sending me a bill").
 */
const CAPITAL = /^\p{Lu}/u;
const ME_YOU = new Set(['me', 'you', 'u', 'i']);
const AND = new Set(['and', 'n']);
// Words that open what one says to the person addressed: "Katy that's me", "Themba I need …", "Lwazi can you check".
const ADDRESSED = new Set(['i', "i'm", 'i’m', 'im', 'you', "you're", 'you’re', "that's", 'that’s', 'thats', 'thanks', 'thank', 'can', 'could']);
const IS = new Set(['is', 'was', "'s", '’s']);
// An errand under way ("… is coming to pick it up"), said of a person.
const UNDER_WAY = new Set('coming picking calling bringing driving collecting dropping signing sending taking getting helping staying waiting visiting'.split(' '));
// A stay in care: "… is in hospital", "… was in the ER".
const IN_CARE = /^[ \t]+in[ \t]+(?:the[ \t]+|a[ \t]+)?(?:hospital|hospice|icu|er|rehab|nursing[ \t]+home|care[ \t]+home|emergency)\b/iu;
// A word said aloud, not typed noise: a vowel after its first letter, no letter three times running ("Omfg I", "Lmxsksss i").
const SPOKEN_SHAPE = /^.[^aeiouy]*[aeiouy]/iu;
const STUTTER = /(\p{L})\1\1/u;
// Plans named like people: "Oscar is sending me a bill".
export const PLANS = new Set(['oscar', 'kaiser', 'molina']);

/**
 * A word only a name is: a listed first name no word shares in any case, a word no list holds with its capital.
 * Every test is pure, so the cheap ones that rule out most words (a lower-case word no first-name list holds) go first.
 */
export const onlyPerson = (t: Token, key = t.key) => {
  if (PLANS.has(key)) return false;
  const word = key === t.key ? t : { ...t, key };
  return ((FIRST_NAMES.has(key) && !WORDY_NAMES.has(key)) || (CAPITAL.test(t.word) && t.word !== t.word.toUpperCase() && unknown(word))) && plain(word);
};

function beside(text: string, tokens: readonly Token[], i: number): boolean {
  // "you and Jonyeee", "me & Themba": the writer or the reader, then the person.
  const [a, b] = [tokens[i - 1], tokens[i - 2]];
  if (a !== undefined && AND.has(a.key) && adjacent(text, a, tokens[i]) && b !== undefined && ME_YOU.has(b.key) && adjacent(text, b, a)) return true;
  if (a !== undefined && ME_YOU.has(a.key) && /^[ \t]*&[ \t]*$/.test(text.slice(a.end, tokens[i]!.start))) return true;
  // "Rastus and I", "Themba & me": the person, then the writer.
  const [c, d] = [tokens[i + 1], tokens[i + 2]];
  if (c !== undefined && AND.has(c.key) && adjacent(text, tokens[i]!, c) && d !== undefined && (d.key === 'i' || d.key === 'me') && adjacent(text, c, d)) return true;
  return c !== undefined && (c.key === 'i' || c.key === 'me') && /^[ \t]*&[ \t]*$/.test(text.slice(tokens[i]!.end, c.start));
}

/** "Katy that's me": a capitalised name opening a sentence, then, with no comma, what one says to them. */
const addressed = (text: string, tokens: readonly Token[], i: number) =>
  CAPITAL.test(tokens[i]!.word) && SPOKEN_SHAPE.test(tokens[i]!.key) && !STUTTER.test(tokens[i]!.key) && openingWord(text, tokens, i) && adjacent(text, tokens[i]!, tokens[i + 1]) && ADDRESSED.has(tokens[i + 1]!.key);

/** "Themba is in hospital", "sam's coming": the subject of an errand under way or of a stay in care. */
function underWay(text: string, tokens: readonly Token[], i: number, possessive: boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (possessive) return adjacent(text, t, next) && UNDER_WAY.has(next!.key);
  if (next === undefined || !IS.has(next.key) || !adjacent(text, t, next)) return false;
  const deed = tokens[i + 2];
  return (adjacent(text, next, deed) && UNDER_WAY.has(deed!.key)) || IN_CARE.test(text.slice(next.end, next.end + 24));
}

// A person's deed, past or present, after a lower-case first name.
const DEEDS = new Set('gave gives called calls picked picks told tells said says texted emailed dropped took takes brought sent left signed paid asked asks forgot came went helped'.split(' '));
// Before a noun or a place, not before a subject: "to diego", "the gaby".
const NOT_BEFORE_SUBJECT = new Set('the a an my your his her our their to for of at in on from with by near via'.split(' '));

/** "i swear freddie called yesterday": a lower-case first name no word shares, before a person's deed. */
function doerInLowerCase(text: string, tokens: readonly Token[], i: number): boolean {
  const [t, deed, before] = [tokens[i]!, tokens[i + 1], tokens[i - 1]];
  if (CAPITAL.test(t.word) || !FIRST_NAMES.has(t.key) || WORDY_NAMES.has(t.key) || deed === undefined || !DEEDS.has(deed.key) || !adjacent(text, t, deed)) return false;
  return before === undefined || !NOT_BEFORE_SUBJECT.has(before.key);
}

const ARE = new Set(['are', 'were']);
const THEIR = new Set(['their', 'his', 'her', 'our']);
/** A second person beside a name only a name is: the same, a word no list holds in the same case, a capitalised first name. */
const partner = (t: Token, other: Token) =>
  plain(t) && !PLANS.has(t.key) && (onlyPerson(t) || (CAPITAL.test(t.word) === CAPITAL.test(other.word) && unknown(t)) || (CAPITAL.test(t.word) && ANY_FIRST_NAMES.has(t.key)));

/** "Kofi and Ama are coming", "emma and kaite need their refills": two people, then an errand or a need of theirs. */
function pairAt(text: string, tokens: readonly Token[], i: number): number {
  const [t, and, u, verb, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (and === undefined || !AND.has(and.key) || u === undefined || verb === undefined || next === undefined) return -1;
  if (!adjacent(text, t, and) || !adjacent(text, and, u) || !adjacent(text, u, verb) || !adjacent(text, verb, next) || !partner(u, t)) return -1;
  const deed = (ARE.has(verb.key) && UNDER_WAY.has(next.key)) || ((verb.key === 'need' || verb.key === 'needed') && THEIR.has(next.key));
  return deed ? i + 2 : -1;
}

export function namesInCompany(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = withoutPossessiveS(t.key);
    const possessive = key !== t.key;
    // Cheap tests first: most words are no name only.
    if (key.length < 3 || !onlyPerson(t, key)) continue;
    if (possessive ? underWay(text, tokens, i, true) : beside(text, tokens, i) || addressed(text, tokens, i) || underWay(text, tokens, i, false) || doerInLowerCase(text, tokens, i)) {
      const s = span(tokens, i, i + 1);
      spans.push(possessive ? { ...s, end: s.start + t.word.length - 2 } : s);
      continue;
    }
    const other = possessive ? -1 : pairAt(text, tokens, i);
    if (other > 0) spans.push(span(tokens, i, i + 1), span(tokens, other, other + 1));
  }
  return spans;
}
