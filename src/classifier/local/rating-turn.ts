import { foldText } from '../safety/text.ts';
import { OPENS_AS_QUESTION } from '../safety/asking.ts';

/** A number said in digits or in words, up to ten. */
const N = '(?:\\d+(?:\\.\\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)';

/**
 * A score given: "4 stars", "two points", "1 out of 6", "3/5", "a rating of 2", "a best rating of 6".
 * A star class named as a wish ("a 3 star guesthouse") has no number of stars in the plural and is none.
 */
const SCORE = new RegExp(
  `(?<![a-z0-9])(?:${N} (?:stars|points|star rating)|(?:one|1) (?:star|point)|${N} ?(?:out of|/) ?${N}|(?:rating|score|value) of ${N}|(?:rating|score) (?:of )?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten))(?![a-z0-9])`,
);

/** The verb of someone giving a score: "I give", "rate", "gets", "deserves", "is worthy of", "should have". */
const GIVES = /(?<![a-z])(?:give|gives|gave|giving|rate|rates|rated|gets|get|got|deserves?|worthy|should (?:have|get|be given))(?![a-z])/;

/**
 * A rating the customer gives ("give The Plague 2 out of 6 points", "I would rate this album 3 stars",
 * "The Last Hawk gets a total of 3 out of 6 stars from me"): a verb of giving a score and a score, in
 * a statement. The customer wants it recorded, as they want a complaint about a service recorded
 * (LABELING.md: service_action). A question ("does it have 4 stars?", "how many points does it get")
 * asks, and a sentence that names a medicine is left to the model and the guard (see settle).
 */
export function givesRating(text: string): boolean {
  if (text.includes('?')) return false;
  const { folded } = foldText(text);
  return GIVES.test(folded) && SCORE.test(folded) && !OPENS_AS_QUESTION.test(folded.trimStart());
}
