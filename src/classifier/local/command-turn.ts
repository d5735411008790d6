import { foldPiece, foldText } from '../safety/text.ts';
import { OPENS_AS_QUESTION } from '../safety/asking.ts';
import { speaksOfCareOrMoney } from './domain-words.ts';

/** Words a request opens with before its verb: greetings, assistant names, politeness, "can you". */
const LEAD_IN =
  /^(?:(?:hey|hi|hello|ok|okay|so|um|uh|oh|yes|yeah|well|please|pls|plz|now|just|siri|olly|alexa|google|cortana|pda|echo|can you|could you|would you|will you|i want you to|i need you to|kindly|go ahead and|and)[^a-z0-9]+)*/;

/**
 * Verbs that ask for something to be done when a request opens with them ("turn down the lights",
 * "cancel my 3 pm", "please send the receipt to my email"). Verbs that open a request for information
 * as often as an action (open, call, get me, share, find, show, check, update me) are left out.
 */
export const ACTION_VERB =
  /^(?:turn|switch|set|play|start|stop|pause|resume|remove|delete|cancel|book|reserve|schedule|make|create|add|send|email|text|remind|order|buy|change|move|reschedule|mute|unmute|raise|lower|increase|decrease|dim|brighten|skip|shuffle|repeat|put|wake|activate|deactivate|enable|disable|block|unblock|freeze|unfreeze|transfer|pay|refill|renew|replace|update(?! me)|reset|rewind|forward|reply|post|tweet|save|clear|set up|setup|sign me up|sign up|subscribe|unsubscribe|close|shut|log|record|bring|prepare|rate|clean|vacuum|hoover|write|begin|launch|continue|silence|quiet|adjust|place|slow|brew|restart|erase|trash|invite|answer|respond|flip|load|queue|lock|unlock|boost|stream|cross out|get rid of|take out|light up|lighten|darken|(?:do not|don'?t|dont) (?:respond|reply|speak|talk|wake|ring|remind|disturb|play|call|text|email|send|read|say))(?![a-z])/;

/**
 * Words of another person's doing or a denial (folded text): a request with them may be reporting a
 * misuse or an event, not asking for routine work. Shared with card-request.ts. Someone to talk to ("can I
 * speak to someone", "someone from your claims team called") or someone who hit the writer's car (a claim to
 * file) is no one's misuse of the account. A denial of a thing that
 * failed to happen ("my card never arrived", "the payment didn't go through") tells of a service that
 * failed, no one's doing: it is no denial of a misuse ("I never made that purchase" is).
 */
export const MISUSE =
  /(?<![a-z])(?:(?<!(?:speak|talk|chat|speaking|talking|transfer me|put me through|connect me) (?:to|with) )(?:someone|somebody|some one)(?! (?:from|at|in|on) (?:your|the|customer|support|billing|claims)(?![a-z])|(?: who| that)? (?:can|could|will|would) (?:help|call|explain|tell|assist|look|check)(?![a-z])| to (?:help|call|talk|speak|explain|look|check|assist|contact)(?![a-z])| (?:hit|crashed into|ran into|backed into|rear-?ended|reversed into)(?![a-z]))|stranger|not me|wasn'?t me|(?:didn'?t|did not|never)(?! (?:yet |even )?(?:arrived?|came|come|go through|went through|show(?:ed)? up|turn(?:ed)? up|get delivered|got delivered|reach(?:ed)?|process(?:ed)?|load(?:ed)?|work(?:ed)?|complete[ds]?)(?![a-z]))|stolen|stole|steal\w*|fraud\w*|scam\w*|hack\w*|unauthori[sz]ed)(?![a-z])/;

/**
 * A statement that opens with an action verb, after any lead-in: a command ("Turn down the volume",
 * "hey siri, set an alarm for 6"). LABELING.md: the customer wants something done -> service_action.
 * A question mark asks ("change my address, is that possible?" stays with the model).
 */
/**
 * A clause after the first: "cancel my order, I found glass in the last bottle" says more than the
 * command. The colon of a clock time ("8:45am") and the point inside "a.m" or "p.m" end no clause; the
 * point after them may ("at 9 a.m. I had a rash").
 */
const SECOND_CLAUSE = /[,;]\s*\S|:(?!\d)\s*\S|[.!](?!\d|(?<=(?<![a-z])[a-z]\.)[a-z](?![a-z]))\s*\S|\s(?:and|because|cause|cuz|since|as|but|so|after|coz)\s+(?:i|my|we|he|she|they|it|the)(?![a-z])/;

/**
 * Verbs that open a command to an assistant or a contact centre only at the start of a turn: "call city
 * cab to the airport", "rotate the light colours", "pick up dry cleaning tomorrow", "share my location
 * with John", "let the bank know I'm travelling". "let me know ..." wants information and is none, and
 * so does "call Raju phone number" (a number wanted);
 * "open my list", "select the contact", "pull up the list", "notify me of the news" and "reduce the
 * chance of osteoporosis" (a review's praise) ask to be shown or tell as often as they ask to act
 * (measured on hwu64 and druglibsent) and are left to the model.
 */
const OPENS_COMMAND =
  /^(?:(?:call|dial|ring up)(?![a-z])(?!(?: [a-z']+){0,3} (?:phone )?(?:number|no|contact|details|info))|rotate|enter|pick up|share|speak (?:up|louder|loudly|slower|slowly|softer)|let (?!me |us )[a-z]+(?: [a-z]+)? know)(?![a-z])/;

/**
 * A bare command, a single clause that asks for something and says nothing else ("Turn lights off in
 * living room", "set an alarm for 6"): what a safety answer may be set aside for (secondStage).
 */
export function isBareCommand(text: string): boolean {
  const trimmed = text.trim().replace(/(?<![.!])[.!]+$/, '');
  if (!isCommandTurn(trimmed)) return false;
  // On the text as written: folding drops the punctuation that ends a clause. The lead-in ("hey siri,") is no clause.
  const lower = trimmed.toLowerCase();
  return !SECOND_CLAUSE.test(lower.slice(LEAD_IN.exec(lower)?.[0].length ?? 0));
}

export function isCommandTurn(text: string): boolean {
  if (text.includes('?')) return false;
  const folded = foldText(text).folded.trimStart();
  // "freeze my account, someone else got in": a command that tells of a misuse is no routine request.
  if (MISUSE.test(folded)) return false;
  const lead = LEAD_IN.exec(folded)?.[0].length ?? 0;
  return ACTION_VERB.test(folded.slice(lead)) || SWITCHED.test(folded.slice(lead)) || OPENS_COMMAND.test(folded.slice(lead));
}

/**
 * A device or a mode named with "on" or "off" and nothing else: "Speakers off.", "bedroom 2 lights off",
 * "whisper mode on", "robot vacuum on now". Said to an assistant it asks for the switch (LABELING.md: the
 * customer wants something done); "my day off" names no device.
 */
const SWITCHED =
  /^(?:(?:the|my|all|all the|[a-z0-9]+ room|bedroom|kitchen|hall|garage|living room|[0-9]+) ){0,3}(?:[a-z]+ )?(?:lights?|lamps?|speakers?|tv|television|radio|music|sound|volume|wifi|wi-fi|bluetooth|fans?|heater|heating|ac|air ?con\w*|vacuum(?: cleaner)?|cleaner|plugs?|sockets?|alarms?|notifications?|camera|mode|machine|coffee maker|kettle|oven|devices?)[^a-z0-9]*(?:on|off)(?: (?:please|now|pls))?[^a-z0-9]*$/;

const AND = /^(?:and|&)(?![a-z])/;
/** A reason and a command are a short turn: a longer text that holds an imperative tells or asks more ("Weight loss after 40. Make a plan ..."). */
const COMMAND_TURN_MAX_WORDS = 12;
/** Twelve words are seldom longer than this: a quick bound before the words are counted. */
const COMMAND_TURN_MAX_CHARS = 120;

/** Where a later clause starts on the text as written: a comma, a semicolon, a full stop or "so" / "just" before it. */
const CLAUSE_BREAK = /[,;.!]+\s*|\s+(?:so|just)\s+/;

/**
 * A statement that ends in a command: "It is too loud in here, turn the music down", "I can't hear you
 * just increase the volume", "Too bright. Dim the lights". The first clause tells why, a later one opens
 * with an action verb (LABELING.md: the customer wants something done -> service_action). A question
 * (a question mark, or a first clause that opens as one: "will this just decrease swelling") asks, and
 * a word of someone else's doing or a denial (MISUSE) may tell of a misuse.
 */
export function endsWithCommand(text: string): boolean {
  if (text.length > COMMAND_TURN_MAX_CHARS || text.includes('?') || text.split(/\s+/).length > COMMAND_TURN_MAX_WORDS) return false;
  const clauses = text.toLowerCase().split(CLAUSE_BREAK);
  if (clauses.length < 2 || OPENS_AS_QUESTION.test(clauses[0]!) || MISUSE.test(foldText(text).folded)) return false;
  return clauses.slice(1).some((clause) => {
    const words = foldPiece(clause).folded.trimStart();
    // "better blood counts, and fewer infections": a clause joined by "and" goes on with a list.
    return !AND.test(words) && ACTION_VERB.test(words.slice(LEAD_IN.exec(words)?.[0].length ?? 0));
  });
}

/**
 * A short statement that ends in a command (endsWithCommand) and speaks of neither care nor money:
 * "my knee is swollen, rest it or stretch it" may ask for advice in the imperative (domain-words.ts).
 */
export function endsWithCommandOutsideCare(text: string): boolean {
  return endsWithCommand(text) && !speaksOfCareOrMoney(text);
}
