import { foldText } from '../safety/text.ts';
import { MISUSE } from './command-turn.ts';
import { isRoutineAccountRequest } from './account-request.ts';
import { asksSomething, OPENS_AS_QUESTION } from '../safety/asking.ts';

/** A card, an ID, or a card's name as a hurried hand types it ("credit crad", "credit gard", "cartd"). */
const CARD = '(?:cards?|crad|gard|cartd|id)';

/**
 * What happens to a card in daily wear, or at a till or a cash machine, with no one's doing: it burns,
 * snaps or wears out ("my credit card was burnt in the fire", "the chip is scratched"), a payment with
 * it is declined, or a machine keeps it ("the atm swallowed my card").
 */
const WORN_OR_REFUSED =
  "burn\\w*|burnt|burst|melt\\w*|snapped|torn|ripped|chewed|scratched|worn(?: out)?|demagneti[sz]ed|declined|rejected|refused|swallowed|retained|stuck|not working|stopped working|(?:does|did|is|was|wo|won)n'?t work\\w*";

/** A card by name alone: "id" is also "I'd" typed in haste ("my skin burns, id like to know ..."). */
const PAYMENT_CARD = '(?:cards?|crad|gard|cartd)';

/**
 * A card lost, expired, damaged, refused, not yet received, or to be replaced or activated: "i lost my credit card", "my
 * member ID card expired", "my card was declined", "the cash machine ate my card", "i think i left my card in the atm" (left at a
 * place: lost, not taken).
 */
const ROUTINE_CARD = new RegExp(
  [
    `(?<![a-z])(?:lost|misplaced|can'?t find|cannot find|missing|missed|expired|expiring|damaged|broken|bent|cracked|replace\\w*|new|renew\\w*|activate\\w*|arrive\\w*|delivery|received|receive)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,6}?[^a-z0-9]+${CARD}(?![a-z])`,
    `(?<![a-z])${CARD}(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+(?:lost|misplaced|missing|missed|expired|damaged|broken|delivered|arrived|turned up|shown up)(?![a-z])`,
    `(?<![a-z])(?:${WORN_OR_REFUSED}|(?:ate|eaten|eats|kept|keeps)(?= (?:my|our|the|a) ))(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+${PAYMENT_CARD}(?![a-z])`,
    `(?<![a-z])${PAYMENT_CARD}(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+(?:${WORN_OR_REFUSED})(?![a-z])`,
    `(?<![a-z])(?:left|forgot|forgotten)(?: (?:my|our|the))?(?: [a-z]+)? ${PAYMENT_CARD} (?:in|at|on|behind|inside)(?![a-z])`,
  ].join('|'),
);

/** A term the guard set aside that is a damage said of the card: "burnt", "melted", "chewed". */
const CARD_DAMAGE_TERM = new RegExp(`^(?:${WORN_OR_REFUSED})$`);

/**
 * "my credit card got burnt in a fire", "the dog chewed my card": every symptom the guard set aside (a burn)
 * is a damage the text says of a card, in routine card work (isRoutineCardRequest). LABELING.md: a damaged
 * card to replace is service_action; a symptom with no medicine is no adverse event.
 */
export function damagesCard(text: string, suppressed: readonly { term: string }[]): boolean {
  return suppressed.length > 0 && suppressed.every((s) => CARD_DAMAGE_TERM.test(s.term.toLowerCase())) && isRoutineCardRequest(text);
}

/** What happens to a misused card: it is used, charged, money is withdrawn (MISUSE holds the rest). */
const CARD_USED = /(?<![a-z])(?:used|charges?|charged|purchases?|withdr\w*|transactions?)(?![a-z])/;

/**
 * A routine card request: a card lost, expired, damaged, to be replaced or activated, with no word of
 * a misuse. LABELING.md: a lost card is service_action (replace it, nothing was misused); a stolen card
 * or one someone else used is safety_compliance, and the guard hears those.
 */
export function isRoutineCardRequest(text: string): boolean {
  const { folded } = foldText(text);
  return ROUTINE_CARD.test(folded) && !MISUSE.test(folded) && !CARD_USED.test(folded);
}

/**
 * Routine card or account work told as a statement ("my credit card is lost can u plz help me", "i
 * have check ac balance"): the customer wants it dealt with (LABELING.md: a lost card, a look-up or a
 * change on the own account is service_action). A question ("how do i activate my new card", "what is
 * my balance?") asks how things work or a plain fact and stays with the model.
 */
export function isRoutineCardOrAccountStatement(text: string): boolean {
  return !asksSomething(text) && !OPENS_AS_QUESTION.test(text) && (isRoutineCardRequest(text) || isRoutineAccountRequest(text));
}
