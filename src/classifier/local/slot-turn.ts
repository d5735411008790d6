import { foldText } from '../safety/text.ts';

/** A day, a date word or a clock time: "Thursday", "tomorrow", "7pm", "11:00 am", "around three", "noon". */
const SLOT =
  /(?<![a-z])(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?(?![a-z])|(?<![a-z])(?:today|tonight|tomorrow|tmrw|noon|midday|midnight|weekend|(?:this|next|tomorrow) (?:morning|afternoon|evening|week))(?![a-z])|\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)(?![a-z])|\d{1,2}:\d\d|(?<![a-z])(?:at|around|after|before|by|for) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: (?:thirty|fifteen|forty five|o'?clock|oclock))?(?![a-z0-9])/;

/** Words of a turn that books, moves or confirms a slot (LABELING.md, dialogue turn). */
const BOOKING =
  /(?<![a-z])(?:book|booking|schedule|scheduled|reschedul\w*|reserve|reservation|appointment|appt|availab\w*|open(?:ing|ings)? (?:slot|spot|time)|slot|works? (?:for|with) (?:me|us)|would work|will work|that works|i can (?:do|make|come|go)|i can'?t (?:do|make|come|go)|can we do|could we do|let'?s (?:do|go with|make|try|book|say)|make it|change (?:it|that|the time|my appointment) to|move (?:it|that|my appointment) to|how about|what about|instead|i(?:'d| would) (?:prefer|rather)|i'?ll take|earliest|soonest|asap|as soon as)(?![a-z])/;

/** A turn that proposes a slot as a question: "How about 18:15 then?", "What about Saturday?", "can we do Friday at 6 PM instead?". */
const PROPOSAL = /^(?:(?:ok(?:ay)?|so|um|uh|hmm|well|then|and|no|yes|yeah)[^a-z0-9]+)*(?:how about|what about|can we do|could we do|can we make it|could we make it|can i do|could i do)(?![a-z])/;

/**
 * A dialogue turn that gives or moves a slot: a day or a time and a booking word ("ok, let's do the
 * dermatologist then, around three on Thursday", "Can we do Friday at 6 PM instead?"). LABELING.md
 * labels it service_action even without a verb like "book".
 */
export function isSlotTurn(text: string): boolean {
  const { folded } = foldText(text);
  // "is there anything at 2 pm?" asks; the turn that takes the slot states it, or proposes it: "How about 18:15 then?".
  if (text.includes('?') && !PROPOSAL.test(folded)) return false;
  return SLOT.test(folded) && BOOKING.test(folded);
}

/** A first sentence that opens with a day or a time, after fillers: "9 pm - and not a minute before!", "Friday would be the best". */
const OPENS_WITH_SLOT =
  /^(?:(?:ok(?:ay)?|so|um|uh|well|yes|yeah|then|maybe|probably|perhaps|around|about|at|on|by|before|after|how about|let'?s do|let'?s say|i guess|just|only|sure)\s+)*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|today|tonight|tomorrow|tmrw|noon|midday|this (?:morning|afternoon|evening|week)|next (?:week|[a-z]+day)|\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)\.?|\d{1,2}:\d\d|asap|anytime|any time)(?![a-z'])/;

/** Words of a question, or of the writer telling about themselves ("Today I feel awful"): no slot given. */
const NOT_A_SLOT = /(?<![a-z])(?:what|which|when|where|who|why|how|i|my|we|our)(?![a-z'])/;

/** Words in the first sentence past which it is no longer a slot given: "3pm or 9pm.", "11 am would be great." */
const SLOT_SENTENCE_WORDS = 8;

/**
 * A dialogue turn whose first sentence gives a day or a time, short, stated, not about the writer
 * ("3pm or 9pm.", "Saturday. Do you know if the apartments are safe?", "Anytime on Monday, Tues, or Wed
 * is fine"): the answer to "when would you like to come?" (LABELING.md, dialogue turn: service_action).
 */
export function givesSlot(text: string): boolean {
  const { folded } = foldText(text);
  const first = /^[^.!?]*([.!?]*)/.exec(folded.trim())!;
  const words = first[0].replace(/[.!?]+$/, '').trim();
  if (first[1]!.includes('?') || NOT_A_SLOT.test(words)) return false;
  return OPENS_WITH_SLOT.test(words) && words.split(/\s+/).length <= SLOT_SENTENCE_WORDS;
}
