import { foldText } from '../safety/text.ts';
import { ACTION_VERB } from './command-turn.ts';
import { isRequestTurn } from './request-turn.ts';
import { namesSlot } from './slot-turn.ts';

/**
 * A question set aside from safety (demoted) that names no day or time and asks for nothing to be done
 * ("Has Amy sent me any new emails?", "You don't think I need an antibiotic?", "Anything for the
 * nausea?") asks to be told (LABELING.md: informational), whatever the model's runner-up: its safety
 * words took the place of a question word. A turn with a slot ("how about Thursday?", "Not even 10
 * pm?") or a request in it ("it's too bright, can you turn a light off?") keeps the runner-up.
 */
export function asksOnly(text: string): boolean {
  if (text.length > ASKS_ONLY_MAX_CHARS || text.includes('\n')) return false;
  return !ASKS_FOR_SOMETHING.test(foldText(text).folded) && !namesSlot(text) && !isRequestTurn(text);
}
/** Does the text ask for something done or given ("can i get a replacement", "please", "can u guys text instead")? */
export function asksForSomething(text: string): boolean {
  return ASKS_FOR_SOMETHING.test(foldText(text).folded) || isRequestTurn(text);
}
/** A question set aside is read as one when it is a turn, not a letter: a mail or a long text may ask for something in passing. */
const ASKS_ONLY_MAX_CHARS = 160;
/**
 * Words that ask for something done or given, anywhere in the text: "can you turn a light off", "could
 * your pharmacist do a review", "can u guys text instead", "can i get a replacement", "i want somebody
 * to go over it", "please".
 */
const ASKS_FOR_SOMETHING = new RegExp(
  `(?<![a-z])(?:(?:can|could|would|will) (?:you|u)(?: please| kindly| just)? ${ACTION_VERB.source.slice(1)}|(?:can|could|would|will) (?:your|you guys|u guys|someone|somebody)(?![a-z])|(?:can|could|may) (?:i|we) (?:please )?(?:get|have|order|book|schedule|reschedule|change|cancel|renew|refill|replace|transfer|move|switch|return|exchange|pay|request|set up|update|speak|talk)(?![a-z])|(?:i|we) (?:want|would like|'d like|need) (?:somebody|someone|you|a (?:replacement|refund|callback|new))(?![a-z])|please(?![a-z]))`,
);
