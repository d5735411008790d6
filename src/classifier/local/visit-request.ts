import { foldText } from '../safety/text.ts';
import { isRequestTurn } from './request-turn.ts';
import { isSlotTurn } from './slot-turn.ts';

/**
 * A wish to be seen or to book a visit, in words: "I would like to make an appointment with Dr.
 * Johnson", "I'd really like to get in to see Dr. Alexis asap", "we need to schedule a viewing".
 */
const WANTS_VISIT =
  /(?<![a-z])(?:i|we)(?:(?: really| just| also| still)? (?:want|wanna|need|would(?: really)? like|would love|hope|am hoping|was hoping)|'d(?: really)? like|d like|'m hoping) to (?:get in|come in|be seen|see (?:dr|doctor|the doctor|a doctor|someone|him|her)|make an? (?:appointment|appt)|book|schedule|set up an? (?:appointment|appt|visit)|have an? (?:appointment|appt))(?![a-z])/;

/** Words of a visit to be booked: the request or the slot turn must be about one. */
const VISIT = /(?<![a-z])(?:appointment|appt|visit|viewing|book|booking|schedule|reschedul\w*|see (?:dr|doctor|the doctor|a doctor))(?![a-z])/;

/**
 * A request to be seen or to book a visit: a wish to be seen (WANTS_VISIT), or a request or a slot
 * turn about a visit (request-turn.ts, slot-turn.ts). LABELING.md: booking a visit is service_action,
 * and a symptom with no medicine, vaccine or product in it is no adverse event ("I have a cough, can
 * we do Friday at 3 pm").
 */
export function isVisitRequest(text: string): boolean {
  const { folded } = foldText(text);
  return WANTS_VISIT.test(folded) || (VISIT.test(folded) && (isRequestTurn(text) || isSlotTurn(text)));
}
