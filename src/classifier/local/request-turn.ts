import { foldText } from '../safety/text.ts';
import { ASKS_IN_WORDS, OPENS_AS_QUESTION } from '../safety/asking.ts';
import { namesProduct } from '../safety/case-report.ts';
import { ACTION_VERB, MISUSE } from './command-turn.ts';
import { speaksOfCare } from './domain-words.ts';

/** The action verbs of a command (command-turn.ts), and verbs that only ask for something after "I want to": "organise a party", "purchase a plan". */
const DONE = `(?:${ACTION_VERB.source.slice(1)}|(?:organi[sz]e|plan|purchase|rsvp|throw|host|arrange|register|enrol+|apply|submit|request|dispute|upgrade|downgrade|rent)(?![a-z]))`;

/**
 * A want typed in haste, with its "to" or its "would" lost: "i like to purchase 10 gb plan", "i want
 * purchase internet connection", "i wants t purchase internet", "i will like to change my address". The
 * verb must be one that is done for the customer (DONE), and with no "to" one that is no noun as well
 * ("i need plan details" wants information): "i like to read" says nothing of the kind.
 */
const WANTS_DONE_MISTYPED = `(?<![a-z])i (?:(?:want|wants|need)(?: t)? (?:purchase|buy|cancel|close|sign ?up|subscribe|reserve|renew|replace|activate|register|apply)(?![a-z])|wants to ${DONE}|(?:will|would) like to ${DONE}|like to ${DONE})`;

/** What is done for the customer, as it is named after "help with" or "help me": "making an appointment", "booking a guesthouse", "a RSVP". */
const DONE_DOING =
  '(?:making|booking|scheduling|rescheduling|reserving|cancell?ing|changing|ordering|buying|purchasing|paying|transferring|replacing|renewing|refilling|activating|closing|opening|setting up|signing up|registering|updating|resetting|blocking|freezing|moving|rsvping|planning|organi[sz]ing|arranging|topping up|getting (?:an?|my|the) (?:new|replacement)|an? (?:rsvp|appointment|booking|reservation|refund|replacement|transfer|refill|order|return))';

/**
 * A want of help with something to be done: "I'd like some help making sure I RSVP", "I could use some
 * help making an appointment", "I need help with a RSVP", "I am also needing help booking a guesthouse".
 */
const WANTS_HELP_DOING = `(?<![a-z])(?:i|we)(?:'d| would| could)? (?:like|need|needing|want|use|am needing|'m needing|am also needing)(?: some| a little)? help (?:with |in |to )?(?:me |us )?${DONE_DOING}`;

/**
 * The customer says what they want done: "I want to organise a surprise party", "we'd like to book a
 * table", "i need to purchase internet". Not "I want to know / find / see ..." (information).
 */
const WANTS_DONE = new RegExp(
  `(?<![a-z])(?:(?:i|we)(?:(?: really| just| also| still| now)? (?:want|wanna|need|wish|plan)|(?:'d|d| would)(?: really)? (?:like|love)|(?:'m| am|'re| are| was| were) (?:trying|looking|planning|hoping))|and (?:would|'d) like)(?: you)? to (?:please )?${DONE}|${WANTS_DONE_MISTYPED}|${WANTS_HELP_DOING}|(?<![a-z])(?:i|we)(?:'m| am|'re| are| was| were) interested in (?:viewing|booking|reserving|scheduling|making|renting|ordering)(?![a-z])`,
);

/**
 * The customer picks what is offered: "i will take the 10 gb data plan", "lets go with window seat",
 * "I'll try Shiraz", "I'll have the phone service": the choice is to be carried out.
 */
