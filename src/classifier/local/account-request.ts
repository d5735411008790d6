import { foldText } from '../safety/text.ts';
import { MISUSE } from './command-turn.ts';

/**
 * Routine work on the customer's own account, in everyday words: a balance or a statement to look up,
 * money to move between accounts, an address to change, an account to close or a card to block, a
 * claim's status, a bill with an error or an extra amount on a purchase the customer made ("there is
 * an error in my credit card bill", "i made a purchase of 100 but it shows 150").
 */
const ACCOUNT_TASK = new RegExp(
  [
    // a balance or a statement
    '(?<![a-z])(?:(?:account|accounts|ac|acct|current|available|checking|savings|bank|card|credit|remaining) balances?|balances? (?:of|in|on) (?:my|our|the) (?:\\w+ )?(?:account|card)|(?:account|mini|bank|card|monthly) statements?)(?![a-z])',
    '(?<![a-z])how much (?:money )?(?:do i have |i have |is there |is )?(?:in|on) (?:my|our) (?:\\w+ )?accounts?(?![a-z])',
    // money moved between accounts
    '(?<![a-z])(?:transf\\w*|tranf\\w*|move|send) (?:(?:some|the|a|my|\\$?\\d+) )?(?:money|funds|amount)(?![a-z])',
    '(?<![a-z])(?:money|funds) (?:from|to) (?:my|one|another|other|the other)(?![a-z])',
    // an address, an account or a card to change, close or block
    '(?<![a-z])(?:change|changing|update|updating|correct)\\w* (?:(?:the|my|our|your) )?(?:(?:billing|home|mailing|postal) )?address(?:es)?(?![a-z])',
    '(?<![a-z])(?:close|closing|shut) (?:(?:down|out) )?(?:my|our|the) (?:\\w+ )?account(?![a-z])',
    '(?<![a-z])(?:block|freeze|lock) (?:my|our|the) (?:\\w+ )?card(?![a-z])',
    // a claim the customer made, and its status
    '(?<![a-z])(?:i|we) (?:have |had |just )?(?:made|make|filed|file|submitted|submit|put in|opened|raised) (?:an? |my |our )?(?:\\w+ )?claims?(?![a-z])',
    '(?<![a-z])(?:know|check|see|ask) (?:about |on )?(?:the |my |our )(?:\\w+ )?claims?(?![a-z])|(?<![a-z])status (?:of|on) (?:my |the |our |an? )?(?:\\w+ )?claims?(?![a-z])|(?<![a-z])claims? status(?![a-z])',
    // a billing error on a purchase made: an error, a mistake or an extra amount
    '(?<![a-z])(?:error|errors|erorr|mistake|wrong|incorrect|extra|excess|additional|over)\\w*(?: \\w+){0,4} (?:bill|billing|charges?|charged|debited)(?![a-z])',
    '(?<![a-z])(?:bill|billing|charges?|charged|debits?|payments?|premiums?)(?: \\w+){0,4} (?:error|errors|erorr|mistake|wrong|incorrect|extra|excess|twice|double)(?![a-z])',
    '(?<![a-z])(?:extra|excess|additional) amount(?![a-z])|(?<![a-z])(?:reverse|remove|refund|contest)\\w* (?:\\w+ ){0,3}(?:charges?|debits?)(?![a-z])',
    // cash, a payment or a top-up that went wrong on the way, with no one's doing: short cash, pending, not arrived, reverted
    '(?<![a-z])(?:(?:atm|cash ?machine|cash ?point|machine) (?:only )?(?:gave|dispensed|paid out|gave out|short)|(?:less|not enough|short|wrong amount of|too little) (?:cash|money))(?![a-z])',
    "(?<![a-z])(?:payments?|transfers?|top ?ups?|topups?|deposits?|refunds?|withdrawals?)(?: (?:i|we) (?:made|sent|did|paid))?(?: (?:is|are|was|were|has been|have been|got|keeps? being))?(?: still)? (?:pending|processing|reverted|returned|bounced|stuck|on hold|failed|declined|not (?:arrived|received|showing|through|gone through|working))(?![a-z])",
    // the same told with words between ("the top up i did this morning failed", "my topup didn't go through")
    "(?<![a-z])(?:payments?|transfers?|top ?ups?|topups?|deposits?|refunds?|withdrawals?|direct debits?|standing orders?|transactions?)(?: [a-z0-9']+){0,5}? (?:is |was |are |were |has been |have been |got |still |showing as |shows as |stays? )?(?:pending|reverted|bounced|failed|declined|rejected|(?:did ?n'?t|did not|has ?n'?t|has not|have ?n'?t|have not|is ?n'?t|is not|was ?n'?t|was not|never|still not|not) (?:yet )?(?:arrived?|reached|show(?:ed|n)? up|(?:gone|go|went|come|came) through|come in|been (?:received|processed|credited)|processed|credited|work(?:ed)?))(?![a-z])",
    "(?<![a-z])(?:topped up|top ?up|sent|transferred|deposited|paid in)(?: [a-z0-9']+){0,5} (?:but|and) (?:the |my )?(?:money|it|funds|payment|transfer|cash)?(?: [a-z']+){0,2} (?:is ?n'?t|is not|has ?n'?t|has not|have ?n'?t|did ?n'?t|did not|never|not) (?:there|arrived|arrive|received|reached|showing|shown|show up|showed up|gone through|go through|come through|come in)(?![a-z])",
    "(?<![a-z])(?:money|payment|transfer|funds|cash) (?:i|we) (?:sent|paid|transferred)(?: [a-z]+){0,4} (?:has ?n'?t|has not|have ?n'?t|have not|did ?n'?t|did not|never|still has ?n'?t) (?:arrived|arrive|reached|come|come through|gone through|been received|got there)(?![a-z])",
    // a worse exchange rate, a pin or passcode blocked, contactless not working
    "(?<![a-z])(?:(?:wrong|worse|bad|incorrect|poor) (?:exchange|conversion) rates?|(?:exchange|conversion) rates? (?:was |is |were )?(?:wrong|worse|incorrect))(?![a-z])",
    "(?<![a-z])(?:(?:pin|passcode|pass code)(?: (?:number|code))? (?:is |was |got |has been |gets )?(?:blocked|locked|disabled)|(?:wrong|incorrect) (?:pin|passcode)(?: [a-z]+){0,3} (?:times|attempts|tries))(?![a-z])",
    "(?<![a-z])(?:contactless|tap to pay|apple pay|google pay)(?: [a-z]+)? (?:is ?n'?t|is not|does ?n'?t|does not|wo ?n'?t|stopped|not|keeps failing)(?: working| work)?(?![a-z])",
    '(?<![a-z])(?:purchas\\w*|bought|paid|spent) (?:\\w+ ){0,4}(?:\\$?\\d+)(?: \\w+){0,4} (?:but|and) (?:it |the bill |my bill |the statement )?(?:shows?|says?|charged|showing)(?![a-z])',
  ].join('|'),
);

