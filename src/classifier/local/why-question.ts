import { foldPiece, foldText } from '../safety/text.ts';
import { isCommandTurn, MISUSE } from './command-turn.ts';
import { isRequestTurn } from './request-turn.ts';

/** Greetings and politeness before the question: "hi there, why was i ...", "ok so did you ...". */
const LEAD_IN = /^[^a-z0-9]*(?:(?:hi there|hey there|hello there|good (?:morning|afternoon|evening)|hey|hi|hello|ok|okay|so|um|uh|oh|yes|yeah|well|quick question|question|just wondering|and|also)[^a-z0-9]+)*/;

/**
 * A question on why something happened on the customer's own account or to their money: "why was i charged
 * a late fee", "why did my premium go up", "why is my bill higher this month". Asked about, a fee, a payment or
 * a change is information (LABELING.md: "why did my top up fail?" is informational; told as a statement to be
 * traced, it is a request). "why haven't you sent my card" complains of a thing not done and is none (the
 * auxiliary must be followed by its subject, not by "not").
 */
const ASKS_WHY = /^why (?:was|were|did|is|are|has|have|does|do|would) (?:i|we|my|our|you|the|there|it|this|that)(?![a-z'])/;

/**
 * A yes-no question on what has happened to the customer's own record: "did you receive my payment", "has
 * my payment posted yet", "was my claim received", "was a claim filed on my policy". Someone may open the
 * record to answer, but the customer asks to be told a fact, as with "when is my premium due?" (LABELING.md,
 * look-up on the own record: the plain question is informational). "have my roomba clean the house" opens a
 * command, so "have" counts only before "you" or the office.
 */
const ASKS_WHAT_HAPPENED =
  /^(?:did (?:you|u|y'?all|your (?:office|company|team)) (?:get|receive|process|cash|apply|post)|(?:have|has) (?:you|u|your (?:office|company|team)) (?:received|gotten|got|processed|cashed|applied|posted)|(?:has|was|were) (?:my|our|a|an|any|the))(?![a-z'])/;

/**
 * A later clause that asks for the thing asked about to be put right or done: "why was i charged $15, need
 * that fixed", "why is there a fee on my receipt? want it removed pls", "please". The question was the
 * reason for the request (LABELING.md: a billing dispute or refund is service_action).
 */
const WANTS_IT_PUT_RIGHT =
  /(?<![a-z])(?:pls|plz|please|fix|fixed|remove|removed|refund|refunded|correct|corrected|waive|waived|reverse|reversed|adjust|adjusted|credit (?:it|that|this|me)|take (?:it|that|this) off)(?![a-z])/;

/**
 * A want of the thing put right, anywhere in the text (a voice transcript has no commas to end the question
 * with): "why was i charged a delivery fee i thought delivery was free i want that taken off".
 */
const WANTS_IT_UNDONE =
  /(?<![a-z])(?:want|need|would like|'d like)(?: you to)? (?:(?:it|that|this|them)(?: fee| charge)?|the (?:fee|charge|late fee)) (?:taken off|removed|fixed|refunded|reversed|waived|corrected|credited|gone)(?![a-z])/;

/**
 * why or whether: a text that opens (after a greeting) by asking why something happened on the customer's
 * account or whether something has happened to their record, in which no later clause asks for something to
 * be done or put right ("why was i charged twice, please refund one"), with no word of another person's doing
 * (MISUSE: "why did someone use my card" may report a misuse). LABELING.md: a question about the own record
 * asked plainly is informational; a request that someone do something on the account is service_action.
 */
export function asksWhyOrWhether(text: string): boolean {
  const { folded } = foldText(text);
  if (MISUSE.test(folded) || WANTS_IT_UNDONE.test(folded)) return false;
  // The clauses of the raw text: folding drops the commas that end them. A clause is folded apart (foldPiece):
  // through the one-text memo it would push out the message's fold, which the readings after this one fold again.
  const clauses = text.split(/[.!?\n,;]+\s*/).map((s) => (s === text ? foldText(s) : foldPiece(s)).folded.trim()).filter((s) => s.length > 0);
  // "hi there, did you get my payment": a greeting of its own opens nothing.
  const start = clauses.findIndex((s) => (LEAD_IN.exec(`${s} `)?.[0].length ?? 0) <= s.length);
  const [first = '', ...later] = start < 0 ? [] : clauses.slice(start);
  const body = first.slice(LEAD_IN.exec(first)?.[0].length ?? 0);
  if (!ASKS_WHY.test(body) && !ASKS_WHAT_HAPPENED.test(body)) return false;
  return !later.some((s) => isCommandTurn(s) || isRequestTurn(s) || WANTS_IT_PUT_RIGHT.test(s));
}
