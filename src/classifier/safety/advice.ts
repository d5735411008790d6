import { namesProduct } from './case-report.ts';
import { foldText } from './text.ts';

/** Below this many words a text is no forum post: a short one with "please" is a request or a reply. */
export const ADVICE_POST_MIN_WORDS = 25;

// Advice asked for in words: "any advice", "i'd like to know", "does anyone know", "thanks in advance".
// Not "help" alone ("nothing seems to help") and no worry words ("confused", "scared" are symptoms too).
const ASKS_FOR_ADVICE =
  /(?<![a-z])(?:advice|advise|suggestions?|suggest|wondering|wonder if|any ?one (?:know|knows|have|has|else|out there|experienced?)|any ideas|please|thanks|thank you|help me|need help|any help|appreciate|i want to know|i would like to know|i'd like to know|i need to know|what to do|let me know)(?![a-z])/;
// The writer's own health: a first-person word.
const FIRST_PERSON = /(?<![a-z])(?:i|my|me|i'm|im|i've|ive)(?![a-z])/;
// A medicine or treatment the text points to without naming it ("since i started", "took it", "the
// treatment ended", "withdrawal", "on 50 mg"): the post may tell of its reaction (LABELING.md, review sentence).
const POINTS_TO_A_TREATMENT =
  /(?<![a-z])(?:side ?effects?|reactions?|since (?:i )?(?:started|took|began)|taking|took|started|stopped|switched|prescribed|put me on|(?:this|the) (?:med|drug|medicine)|treatments?|withdrawal|(?:take|took|use|used|using|on) it|doses?|dosage|\d+ ?(?:mg|mcg|ml|iu|units?))(?![a-z])/;
// Money and its misuse ("i think someone has withdrawn some. please help me"): a misuse told is a report.
const MONEY_OR_MISUSE =
  /(?<![a-z])(?:money|accounts?|cards?|charge\w*|paid|pay\w*|bill\w*|refund\w*|bank|atm|withdr\w*|bonus|stole\w*|steal\w*|theft|fraud\w*|scam\w*|hack\w*|password)(?![a-z])|\$\d/;

/**
 * "I'm 34 and for two months I get dizzy when I stand up, my blood tests came back fine. Any advice
 * would be appreciated": a forum post or mail about the writer's own health that asks for advice in
 * words (its question often stands in a subject line the message does not carry), at least
 * ADVICE_POST_MIN_WORDS long, naming no medicine, vaccine or device and pointing to no treatment
 * ("since I started", "took it"), and telling of no money or misuse. LABELING.md: a personal symptom
 * with no product link is informational. Such a post asks as a question does: the guard reads the
 * symptoms in it as asked about with nothing to blame (context.ts asks, judge.ts no_medication), and an
 * event phrase, an emergency or a self-harm word in it still fires.
 */
export function seeksAdviceOnOwnHealth(text: string): boolean {
  const { folded } = foldText(text);
  if (!ASKS_FOR_ADVICE.test(folded) || !FIRST_PERSON.test(folded)) return false;
  if (folded.split(/\s+/).length < ADVICE_POST_MIN_WORDS) return false;
  return !POINTS_TO_A_TREATMENT.test(folded) && !MONEY_OR_MISUSE.test(folded) && !namesProduct(text);
}
