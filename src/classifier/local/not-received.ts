import { hasQuestionMark } from '../safety/asking.ts';
import { namesProduct } from '../safety/case-report.ts';
import { foldText } from '../safety/text.ts';

/** A denial of the customer's own: "i never", "i didn't", "we still haven't", "i have not yet". */
const DENIED = "(?:never|(?:did|have|has)(?:n'?t| not)|still (?:have|has)(?:n'?t| not)|not yet)";

/**
 * A thing the service owes the customer, sent or to be sent: a card, a bill, a letter, a refund, a package,
 * a reply. What the customer never got of it is work to trace or to send again.
 */
const OWED =
  '(?:(?:new |replacement |insurance |id |member |debit |credit )*cards?|bills?|statements?|letters?|mail|e-?mails?|refunds?|refund checks?|checks?|cheques?|packages?|parcels?|orders?|deliver(?:y|ies)|paperwork|documents?|forms?|renewal\\w*|confirmation\\w*|receipts?|codes?|pin|password|replies|reply|response|answer|call ?backs?|calls?|messages?|quotes?|estimates?|updates?|policy|declarations?(?: page)?)';

/**
 * The customer never got it: "i never got my new id cards in the mail", "i didn't receive a bill this month",
 * "we still haven't received the refund check". The thing owed follows the verb within a few words.
 */
const NEVER_GOT = new RegExp(
  `(?<![a-z])(?:i|we)(?: [a-z]+)?? ${DENIED} (?:yet )?(?:got|get|gotten|receive|received|heard back about)(?: (?:my|our|the|a|an|any|your|their|his|her|this|that|new|back))*(?: [a-z']+){0,2}? ${OWED}(?![a-z])`,
);

/**
 * No one of the service answered or came back: "my agent never called me back", "nobody has returned my
 * call", "the adjuster won't return my emails", "no one answers at the claims number". LABELING.md: a
 * complaint about service (a long wait, no answer) with no safety or privacy issue is service_action.
 */
const NO_ANSWER =
  /(?<![a-z])(?:(?:nobody|no one|noone|no-one)(?: [a-z']+){0,3}? (?:has |have |had |will |ever |even )*|(?:agent|adjuster|office|representative|rep|you|they|he|she|anyone|company|team|department)(?: [a-z']+)? (?:never|(?:has|have|did|does|do|will|wo|would)(?:n'?t| not))(?: even| yet| ever)? )(?:call(?:ed|s)? (?:me |us )?back|return(?:ed|s)? (?:my|our|any|the)(?: [a-z']+)? (?:calls?|e-?mails?|messages?|texts?)|answer(?:ed|s)?(?! (?:my|the) question)|respond(?:ed|s)?|repl(?:y|ied|ies)|got(?:ten)? back to (?:me|us)|contact(?:ed|s)? (?:me|us)|reach(?:ed)? out|picks? up|picked up)(?![a-z])/;

/**
 * Words of money taken or of another person's doing: "i was charged for pills i never got" and "someone
 * used my card, i never got it" may report a misuse (LABELING.md: charges for drugs never got are fraud), so
 * the reading does not apply.
 */
const MONEY_OR_MISUSE =
  /(?<![a-z])(?:charg\w*|billed|debit(?:ed|s)?|withdr[ae]w\w*|transactions?|purchas\w*|paid for|bought|someone|somebody|some one|stranger|stole|stolen|steal\w*|fraud\w*|scam\w*|hack\w*|unauthori[sz]ed|not me|wasn'?t me|identity|in my name|pretend\w*|impersonat\w*|open(?:ed)? (?:an|a new) (?:account|card|policy))(?![a-z])/;

/**
 * not received: a statement that the customer never got a thing the service owes ("i never got my new id
 * cards in the mail") or that no one answered or came back to them ("my agent never called me back") asks for
 * it to be traced or for someone to answer at last: LABELING.md, a late or missing item to trace or a complaint
 * about service, service_action. A question ("did you send my card?") asks to be told; a word of money taken
 * or of someone else's doing (MONEY_OR_MISUSE) or a medicine or product named may report a misuse or an event,
 * and the reading does not apply.
 */
export function tellsNothingReceived(text: string): boolean {
  const { folded } = foldText(text);
  if (hasQuestionMark(text) || MONEY_OR_MISUSE.test(folded) || namesProduct(text)) return false;
  return NEVER_GOT.test(folded) || NO_ANSWER.test(folded);
}
