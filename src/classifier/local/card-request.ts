import { foldText } from '../safety/text.ts';

/** A card lost, expired, damaged or to be replaced or activated: "i lost my credit card", "my member ID card expired". */
const ROUTINE_CARD =
  /(?<![a-z])(?:lost|misplaced|can'?t find|cannot find|missing|expired|expiring|damaged|broken|bent|cracked|replace\w*|new|renew\w*|activate\w*|arrive\w*|delivery)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,6}?[^a-z0-9]+(?:card|cards|id)(?![a-z])|(?<![a-z])(?:card|cards|id)(?![a-z])(?:[^a-z0-9]+[a-z0-9']+){0,4}?[^a-z0-9]+(?:lost|misplaced|missing|expired|damaged|broken)(?![a-z])/;

/** Words of a misuse: a card someone else used, a charge or withdrawal, a denial. Such a text is no routine request. */
const MISUSE =
  /(?<![a-z])(?:someone|somebody|some one|stranger|not me|wasn'?t me|didn'?t|did not|never|stolen|stole|steal\w*|fraud\w*|scam\w*|hack\w*|unauthori[sz]ed|used|charges?|charged|purchases?|withdr\w*|transactions?)(?![a-z])/;

/**
 * A routine card request: a card lost, expired, damaged, to be replaced or activated, with no word of
 * a misuse. LABELING.md: a lost card is service_action (replace it, nothing was misused); a stolen card
 * or one someone else used is safety_compliance, and the guard hears those.
 */
export function isRoutineCardRequest(text: string): boolean {
  const { folded } = foldText(text);
  return ROUTINE_CARD.test(folded) && !MISUSE.test(folded);
}
