import { foldText } from '../safety/text.ts';
import { isCommandTurn, MISUSE } from './command-turn.ts';
import { asksIfWorkPossible, isRequestTurn, looksUpRecord } from './request-turn.ts';
import { givesBookingSize } from './slot-turn.ts';

/**
 * The opening of a request for information, after greetings and assistant names: a verb that asks to
 * be told or shown ("tell me", "show me", "look up", "list", "define", "give me the details"), or a
 * question word with its verb ("what is", "when does", "is my", "how many"), or a yes-no question on what
 * follows for the asker ("will my rates go up if i file a claim", "does my card work abroad", "will i be charged a fee
 * if i pay late", "what happens if i miss a payment"), with or without a question mark (voice transcripts have
 * none). "do my taxes" opens a command and is none.
 */
const ASKS_TO_KNOW =
  /^[^a-z0-9]*(?:(?:hey|hi|hello|ok|okay|so|um|uh|oh|yes|yeah|well|please|pls|plz|now|just|siri|olly|alexa|google|cortana|pda|and|also|can you|could you|would you|will you)[^a-z0-9]+)*(?:tell me|show me|look up|list|read me|define|calculate|convert|update me|give me (?:the |some |more )?(?:info|information|details|news|weather|definition|list|time|date|address|name|number|directions)|what is|what's|whats|what are|when is|when does|who is|is my|is the|do i|does the|how much|how many|how long|(?:will|would|does|are) my|(?:will|would) i|what happens)(?![a-z'])/;

/**
 * A want whose object is information ("I need directions from the airport", "I'd like the address and
 * phone number", "we want the showtimes"): the answer is to be told something.
 */
