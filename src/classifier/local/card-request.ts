import { foldText } from '../safety/text.ts';
import { MISUSE } from './command-turn.ts';

/** A card lost, expired, damaged or to be replaced or activated: "i lost my credit card", "my member ID card expired". */
const ROUTINE_CARD =
  /(?<![a-z])(?:lost|misplaced|can'?t find|cannot find|missing|expired|expiring|damaged|broken|bent|cracked|replace\w*|new|renew\w*|activate\w*|arrive\w*|delivery)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,6}?[^a-z0-9]+(?:card|cards|id)(?![a-z])|(?<![a-z])(?:card|cards|id)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+(?:lost|misplaced|missing|expired|damaged|broken)(?![a-z])/;

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