const TAKES_CHOICE = /(?<![a-z])(?:(?:i|we)(?:'ll| will| shall)(?: just)? (?:take|have|go with|try|choose|pick|get)|let'?s (?:go with|take|choose|pick))(?![a-z])/;

/** A choice taken (TAKES_CHOICE) of no medicine: "I'll take two tablets tonight" tells of a dose, not a purchase. */
function takesChoice(words: string): boolean {
  return TAKES_CHOICE.test(words) && !namesProduct(words);
}

/**
 * The customer wants a thing that someone has to arrange or provide: "I'd like an appointment with Dr.
 * Alexis", "we need a table for four", "i want a refund", "i want an internet connection", "I would
 * like a coffee now". Not a want of information (information-request.ts).
 */
const WANTS_ARRANGED =
  /(?<![a-z])(?:i|we)(?:(?: really| just| also| still)? (?:want|need|would like)|'d like|d like)(?: to (?:get|have|make|book))? (?:(?:an?|another|one more|some|my) (?:new )?(?:appointment|appt|reservation|booking|ride|taxi|cab|table|refund|replacement|callback|call back|viewing|rsvp)|(?:an?|another|one more|one|some|my)? ?(?:new )?(?:(?:internet|phone|cable|broadband|wifi|data|mobile|landline|tv)(?: (?:and )?(?:internet|phone|cable|broadband|tv))* (?:connection|subscription|service|plan|package)|connection|subscription|(?:cup of )?(?:coffee|tea|espresso|cappuccino|latte)))(?![a-z])/;

/**
 * A look-up on the customer's own record, asked as a want or a command: "i want to know the status of
 * my claim", "i need to check my seat assignment", "check my bill". Someone opens the record to answer
 * it (LABELING.md: informational needs no action on a record); "i wanted to know if my plan covers the
 * shingles shot" asks about cover in general and is none (no "if", "can", "what" after the verb).
 */
const CHECKS_OWN_RECORD =
  /(?:(?<![a-z])(?:i|we)(?: really| just| also)? (?:want|wanna|need|would like|'d like|d like|wanted|like|wants)(?: to)? (?:know|check|see|confirm|get|view)|^(?:check|confirm))(?: (?:the|about|on))?(?: (?:current|status|details?|info|information))?(?: of)? my(?![a-z])/;

/** An item of the customer's own account or trip that someone looks up: a seat, a claim, a balance, a bill, a boarding pass. */
const RECORD_ITEM =
  '(?:seats?(?: (?:assignments?|number|no|arrangement|details|info))?|claims?|claim status|balances?|bills?|billing (?:details|address|statement)|statements?|boarding pass(?:es)?|proof of insurance|(?:data )?usage|account (?:details?|info|information|status)|(?:reference|confirmation|booking|reservation) (?:number|no|code|id))';

/**
 * A look-up on the customer's own record asked for as a task, in a sentence of its own: "may i know my
 * seat assignment", "can you tell me my account balance?", "please check and tell my seat assignment",
 * "help me find the status of my claim". The request names the item (RECORD_ITEM) within a few words,
 * most often after "my", "the" or "our"; its question mark belongs to the request (LABELING.md, look-up
 * on the own record). "what is my balance?" asks a plain question and is none.
 */
const LOOKS_UP_RECORD = new RegExp(
  `^(?:(?:may|can|could) (?:i|we) (?:also |please )?(?:know|check|see|get|have|confirm|find out)|(?:can|could|would|will) (?:you|u) (?:please |kindly |also |just )*(?:tell|show|check|find|confirm|let me know|look up|pull up|give|send)(?: me| us)?|(?:please |kindly )?(?:check|confirm|find)(?: and tell)?(?: me| us)?|(?:please |kindly )?(?:tell|show)(?: me| us)|(?:please |kindly )?(?:give|send|provide)(?: me| us)?|(?:(?:can|could|would|will) (?:you|u) (?:please |kindly |also |just )*|please |kindly |i need (?:your )?)?help (?:me )?(?:to |with )?(?:know|check|find|finding|see|get|getting|confirm)|(?:i|we)(?:'m| am| are) (?:trying|looking|hoping) to (?:know|check|find|see|get|confirm)|(?:i|we)(?: really| just| also)? (?:need|want|would like|'d like|d like|wish|like|wanted)(?: to)? (?:know|check|see|confirm|view|find out))(?: [a-z']+){0,4}? (?:(?:my|the|our)(?: [a-z']+){0,3}? )?${RECORD_ITEM}(?![a-z])`,
);

/**
 * A look-up on the customer's own record told as what they are doing or want, wherever it stands in the
 * sentence: "hello im trying to check my seat assignment", "dude check my seat assignment", "hi drew i
 * would like to know the status of claim", "i ask the status of my claim". A verb of looking up, the
 * item within a few words, and a word of the customer's own ("my", "our") in the sentence.
 */
const LOOKS_UP_OWN_ITEM = new RegExp(`(?<![a-z])(?:check|checking|know|see|get|getting|find|view|confirm|ask)(?: [a-z']+){0,4}? ${RECORD_ITEM}(?![a-z])`);
const OWN = /(?<![a-z])(?:my|our)(?![a-z])/;

/**
 * A ride to be found or called: "I urgently need to find a ride from Hospital to Forbes and Murray",
 * "find the nearest taxi", "call a cab to the airport". Someone has to send the car (LABELING.md: the
 * customer wants something done), as with "I need a ride" (WANTS_ARRANGED).
 */
const RIDE_WANTED =
  /(?<![a-z])(?:(?:need|want|like) to (?:find|get|book|call|order)|find|get|call|book|order)(?: me| us)? (?:an?|the nearest|the closest|another|some|my) (?:ride|taxi|cab|uber|lyft)(?![a-z])/;

/** Greetings and assistant names before a request ("hi how are you" asks nothing). */
const LEAD_IN = /^[^a-z0-9]*(?:(?:how are you(?: doing)?(?: today)?|hey|hi|hello|ok|okay|so|um|uh|oh|yes|yeah|well|please|pls|plz|now|just|siri|olly|alexa|google|cortana|pda|and|also)[^a-z0-9]+)*/;

/** The text, folded, holds a look-up on the customer's own record asked for as a task (LOOKS_UP_RECORD), in any sentence. */
export function looksUpRecord(folded: string): boolean {
  return folded.split(/[.!?]+\s*/).some((s) => LOOKS_UP_RECORD.test(s.slice(LEAD_IN.exec(s)?.[0].length ?? 0)));
}

/**
 * "can you cancel my 3 pm?", "Olly, could you please lower the volume?", "help me to mute my speaker": a
 * request put as a question or as help, the verb on a thing of the customer's or one in view ("my",
 * "the", "it", "up"). "can u transfer
 * controlled substances between pharmacies?" asks what is done in general, and "could you send your
 * list" asks for information.
 */
const ASKS_YOU_TO = new RegExp(
  `^(?:(?:can|could|would|will|would you mind) (?:you|u|ya)(?: please| kindly| just| also| now)? (?:please )?|(?:(?:can|could|would|will) (?:you|u|ya) (?:please )?)?(?:please )?help (?:me|us) (?:to )?)(?!send|email|text)${DONE} (?:the|a|an|my|our|me|us|it|that|this|these|those|some|something|all|on|off|up|down|back|to|for|with|\\d)(?![a-z])`,
);

/**
 * A request put as a question of what is possible, on a thing of the customer's or one in view: "is it possible
 * to change the address on my account", "is there any way i could change that to an aisle seat", "would it be
 * possible to move my payment date", "any possibility to change the billing address". The customer wants it
 * done if it can be (LABELING.md: service_action); "is it possible to get flu from the shot?" names no action
 * verb (DONE), and "is it possible to pay with apple pay" or "to open an account online" asks how things are
 * done in general (no thing of the customer's or in view after the verb): both stay with the model. It may follow what happened: "my windshield cracked, is it possible to
 * replace it". A text that speaks of care asks what can be done with a medicine or the body ("is there a way to stop the
 * Cymbalta and start the Zoloft the next day?", "is there any way to stop the pain"): isRequestTurn leaves it to the model.
 */
const ASKS_IF_POSSIBLE = new RegExp(
  `(?<![a-z])(?:is it possible|would it be possible|is there (?:any|a|some) (?:way|possibility|chance)|any (?:way|possibility|chance))(?: for (?:me|us|you))?(?: (?:to|that|if|i|we|you|can|could|would|will|please|just|still|maybe)){0,3} ${DONE} (?:the|my|our|me|us|it|that|this|these|those|them|him|her)(?![a-z])`,
);

/**
 * A thing of the customer's asked to be put right, as "can I get it done": "can i get it replaced under my
 * policy", "could we have the card reissued", "can i get my address changed". The participle names work that
 * someone on the staff does (LABELING.md: service_action); "can i get a refill early?" names none.
 */
const GETS_IT_DONE =
  /(?<![a-z])(?:can|could|may) (?:i|we) (?:please |just |still )?(?:get|have) (?:it|them|this|that|(?:my|our|the)(?: [a-z']+){1,3}) (?:replaced|changed|cancell?ed|moved|fixed|repaired|updated|renewed|transferred|reissued|refunded|corrected|removed|added|closed|unblocked|unfrozen|unlocked|reset|rescheduled|re-?sent|resent|reinstated)(?![a-z])/;

/** The folded text asks, as a question, for work to be done if it can be (ASKS_IF_POSSIBLE, GETS_IT_DONE): "can i get my address changed". */
export function asksIfWorkPossible(folded: string): boolean {
  return ASKS_IF_POSSIBLE.test(folded) || GETS_IT_DONE.test(folded);
}

/** A question that only asks for the help wanted: "Can you help?", "could you help me with that", "is that possible?". */
const ASKS_FOR_HELP = /^(?:(?:can|could|would|will) (?:you|u|ya) (?:please )?(?:help|assist|do (?:that|this|it)|make (?:that|this|it) happen)|is (?:that|this|it) possible)(?![a-z])/;

/** The sentences of folded text, each with the mark that ends it ("" at the end of the text). */
function sentences(folded: string): { words: string; asks: boolean }[] {
  return [...folded.matchAll(/([^.!?]+)([.!?]*)/g)]
    .map((m) => withoutHelpAsked(m[1]!.trim(), m[2]!.includes('?')))
    .filter((s) => s.words.length > 0);
}

/** A plea for help run on after a request in the same sentence: "I need to plan a party can you help?". */
const HELP_ASKED_AFTER = /\s+(?:(?:so|and|but) )?(?:can|could|would|will) (?:you|u|ya) (?:please )?(?:help|assist)(?: (?:me|us))?(?: (?:with|on) (?:that|this|it))?(?: make (?:that|this|it) happen)?$/;

/**
 * A sentence that ends by asking for help with what it has just asked for asks nothing else: the
 * question belongs to the request ("I need to plan a surprise party for a colleague, can you help make
 * that happen?"), as a sentence of its own would (ASKS_FOR_HELP).
 */
function withoutHelpAsked(words: string, asks: boolean): { words: string; asks: boolean } {
  const help = asks ? HELP_ASKED_AFTER.exec(words) : null;
  return help === null || help.index === 0 ? { words, asks } : { words: words.slice(0, help.index), asks: false };
}

/**
 * A request in a sentence of its own: "I want / need / would like to" and an action verb, or a look-up
 * on the customer's own record (CHECKS_OWN_RECORD), in a text that does not ask ("Hi, I'm Ben and I want
 * to organize a surprise party. Can you help?"), or a "can you" / "could you" question that opens with
 * an action verb ("can you cancel my 3 pm?"). LABELING.md: the customer wants something done ->
 * service_action. A text with a word of someone else's doing or a denial (MISUSE) may be reporting a
 * misuse and is none.
 */
export function isRequestTurn(text: string): boolean {
  const { folded } = foldText(text);
  if (MISUSE.test(folded)) return false;
  const all = sentences(folded).map(({ words, asks }) => ({ words, asks, body: words.slice(LEAD_IN.exec(words)?.[0].length ?? 0) }));
  if (all.some(({ body }) => ASKS_YOU_TO.test(body) || (asksIfWorkPossible(body) && !speaksOfCare(folded)))) return true;
  // "I need to reset it through a link. Do you send emails like that?": a want told on the way to a question asks.
  const asking = all.some(({ asks, body }) => (asks || OPENS_AS_QUESTION.test(body)) && !ASKS_FOR_HELP.test(body) && !LOOKS_UP_RECORD.test(body));
  return (
    !asking &&
    !ASKS_IN_WORDS.test(folded) &&
    all.some(
      ({ words, body }) =>
        WANTS_DONE.test(words) ||
        WANTS_ARRANGED.test(words) ||
        takesChoice(words) ||
        RIDE_WANTED.test(words) ||
        CHECKS_OWN_RECORD.test(body) ||
        LOOKS_UP_RECORD.test(body) ||
        (OWN.test(body) && LOOKS_UP_OWN_ITEM.test(body)),
    )
  );
}