const WANTS_TO_KNOW =
  /(?<![a-z])(?:i|we)(?:(?: also| just| actually)? (?:need|want|would like|would love|am looking for)|(?:'d|d) (?:like|love)|'m looking for) (?:to (?:get|have|know) )?(?:some |the |its |their |a |an |your )?(?:(?:walking|driving|transit) )?(?:directions?|address|addresses|postcode|post code|phone number|contact number|telephone number|name|rating|ratings|schedule|showtimes|show times|information|info|details|price|prices|entrance fee|travel time|departure time|arrival time)(?![a-z])|(?<![a-z])(?:i|we)(?:(?: also| just| actually| really)? (?:need|want|would like|wanted|wish)|'d like|d like) to know(?![a-z])/;

/** A search: "find the book Dracula", "search for a hotel in the north", "I need to find a flight". */
const SEARCH =
  /^[^a-z0-9]*(?:(?:hey|hi|hello|ok|okay|so|um|uh|oh|yes|yeah|well|please|pls|plz|now|just|no|sure|great|thanks|thank you|actually|also|and|siri|olly|alexa|google|pda|can you|could you|would you|will you)[^a-z0-9]+)*(?:find|search|look for|locate|look up|help me (?:find|locate|search)|i(?: need| want| would like|'d like|d like) to (?:find|search|locate|look up))(?![a-z])/;

/**
 * A want of a place or a connection to be found, not yet booked: "I need a place to stay that has free
 * wifi", "I also need a train to Leicester", "I'm looking for a 4 bedroom apartment", "we want a cheap
 * restaurant in the centre". The answer is a list of options (LABELING.md: an information request);
 * booking one is the next turn. A party size or a length of stay ("for 5 nights and 8 people") is a
 * detail of the booking itself (givesBookingSize).
 */
const WANTS_OPTIONS =
  /(?<![a-z])(?:i|we)(?:(?: also| just| actually| still| now)? (?:need|want|would like)|(?:'d|d) like|(?:'m| am|'re| are)(?: also| just)? looking for) (?:to find )?(?:an?|some|another|other) (?:(?!(?:from|to|for|in|at|with|on)(?![a-z]))[a-z0-9-]+ ){0,3}?(?:places? to (?:stay|eat|go)|hotels?|guest ?houses?|restaurants?|trains?|flights?|apartments?|attractions?|museums?)(?![a-z])/;

/**
 * A rate or a price of the market named on its own: "exchange rate of euro with dollar", "display
 * conversion rate of usd and eur", "Google stock price". Asked with no word of the writer's own ("i",
 * "my", "we", "our"; "tell me" is only how it asks) it is a price in general (LABELING.md: informational); "I was charged the wrong
 * exchange rate on my card" tells of the customer's own payment and is none.
 */
const RATE_NAMED = /(?<![a-z])(?:(?:exchange|conversion|interest|currency) (?:rates?|rte)|stock (?:prices?|quotes?)|rates? of exchange)(?![a-z])/;
/**
 * The bank's numbers a payment is sent with: "need routing number", "i just need to know my banks
 * routing number", "what's the sort code". A fact the bank publishes, told and not done (LABELING.md:
 * informational), even asked for "my" account.
 */
const BANK_NUMBER = /(?<![a-z])(?:(?:routing|routine|aba|sort|swift|bic|transit) (?:numbers?|nos?|codes?)|iban)(?![a-z])/;
/**
 * What is on offer asked about: "the best plans available at you for cable service", "please help me
 * with the plans available for internet", "need plan details for cable service". Plans, offers and
 * prices in general are information (LABELING.md: what a plan covers, prices in general), even asked
 * "for my home"; taking one is a request ("i will take the 10 gb plan").
 */
const OFFERS_ASKED =
  /(?<![a-z])(?:(?:plans?|offers?|packages?|deals?|options) (?:available|on offer|you (?:have|offer))|available (?:plans?|offers?|packages?|deals?)|(?:best|latest|cheapest|current|different) (?:[a-z]+ ){0,2}(?:plans|offers|packages|deals)|plan details|details (?:of|about|for|on) (?:the |this |that |your )?(?:[a-z]+ ){0,2}plans?)(?![a-z])/;
/**
 * A fact of the world named on its own, in a few words and no verb ("current time please", "date
 * today?", "outside traffic status please", "stock please", "date and time"): the writer asks to be told
 * it (LABELING.md: one-word questions are informational unless the word is an action). A time of the
 * writer's own ("wake up time", "my time off", "the same day please") names no such fact, and a command
 * ("play one more time") asks for something done.
 */
const FACT_NAMED =
  /^\W*(?:(?:hey|hi|hello|ok|okay|siri|olly|alexa|google|cortana|pda|echo|display|show)\W+)*(?:(?!(?:my|our|up|same|this|that|quiet|bed|coffee|lunch|dinner|break)(?![a-z']))[a-z0-9'&-]+ ){0,3}(?:time|date|weather|forecast|temperature|traffic|news|headlines|stocks?|stock prices?|share prices?|exchange rates?)(?: (?:and|&) (?:time|date))?(?: (?:report|update|updates|status|info|information|details))?(?: (?:please|pls|now|today|tonight|tomorrow|right now|currently))*\W*$/;
const WRITERS_OWN = /(?<![a-z])(?:i|i'm|im|i've|i'd|my|we|our)(?![a-z'])/;

/**
 * A sentence that asks to be given the details of a place: "Can I get the address to one?", "May I
 * have the address and phone number?", "could you give me their postcode, please?". Something sent
 * to an address ("send it to my address") is no detail asked for.
 */
const ASKS_FOR_DETAILS =
  /^(?:(?:hey|hi|hello|ok|okay|so|yes|yeah|well|great|perfect|thanks|thank you|sure|please|also|and|no|that's all|that sounds good)[^a-z0-9]+)*(?:(?:can|could|may) (?:i|we) (?:also |please |just )*(?:get|have)|(?:can|could|would|will) (?:you|u) (?:please |also |just )*(?:give|tell|send|provide|get)(?: me| us)?|(?:please |kindly )?(?:give|send|provide)(?: me| us))(?: (?!to )[a-z']+){0,4}? (?:address|addresses|postcode|post code|postal code|phone|phone number|phone numbers|telephone|telephone number|entrance fee|entry fee|admission|price range|star rating|rating|area|website|opening hours|price|prices|cost|costs|rate|rates|interest rates?|routing number|routing numbers|sort code|swift code|iban)(?![a-z])/;

/**
 * Words that make a want or a search one for something on the customer's record or to be booked: "i
 * want to get details of my seat assignment", "I'd like a contact number for my booking", "find a
 * reservation for two", "find the nearest taxi" (a ride is sent, not looked up).
 */
const FOR_RECORD_OR_BOOKING = /(?<![a-z])(?:my|reservations?|booking|tickets?|add|put|play|opening|table|ride|taxi|cab|uber|lyft)(?![a-z])/;

/** Words of something to be done on a booking or a prescription: a question with them may be asking for it. */
const ACTION_WORD = /(?<![a-z])(?:book|reserve|cancel|refill|renew|reschedule|transfer|replace)(?![a-z])/;

/**
 * A request for information and nothing else: it opens by asking to be told or shown (ASKS_TO_KNOW),
 * or wants information or a search on nothing of the customer's record or a booking (WANTS_TO_KNOW,
 * SEARCH),
 * no later sentence asks for something to be done ("Is there anything at 2? If so, please book it"),
 * and it names no booking or prescription action and no misuse. LABELING.md: a question or an
 * information request is informational.
 */
export function isInformationRequest(text: string): boolean {
  const { folded } = foldText(text);
  const wantsOptions = WANTS_OPTIONS.test(folded) && !givesBookingSize(text);
  const wantsToKnow = (WANTS_TO_KNOW.test(folded) || SEARCH.test(folded) || wantsOptions) && !FOR_RECORD_OR_BOOKING.test(folded);
  const details = folded.split(/[.!?]+\s*/).some((s) => ASKS_FOR_DETAILS.test(s));
  const rate = RATE_NAMED.test(folded) && !WRITERS_OWN.test(folded);
  if (!(ASKS_TO_KNOW.test(folded) || wantsToKnow || details || rate || BANK_NUMBER.test(folded) || OFFERS_ASKED.test(folded) || (FACT_NAMED.test(folded) && !isCommandTurn(text))) || ACTION_WORD.test(folded) || MISUSE.test(folded) || looksUpRecord(folded) || asksIfWorkPossible(folded)) return false;
  const later = folded.split(/[.!?]+\s*/).slice(1).filter((s) => s.trim().length > 0);
  return !later.some((s) => isCommandTurn(s) || isRequestTurn(s));
}
