import { foldText } from '../safety/text.ts';
import { MISUSE } from './command-turn.ts';

/** A card, an ID, or a card's name as a hurried hand types it ("credit crad", "credit gard", "cartd"). */
const CARD = '(?:cards?|crad|gard|cartd|id)';

/** A card lost, expired, damaged or to be replaced or activated: "i lost my credit card", "my member ID card expired". */
const ROUTINE_CARD = new RegExp(
  `(?<![a-z])(?:lost|misplaced|can'?t find|cannot find|missing|missed|expired|expiring|damaged|broken|bent|cracked|replace\\w*|new|renew\\w*|activate\\w*|arrive\\w*|delivery)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,6}?[^a-z0-9]+${CARD}(?![a-z])|(?<![a-z])${CARD}(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+(?:lost|misplaced|missing|missed|expired|damaged|broken)(?![a-z])`,
);

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
