import { foldText } from '../safety/text.ts';

/**
 * One payment or a few that left the customer's account, pointed at: "this payment", "a direct debit",
 * "an unknown merchant", "that 12.99 charge". "the transfer limit" or "my transactions" in the app
 * name no payment in particular.
 */
const A_PAYMENT =
  /(?<![a-z])(?:this|that|these|those|a|an|some|one|two|three|several|multiple)(?: [a-z0-9'.,$£€-]+){0,2} (?:payments?|direct[ -]debits?|debits?|withdrawals?|transactions?|purchases?|transfers?|standing orders?|merchants?|charges?)(?![a-z])/;

/**
 * Words of a customer who cannot account for it: they do not know what or who it is, have no idea or no
 * memory of it, cannot explain it, never heard of the payee, or the payee is unknown to them ("I don't
 * know what this payment is", "a direct debit I don't know about", "a payment I can't explain", "an
 * unknown merchant", "a payment I don't recognise", "I haven't bought anything", "I don't shop there"). Not knowing why a charge was made ("I don't know why I was charged a late fee")
 * questions a charge the customer knows of.
 */
const CANNOT_ACCOUNT =
  /(?<![a-z])(?:(?:i|we) (?:do ?n'?t|dont|do not|did ?n'?t|didnt|did not) know (?:what|about|of|where|who|anything about)|(?:i|we) (?:have|had) no (?:idea|memory|recollection|knowledge) (?:of|what|where|who|about)|(?:i|we) (?:can'?t|cannot|can not|could ?n'?t) (?:explain|place|account for|identify)|never heard of|(?:i|we) (?:do ?n'?t|dont|do not|did ?n'?t|didnt|did not|can'?t|cant|cannot) recogni[sz]e|(?:i'?m|i am|we'?re|we are) not sure (?:about|what|who|where)|(?:i|we) (?:have ?n'?t|havent|have not|did ?n'?t|didnt|did not|never) (?:bought|buy|ordered|order|purchased|purchase|spent|spend|made|make|authori[sz]ed|authori[sz]e) (?:anything|it|this|that|them|those|these)|(?:i|we) (?:do ?n'?t|dont|do not|never) (?:shop|buy|order|bank|eat|go) (?:there|from them|with them|at that)|(?:unknown|unfamiliar|unrecogni[sz]able) (?:merchant|company|shop|store|seller|payee|business|payment|debit|transaction|withdrawal))(?![a-z])/;

/** Money taken asked about as someone's doing: "who took 40 pounds out of my account", "who withdrew $200 from my card". */
const WHO_TOOK = /^\W*who (?:took|withdrew|spent|moved|transferred|charged)(?![a-z])(?: [a-z'-]+){0,3} (?:\W?\d[\d.,]*\W?|money|cash|pounds|dollars|euros)(?![a-z])/;

/** The payee of a payment asked about: "who is this merchant on my statement?", "who are these people charging my card". */
const WHO_IS_PAYEE = /^\W*who (?:is|are|was|were) (?:this|that|these|those) (?:merchants?|compan(?:y|ies)|payees?|business(?:es)?|sellers?|shops?|stores?|people)(?![a-z])/;

/** A question of how things work ("how do I know what a payment is for", "what happens if ..."): no report. */
const ASKS_HOW = /^\W*(?:how|what happens|what if|is it possible|can i|could i|what (?:do|should|can|would) (?:i|we|you|one) do (?:if|when|about))(?![a-z])/;

/**
 * A payment, a debit or a withdrawal the customer cannot account for, told in everyday words: a payment
 * pointed at (A_PAYMENT) and words of not knowing it (CANNOT_ACCOUNT), or money taken asked about as
 * someone's doing (WHO_TOOK). LABELING.md: a charge or withdrawal the customer does not recognise is
 * safety_compliance (possible fraud or identity misuse). A question of how things work is none.
 */
export function tellsOfUnrecognisedPayment(text: string): boolean {
  const { folded } = foldText(text);
  if (ASKS_HOW.test(folded)) return false;
  return (A_PAYMENT.test(folded) && CANNOT_ACCOUNT.test(folded)) || WHO_TOOK.test(folded) || WHO_IS_PAYEE.test(folded);
}
