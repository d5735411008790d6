import { BODY_FUNCTION } from './cues.ts';
import { sentenceBreaks } from './text.ts';

/**
 * A review sentence that denies a symptom: "I never got any cramps", "I was not moody at all",
 * "my tremor did not come back", "Never had any odd dreams or night waking".
 * LABELING.md, review sentence: a sentence that denies any effect is no report (informational); the model,
 * reading a symptom beside "I", leans to safety on it. The guard has already read every one of its terms
 * as negated; this reading says the denial is the whole sentence.
 *
 * It holds only for one sentence with no word of an exception or a later change ("no nausea except ...",
 * "at first no nausea", "I never used to get headaches" (a habit denied tells of a new one), "none until the second week", "the only time I did"), no hedge or pointer elsewhere
 * ("I cannot say every side effect came from it", "no rash like those described above"), no denial that is a loss of
 * ability ("I couldn't get an erection", "unable to"), no "never ... so" ("I never felt so sick"), no word
 * of harm a list does not hold ("made me", "caused", "worse", weight gained) and no negated term that names what
 * the body needs ("no sex drive", "no erection": a need of the body lost is a side effect). Folded text.
 */
const EXCEPTION =
  /(?<![a-z])(?:but|however|although|though|tho|except\w*|besides|other than|apart from|aside from|save for|only|just|until|till|unless|yet|at first|initially|in the beginning|beginning|first|start|started|starting|later|after|since|now|still|some|few|minor|mild|little|much|many|major|serious|severe|bad|noticeable|negative|(?<!at )all|like|described|above|mentioned|listed|others?|know|knew|sure|certain|think|thought|attribut\w*|whether|if|used to|use to)(?![a-z])/;
// "I had no side effects whatsoever": druglibsent labelled such a first sentence of a side-effect field a
// report, and "no side effects anymore" tells of side effects that passed; the reading keeps to named symptoms.
const SIDE_EFFECT = /(?<![a-z])(?:side|effects?|reactions?)(?![a-z])/;
const LOST_ABILITY = /(?<![a-z])(?:(?:could|can|ca|would|wo|should)n'?t|cannot|can not|could not|would not|unable|not able)(?![a-z])/;
const NEVER_SO = /(?<![a-z])never(?: \S+){0,3}? (?:so|as|this|that|such|more|worse|before)(?![a-z])/;
const HARM =
  /(?<![a-z])(?:made me|makes me|make me|making me|gave me|gives me|give me|caus\w*|worse\w*|gain\w*|lost|loss|problems?|issues?|trouble|hospital\w*|emergency|er|stopped|quit|withdraw\w*|sick|hurt\w*)(?![a-z])/;
const NEEDED = new RegExp(String.raw`${BODY_FUNCTION.source}|(?<![a-z])(?:sex\w*|drive|erections?|ejaculat\w*|periods?|menstrua\w*|emotions?|feelings?|interest|pleasure|desire)(?![a-z])`);
const MAX_WORDS = 30;

/** Does the sentence only deny effects the guard read as negated (`negatedTerms`, the terms' own text)? */
export function deniesAnyEffect(folded: string, negatedTerms: readonly string[]): boolean {
  const terms = negatedTerms.map((t) => t.toLowerCase());
  if (terms.length === 0 || terms.some((t) => NEEDED.test(t) || SIDE_EFFECT.test(t))) return false;
  const body = folded.trim();
  if (body.split(' ').length > MAX_WORDS || sentenceBreaks(body).some((b) => b < body.length - 1)) return false;
  return !EXCEPTION.test(body) && !LOST_ABILITY.test(body) && !NEVER_SO.test(body) && !HARM.test(body);
}
