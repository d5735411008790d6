import { foldText } from '../safety/text.ts';
import { ASKS_IN_WORDS, OPENS_AS_QUESTION } from '../safety/asking.ts';
import { namesProduct } from '../safety/case-report.ts';

/** A day, a date word or a clock time: "Thursday", "tomorrow", "7pm", "11:00 am", "around three", "noon". */
const SLOT =
  /(?<![a-z])(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?(?![a-z])|(?<![a-z])(?:today|tonight|tomorrow|tmrw|noon|midday|midnight|weekend|(?:this|next|tomorrow) (?:morning|afternoon|evening|week))(?![a-z])|\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)(?![a-z])|\d{1,2}:\d\d|(?<![a-z])(?:at|around|after|before|by|for) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: (?:thirty|fifteen|forty five|o'?clock|oclock))?(?![a-z0-9])/;

/** The text names a day, a date word or a clock time (SLOT): "Thursday", "not even 10 pm?". */
export function namesSlot(text: string): boolean {
  return SLOT.test(foldText(text).folded);
}

/** Words of a turn that books, moves or confirms a slot (LABELING.md, dialogue turn). */
const BOOKING =
  /(?<![a-z])(?:book|booking|schedule|scheduled|reschedul\w*|reserve|reservation|appointment|appt|availab\w*|open(?:ing|ings)? (?:slot|spot|time)|slot|works? (?:for|with) (?:me|us)|would work|will work|that works|i can (?:do|make|come|go)|^(?:i |we )?can (?:also|only|still|just) (?:do|make)|i can'?t (?:do|make|come|go)|can we do|could we do|let'?s (?:do|go with|make|try|book|say)|make it|change (?:it|that|the time|my appointment) to|move (?:it|that|my appointment) to|how about|what about|instead|i(?:'d| would) (?:prefer|rather)|i'?ll take|earliest|soonest|asap|as soon as|(?:i|we)(?: can| could| will|'ll| should| would like to|'d like to| want to| wanted to| was going to| were going to| plan to)(?: also| only| just)? (?:be there|get there|come|go|see(?! (?:what|if|whether|how|when|where|who))|view|tour|start|arrive|do|make it|try|shoot for|aim for)|i was thinking|shoot for|can it be|would be (?:ideal|best|great|good|fine|perfect|nice|better)|(?:is|are) (?:fine|better|best|good|ok|okay)|any ?time|sometime)(?![a-z])/;

/** Where a sentence ends in folded text. */
const SENTENCE_END = /[.!?]+\s*/;

/** A turn that proposes a slot as a question: "How about 18:15 then?", "What about Saturday?", "can we do Friday at 6 PM instead?". */
const PROPOSAL = /^(?:(?:ok(?:ay)?|so|um|uh|hmm|well|then|and|no|yes|yeah)[^a-z0-9]+)*(?:how about|what about|can we do|could we do|can we make it|could we make it|can i do|could i do)(?![a-z])/;

/**
 * A question that asks for a slot to be had: whether a day or time is free or works, or whether the
 * writer can come then ("Is 11 am available?", "Does 2 pm work?", "Do you have anything on Tuesday?",
 * "Can I view the apartment on Sunday at 10 am?").
 */
const ASKS_FOR_SLOT =
  /(?<![a-z])(?:(?:is|are) (?:there )?(?:[a-z0-9:']+ ){0,4}available|availab\w*|(?:any|another|other|different|earlier|later) (?:time|times|slot|slots|opening|openings|appointments?|viewings?|spot|spots)|anything (?:available|open|free|earlier|later|else)|anything (?:on|at|before|after) (?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow|noon|\d{1,2}(?::\d\d)?(?: ?[ap]\.?m)?)|(?:does|do|would|will|could|can) (?:[a-z0-9:']+ ){0,4}work(?: for (?:me|you|us|him|her|them))? ?(?:[?,.]|$)|can (?:i|we) (?:come|view|visit|book|schedule|move|change|switch|reschedule)|can we (?:do|try|make)|(?:do|does) (?!i |we )(?:[a-z.']+ ){1,3}have (?:anything|any (?:time|times|slot|slots|opening|openings|appointments?|availability|viewings?|rooms?|tables?)|\d{1,2}(?::\d\d)?(?: ?[ap]\.?m)?|noon|an? (?:slot|opening|appointment|time|viewing|table|room|spot)))(?![a-z])/;

/**
 * A dialogue turn that gives or moves a slot: a day or a time and a booking word ("ok, let's do the
 * dermatologist then, around three on Thursday", "Can we do Friday at 6 PM instead?"). LABELING.md
 * labels it service_action even without a verb like "book".
 */
export function isSlotTurn(text: string): boolean {
  const { folded } = foldText(text);
  // "is there anything at 2 pm?" asks; the turn that takes the slot states it, or proposes it: "How about 18:15 then?".
  if (text.includes('?') && !folded.split(SENTENCE_END).some((s) => PROPOSAL.test(s.trim()))) {
    return (SLOT.test(folded) && (ASKS_FOR_SLOT.test(folded) || (BOOKING.test(folded) && statesWithRisingTone(folded)))) || statesSlotTaken(folded, text);
  }
  return SLOT.test(folded) && BOOKING.test(folded);
}

/**
 * Every question of the turn is a statement said with a rising tone, none opens as a question: "I
 * guess I should shoot for Monday around 3pm?", "I was thinking Monday around 8pm for the Oak Street
 * flats?". With a slot in its last question and a booking word it takes the slot as a proposal does;
 * "is the pharmacy open at 9 pm?" opens as a question and asks, "I have an appointment at 9 am, should
 * I stop eating?" asks in words (ASKS_IN_WORDS).
 */
function statesWithRisingTone(folded: string): boolean {
  const questions = [...folded.matchAll(/(?<![^.!?])[^.!?]+\?/g)].map((m) => m[0].trim());
  return (
    SLOT.test(questions.at(-1) ?? '') &&
    questions.every((q) => !OPENS_AS_QUESTION.test(q) && !ASKS_IN_WORDS.test(q) && q.split(' ').length <= RISING_TONE_MAX_WORDS)
  );
}
/** A proposal said with a rising tone is short: a longer sentence that ends in a question mark asks more. */
const RISING_TONE_MAX_WORDS = 12;

/**
 * A choice of slot said in words of taking it, not of a booking held ("Make it 7pm.", "I'd prefer 8 pm.",
 * "Sunday would be nice"): "I have an appointment at 9 am" tells of a slot already held.
 */
const TAKES_SLOT =
  /(?<![a-z])(?:make it|let'?s (?:do|go with|make|try|say)|i(?:'d| would) (?:prefer|rather)|i'?ll take|how about|what about|can (?:also |only |still |just )?(?:do|make) (?:it )?(?:on|at|for|\d)|would work|will work|that works|shoot for|would be (?:ideal|best|great|good|fine|perfect|nice|better)|(?:i|we)(?: can| could| will|'ll| would like to|'d like to| want to| wanted to)(?: also| only| just)? (?:come|be there|get there|make it|view|tour|arrive))(?![a-z])/;

/**
 * A turn with a question whose stated sentence (no question mark, not opening as one) takes a slot: "Make
 * it 7pm. does the apartment have a swimming pool?", "I'd prefer 8 pm. Have you ever been to a cooking
 * class?". The question asks beside the booking; the stated sentence books (LABELING.md, dialogue turn),
 * unless the turn names a medicine or a product.
 */
function statesSlotTaken(folded: string, text: string): boolean {
  // "I'd prefer to take my pill at 8 pm. Is that safe?" asks about a dose, not a booking. (namesProduct reads the
  // message itself, whose fold the guard already made: handing it the folded text would fold that a second time.)
  // The rare words of taking a slot first, the medicine's names last: every test is pure, so the order changes no answer.
  const takes = [...folded.matchAll(/[^.!?]+[.!?]*/g)].some((m) => {
    const sentence = m[0].trim();
    return !sentence.endsWith('?') && TAKES_SLOT.test(sentence) && SLOT.test(sentence) && !OPENS_AS_QUESTION.test(sentence) && !ASKS_IN_WORDS.test(sentence);
  });
  return takes && !namesProduct(text);
}

/** A first sentence that opens with a day or a time, after fillers: "9 pm - and not a minute before!", "Friday would be the best". */
const OPENS_WITH_SLOT =
  /^(?:(?:ok(?:ay)?|so|um|uh|well|yes|yeah|then|maybe|probably|perhaps|around|about|at|on|by|before|after|how about|let'?s do|let'?s say|i guess|just|only|sure)\s+)*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|today|tonight|tomorrow|tmrw|noon|midday|this (?:morning|afternoon|evening|week)|next (?:week|[a-z]+day)|\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)\.?|\d{1,2}:\d\d|asap|anytime|any time)(?![a-z'])/;

/** Words of a question, or of the writer telling about themselves ("Today I feel awful"): no slot given. */
const NOT_A_SLOT = /(?<![a-z])(?:what|which|when|where|who|why|how|i|my|we|our)(?![a-z'])/;

/** Words in the first sentence past which it is no longer a slot given: "3pm or 9pm.", "11 am would be great." */
const SLOT_SENTENCE_WORDS = 8;
/** Words past which a first sentence with a question mark no longer offers a slot: "Maybe 4pm?" does, "Tomorrow is the pharmacy open?" asks. */
const SLOT_OFFERED_WORDS = 3;

/**
 * A dialogue turn whose first sentence gives a day or a time, short, stated or offered ("Maybe 4pm?"),
 * not about the writer ("3pm or 9pm.", "Saturday. Do you know if the apartments are safe?", "Anytime on
 * Monday, Tues, or Wed is fine"): the answer to "when would you like to come?" (LABELING.md, dialogue turn: service_action).
 */
export function givesSlot(text: string): boolean {
  const { folded } = foldText(text);
  if (CONCLUDES_WITH_SLOT.test(folded) && folded.length <= SLOT_CONCLUDED_MAX_CHARS) return true;
  const first = /^[^.!?]*([.!?]*)/.exec(folded.trim())!;
  const words = first[0].replace(/(?<![.!?])[.!?]+$/, '').trim();
  if (NOT_A_SLOT.test(words)) return false;
  const length = words.split(/\s+/).length;
  // "6 pm?", "Maybe 4pm?", "4pm today?": a slot offered as a question is a slot given; a longer question asks.
  return OPENS_WITH_SLOT.test(words) && length <= (first[1]!.includes('?') ? SLOT_OFFERED_WORDS : SLOT_SENTENCE_WORDS);
}

/**
 * A short turn that reasons its way to a time and ends on it: "It should only take two hours, so around
 * 6 pm?", "an hour from now, so 3:15", "in two hours, so at 11 am." The time concluded is the slot given.
 */
const CONCLUDES_WITH_SLOT =
  /(?<![a-z])so (?:(?:around|about|probably|maybe|perhaps|at|like|say|roughly) )*(?:\d{1,2}(?::\d\d)? ?(?:a\.?m|p\.?m)?|\d{1,2}:\d\d|noon|midnight)\W*$/;
/** A turn, not a story: a long text that ends on a time may say more than the slot. */
const SLOT_CONCLUDED_MAX_CHARS = 60;

/** A party size or a length of stay: "for 7 people", "4 nights", "a table for six", "party of 3". */
const BOOKING_SIZE =
  /(?<![a-z])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: |-)(?:nights?|people|persons|guests|adults|of us|passengers|rooms)(?![a-z])|(?<![a-z])(?:party|group|table) (?:of|for) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![a-z])/;

/** A question about a price or an amount: "how much would 3 nights cost?", "how much meat for 10 people?". */
const ASKS_AMOUNT = /(?<![a-z])(?:how much|how many|price|prices|cost|costs|what is|what's|whats)(?![a-z])/;

/**
 * A dialogue turn that gives a party size or a length of stay ("We will stay 4 nights.", "It would be
 * for 7 people.", "is 3 nights possible?"): a detail of a booking being made (LABELING.md, dialogue
 * turn: service_action), unless it asks a price or an amount.
 */
export function givesBookingSize(text: string): boolean {
  const { folded } = foldText(text);
  return BOOKING_SIZE.test(folded) && !ASKS_AMOUNT.test(folded);
}

/** A seat by where it is: "window seat", "an aisle seat", "middle seat h 3", or the word alone as a whole turn ("window"). */
const SEAT = /(?<![a-z])(?:window|aisle|asile|isle|middle|exit row|front row|back row)(?: side)? seats?(?![a-z])|^\W*(?:window|aisle|middle)\W*$/;

/**
 * A dialogue turn that picks a seat ("i want window seat", "sorry i meant window seat", "no madam i
 * need an aisle seat", "window"): a detail of a booking being made or changed (LABELING.md, dialogue
 * turn: service_action), unless it asks a price or an amount ("how much is an aisle seat?").
 */
export function picksSeat(text: string): boolean {
  const { folded } = foldText(text);
  return SEAT.test(folded) && !ASKS_AMOUNT.test(folded);
}
