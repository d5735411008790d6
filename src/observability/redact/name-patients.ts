import type { PiiSpan } from './kinds.ts';
import type { Token } from './spoken-names.ts';
import { ANY_FIRST_NAMES, withoutPossessiveS } from './lexicon.ts';
import { adjacent, nameFrom, span } from './name-clues.ts';
import { tokenAt } from './name-structure.ts';
import { plain } from './name-ties.ts';
import { PLANS, onlyPerson } from './name-company.ts';
import { CONDITIONS } from './name-positions.ts';

/**
 * The person an adverse-event or a care report is about, named by what the report says of them (issue #14, session 13, from
 * the misses of the real-text DEV half, data/pii/real-names-dev: "3 year old Penny of Mesa", "Mio was born at January 15",
 * "Hanzo's hand"):
 * - a child after their age: "my 3 year old Penny has a fever since the vaccine", "our 5-year-old liam threw up";
 * - whose birth is told: "Amara was born on 3/4/2019";
 * - whose symptom or body is meant: "Themba's rash got worse since the amoxicillin", "Zuri's blood sugar was 300";
 * - who is in a state or had an ailment, said of a person only: "Lerato is pregnant", "Themba is allergic to penicillin",
 *   "Nomsa got a rash after the first dose", "Ama has asthma".
 * The symptom and the medicine stay readable; a condition named after a person ("Parkinson's tremor") is no one's name.
 */
const CAPITAL = /^\p{Lu}/u;
// An age before a child's name: "3 year old", "5-year-old", "two month old", "18 mo old".
const AGE = /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t-]+(?:years?|yrs?|months?|mos?|weeks?|wks?)[ \t-]+old[ \t,]+/giu;
// What a report says a person has: a symptom, a reading, a part of the body.
const SYMPTOMS = new Set(
  ('rash hives fever temperature temp cough cold flu pain headache headaches migraine seizure seizures reaction reactions allergy allergies ' +
    'symptoms swelling vomiting nausea diarrhea breathing heart heartbeat chest skin blood sugar glucose pressure weight arm arms leg legs hand ' +
    'hands face eyes eye throat stomach tummy back knee hip foot feet head mouth tongue lips ear ears lungs liver kidneys').split(' '),
);

// A patient's state after "is" or "was", and an ailment after "has", "had", "got" (up to two articles or words of degree between).
const STATES = new Set('allergic pregnant diabetic asthmatic epileptic dizzy nauseous unconscious unresponsive hospitalized hospitalised admitted vomiting bleeding seizing'.split(' '));
const IS = new Set(['is', 'was']);
const HAS = new Set('has had got gets developed develops'.split(' '));
const AILMENTS = new Set(
  'rash hives fever temperature cough cold flu headache headaches migraine seizure seizures reaction reactions allergy allergies asthma diabetes epilepsy infection nosebleed swelling vomiting diarrhea nausea stroke'.split(' '),
);
const BETWEEN = new Set('a an another some bad high terrible severe'.split(' '));

/** "Lerato is pregnant", "Nomsa got a rash": a state or an ailment said of the word at i. */
function ailing(text: string, tokens: readonly Token[], i: number): boolean {
  const [verb, what] = [tokens[i + 1]!, tokens[i + 2]];
  if (what === undefined || !adjacent(text, verb, what)) return false;
  if (IS.has(verb.key)) return STATES.has(what.key);
  if (!HAS.has(verb.key)) return false;
  // "got a rash", "had a bad reaction": up to two words between.
  let k = i + 2;
  while (k < i + 4 && BETWEEN.has(tokens[k]!.key) && adjacent(text, tokens[k]!, tokens[k + 1])) k++;
  return AILMENTS.has(tokens[k]!.key);
}

/** A capitalised first name that is a word too ("Penny"), where what is said of it vouches for a person. */
const vouchedName = (t: Token, key = t.key) => onlyPerson(t, key) || (CAPITAL.test(t.word) && ANY_FIRST_NAMES.has(key) && plain({ ...t, key }) && !PLANS.has(key));

function afterAge(text: string, tokens: readonly Token[], spans: PiiSpan[]) {
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m !== null; m = AGE.exec(text)) {
    const i = tokenAt(tokens, AGE.lastIndex);
    const t = tokens[i];
    if (t?.start !== AGE.lastIndex || !vouchedName(t)) continue;
    // With a surname in the same case: "my 2-year-old Kofi Mensah".
    spans.push(span(tokens, i, Math.max(i + 1, nameFrom(text, tokens, i, () => true))));
  }
}

export function namesOfPatients(text: string, tokens: readonly Token[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    const key = withoutPossessiveS(t.key);
    if (key.length < 3 || !adjacent(text, t, next)) continue;
    if (key !== t.key) {
      // "Themba's rash": the name without its "'s".
      if (SYMPTOMS.has(next.key) && !CONDITIONS.has(key) && vouchedName(t, key)) spans.push({ kind: 'name', start: t.start, end: t.end - 2 });
    } else if (next.key === 'was' && tokens[i + 2]?.key === 'born' && adjacent(text, next, tokens[i + 2]) && onlyPerson(t)) {
      spans.push(span(tokens, i, i + 1));
    } else if ((IS.has(next.key) || HAS.has(next.key)) && ailing(text, tokens, i) && vouchedName(t)) {
      spans.push(span(tokens, i, i + 1));
    }
  }
  if (text.includes('old')) afterAge(text, tokens, spans);
  return spans;
}