/**
 * Words of a charge or a loss the customer cannot account for: "a charge that should not be there",
 * "money missing", "i do not recognise it". With them the text may report a misuse (LABELING.md: a
 * charge or withdrawal the customer does not recognise is safety_compliance); MISUSE holds the rest.
 */
export const UNACCOUNTED =
  /(?<![a-z])(?:recogni[sz]\w*|not (?:mine|ours)|know (?:about|what|where|who|of)|no idea|shouldn'?t|should not|without (?:my |any )?(?:reason|permission|consent|knowledge|authori[sz]ation)|strange|suspicious\w*|unknown|weird|odd|missing|disappear\w*|vanish\w*|gone|compromis\w*|authori[sz]\w*|(?:took|taken|taking)(?! (?:twice|two times|double))|theft|thief|robbed|breach\w*|phish\w*|police)(?![a-z])/;

/**
 * Routine work on the customer's own account (ACCOUNT_TASK) with no word of a misuse or of money the
 * customer cannot account for. LABELING.md: a billing dispute about a purchase the customer made, a
 * look-up of their own record, a change of address or payment is service_action; a charge they do not
 * recognise, or a card someone else used, is safety_compliance, and such a text is never one of these.
 */
export function isRoutineAccountRequest(text: string): boolean {
  const { folded } = foldText(text);
  return ACCOUNT_TASK.test(folded) && !MISUSE.test(folded) && !UNACCOUNTED.test(folded);
}
