import { scanMessage, type MessageSpans } from '../safety-lexicon.ts';
import { asksSomething } from './asking.ts';
import { namesProduct } from './case-report.ts';
import { BODY_FUNCTION, DECHALLENGE, IMPROVED_BEFORE } from './cues.ts';
import { symptomSpans } from './review.ts';
import { foldText, sentenceBreaks, type Span } from './text.ts';

/**
 * A benefit statement: what a medicine did FOR the writer, and nothing it did to them ("It lifted my
 * low mood.", "Tolterodine cut down how often I need to pee", "Calmed the restless legs so I could sleep
 * through", "I could head off a migraine before it took hold"). LABELING.md, review sentence: a
 * sentence that only credits the medicine reports no adverse event (informational); the model, reading
 * health words and "my", leans to safety on it.
 *
 * The reading holds only for one sentence that states (asks nothing), credits a medicine with something of
 * health, and in which every symptom the guard's lexicon finds is what was relieved (a relief word shortly
 * before it, "reduced my pain", "no more hot flashes", "for my anxiety", or in a list after one), no word
 * tells of harm (a side effect, "made me", "caused", "but", "worse", weight gained ...) and nothing the
 * body needs was lowered ("lowered my libido", "decreased sleep", "my stamina decreased" are side effects).
 * Reviews say a relief after the symptom too ("the hot flushes are nearly gone", "depression
 * eased", "pain relief"), unless the message says it passed with time ("went away after a few days"):
 * a side effect the writer got over is still a report. The second stage sets
 * a safety answer aside on it; the guard reads its symptoms as what the medicine is for.
 */

// What says the medicine worked. Folded text: lower case, commas dropped.
const BENEFIT = new RegExp(
  String.raw`(?<![a-z])(?<!\bto )(?:` +
    [
      String.raw`help(?:ed|s)?|reliev(?:ed|es)|relief|alleviat\w*|eliminat\w*|elimated|eas(?:ed|es)|cur(?:ed|es)|control(?:led|s)|under control`,
      String.raw`prevent(?:ed|s)|took away|takes away|got rid of|gets rid of|clear(?:ed|s)? (?:up|my)|resolved|reduc(?:ed|es)|decreas(?:ed|es)|lower(?:ed|s)|lessen(?:ed|s)`,
      String.raw`improv(?:ed|es)|stopp?(?:ed|s)? (?:my|the|a|them|it)|calm(?:ed|s)|knock(?:ed|s) out|stabili[sz](?:ed|es)|regulat(?:ed|es)|normali[sz](?:ed|es)`,
      String.raw`(?:feel|felt|feeling|sleep|sleeping|slept) (?:much |a lot |so much |so |way )?better|more energy|able to|allow(?:ed|s) me|work(?:ed|s)(?: \S+)? (?:great|well|wonders|fine|perfectly)`,
      String.raw`improvement|reduction|decrease|elimination|non[- ]?exist[ae]nt|lifted|fewer|clearing|freedom from|dulled|healed|took care of|less (?:severe|frequent|intense|often|bad)|(?:took|takes|take) the edge off|manageable`,
      String.raw`effective|benefits?|works|worked|better|clearer|easier|more stable|refreshed|saved my life|calmer|more relaxed|worth it|stopped having|(?:have|got|getting) my (?:\S+ ){1,2}back|best (?:\S+ ){0,2}(?:meds?|medicine|medication|drug|pill|thing)|(?<![\d/])\d{1,2} ?(?:/|out of) ?10(?![\d/])|no more|pain[- ]free|symptom[- ]free|free of|back to normal|normal again|(?:i|would|highly|definitely|totally) recommend|wonderful|amazing|excellent|miracle|life ?saver|happier`,
    ].join('|') +
    String.raw`)(?![a-z])`,
);

// Words of harm: any of them leaves the text to the guard and the model.
const HARM = new RegExp(
  String.raw`(?<![a-z])(?:` +
    [
      String.raw`side ?effects?|adverse|reactions?|made me|makes me|make me|making me|gave me|gives me|give me|caus\w*|develop\w*|suffer\w*`,
      String.raw`started (?:having|to have|getting|to get)|but|however|although|though|except|unfortunately|downside|problems?|worse|worsen\w*|gain(?:ed|ing)?|weight|allergic\w*|allerg\w* to`,
      String.raw`increas\w* (?:in )?(?:my |the )?(?:appetite|hunger|cravings?|anxiety|sweating|heart rate|blood pressure)|not (?:being )?able|unable|less effective|not effective|ineffective|(?:reduc\w*|lower\w*|decreas\w*|cut|increas\w*) (?:\S+ )?(?:amount|dose|dosage|mg)|complain\w*|couldn'?t|can'?t|could not|cannot|no longer|stopped taking|quit|withdraw\w*|addict\w*|hospital\w*|er|emergency|overdose|died|death|too (?:much|low|high|strong|far|well)|excess\w*|(?:got|get|gets|getting|had|have|has) (?:\S+ )?from`,
    ].join('|') +
    String.raw`)(?![a-z])`,
);

// What the body needs, lowered: a side effect in the words of relief ("lowered my libido", "decreased sleep").
// The guard's own list (cues.ts BODY_FUNCTION) and what else a medicine can take from a person.
const FUNCTION_LOWERED = new RegExp(
  String.raw`(?<![a-z])(?:reduc\w*|decreas\w*|lower\w*|lessen\w*|less|loss of|lost|low|diminish\w*|eliminat\w*|took away|takes away|kill\w*|stopp?(?:ed|s)?|no|zero|rid of|suppress\w*|curb\w*)(?: \S+){0,2}? ` +
    String.raw`(?:${BODY_FUNCTION.source}|(?:sex|sexual|drive|emotions?|feelings?|semen|ejaculat\w*|ability|tolerance|bone|immun\w*|platelets?|milk|interest|periods?|menstrua\w*)(?![a-z]))`
);
// The same said after it, and what else the body needs that a symptom word names: "libido decreased",
// "decreased hearing", "heart rate lowered".
const NEEDED = String.raw`(?:${BODY_FUNCTION.source}|(?:sex|sexual|drive|stamina|vision|hearing|balance|coordination|heart ?rate|pulse|strength|sensation|reflexes)(?![a-z]))`;
const NEEDED_LOWERED = new RegExp(
  String.raw`(?<![a-z])(?:reduc\w*|decreas\w*|lower\w*|lessen\w*|diminish\w*)(?: (?:in|of))?(?: \S+){0,1}? ${NEEDED}|${NEEDED}(?: \S+){0,3}? (?:reduc\w*|decreas\w*|lower\w*|lessen\w*|diminish\w*|went down|dropped|less (?:frequent|often|intense|firm|strong|able))(?![a-z])`,
);

// A relief word right before a symptom makes it what the medicine relieved: the guard's own reading of a
// relief (cues.ts IMPROVED_BEFORE: "helped my", "reduced the", "no more") and, for a whole statement of
// praise, what a medicine is for or what it stopped ("for my anxiety", "prevented", "stopped my", "took the edge off").
const RELIEF_FOR = new RegExp(
  String.raw`(?<![a-z])(?:stopped having|reliev(?:e|es)|help(?:ed|s|ing)? (?:to )?(?:reduce|relieve|ease|clear(?: up)?|control|lower|prevent|stop|eliminate|calm|lessen|improve|manage)|relief for|alleviat\w*|elimated|cur(?:ed|es)|control(?:led|s)?|prevent(?:ed|s|ing)?|took away|takes away|resolved|decreas(?:ed|es|ing|e in)|lower(?:ed|s|ing)?|improves|stopp?(?:ed|s)?|calms|free of|for|treat(?:ed|s|ing)?|against|ton(?:es|ing) down|dull(?:ed|s)?|(?:took|takes|take) the edge off|eas(?:ed|es|ing)|reduc(?:ed|es|ing)|reduction (?:in|of)|decreas(?:ed|es|ing)|decrease (?:in|of)|eliminat(?:ed|es|ing)|elimination of|relieved|relieving|reliev(?:e|ing) (?:of|from)|relief (?:of|from|for)|release from|less|fewer|lifted|lessened|minimi[sz](?:ed|es|ing)|cleared(?: up)?|cured of|improved|help(?:ed|s)? (?:me )?with|stabili[sz](?:ed|es)|combat|cop(?:e|ing) with|took care of|free from|control of|clearing (?:of|up)|removal of|freedom from|dulled|shortened|lower(?: levels?)? of|decrease on|less (?:severe|frequent|intense)|(?:effective|helpful|good) (?:in|at) [a-z]+ing)(?: (?:all|my|the|his|her|their|these|those|any|most|much|many|some|of|severe|chronic|bad|terrible|mild|moderate|extreme|constant|daily|frequent|violent|physical|number|frequency|severity|intensity))*(?: [a-z]+(?:ic|al|ous|ive|ary))?\s$`,
);
function relievedBefore(before: string): boolean {
  return IMPROVED_BEFORE.test(before) || RELIEF_FOR.test(before);
}
// ... or a relief word right after it: "my worry at work was lessened", "the aches were relieved within days".
// "the hot flushes are nearly gone now", "the red patches faded over the first weeks",
// "depression eased", "pain relief": what went away, said after it.
const RELIEVED_AFTER =
  /^(?: (?!(?:and|or|but|then|which|that|while|i|he|she|we|they|not|never|hasn'?t|haven'?t|hadn'?t|didn'?t|isn'?t|wasn'?t)(?![a-z]))\S+){0,4}? (?:(?:was|were|is|are|has been|have been|had been|had|has|have|got|became|seemed to|began to|started to) )?(?:(?:much|greatly|significantly|quickly|completely|noticeably|almost completely|almost|virtually|practically|remarkably|all|totally|dramatically) )?(?<!only )(?:relieved(?! (?:with|by))|lifted|improved|got better|ceased|lowered|reduced|under control|controlled|eased|decreased|diminished|subsided|faded|disappeared|(?:did )?disappear|dis+ap+e+a?r(?:ed)?|vanished|went away|went down|gone|lessened|cleared(?: up)?|resolved|healed|non[- ]?exist[ae]nt|much better|a lot better|remarkably better|less (?:frequent|intense|severe|often)|(?:not|isn'?t|wasn'?t|aren'?t) as bad|(?:much |a lot |far )?more manageable)(?![a-z])(?! yet)|^ (?:relief|free)(?![a-z])/;
// A symptom that passed with time was a side effect the writer got over ("nausea improved after the second
// week", "these symptoms decreased with time"), not what the medicine relieved.
// What went away, said after it ("the pain went away", "redness faded"): praise unless it passed with time.
const WENT_AWAY = /(?<![a-z])(?:subsided|faded|disappeared|did disappear|vanished|went away|gone|lessened|diminished|eased)(?![a-z])/;
const PASSED_WITH_TIME =
  /(?<![a-z])(?:after (?:(?:the|a|an|about|approx\w*|around|a few|few|a couple(?: of)?|couple of|several|\d+|one|two|three|first|second|third) ){0,3}(?:minutes?|hours?|days?|weeks?|months?|while|time)|with time|over time|in time|eventually|gradually|wore off|on (?:its|their) own|at first|initially|in the beginning|at the (?:beginning|start)|later|the first (?:few |couple (?:of )?|\d+ |two |three )?(?:days?|weeks?))(?![a-z])/;
const RELIEF_WINDOW = 60;
// "my panic attacks stopped completely", "the migraines virtually stopped.": a symptom that stopped, said last, is what
// the medicine relieved, and that "stopped" is no dechallenge ("the rash stopped when I stopped taking it" still is).
const STOPPED_WORD = /(?<![a-z])(?:stopped|ceased)(?![a-z])/;
const STOPPED_LAST =
  /^ (?:(?:have|has|had|completely|totally|finally|almost|virtually|practically|pretty much|just|all|basically) )*(?:stopped|ceased)(?: (?:completely|altogether|entirely|for good))?[.!]*\s*$/;
// States of the body a medicine is credited with when no symptom is named: "able to sleep through the night".
const BODY_STATE =
  /(?<![a-z])(?:sleep\w*|slept|asleep|mood|moods|energy|skin|complexion|acne|breakouts?|blood|cholesterol|sugar|glucose|a1c|thyroid|bowels?|bladder|breathing|focus|concentrat\w*|function\w*|cravings?|urges?|feel\w*|felt|emotional\w*|stress|anxi\w*|breath\w*|hair|face|lines|wrinkles|outbreaks?|out breaks?|bones?|heal\w*|health\w*|treatments?|therap\w*|regimen|benefit\w*|relie\w*|patients?|motivation|life)(?![a-z])/;
const MAX_WORDS = 60;
const ASKS_SOMEONE = /^(?:\S+ )?(?:can|could|would|will) (?:you|u|someone|anyone)(?![a-z])/;
// What joins two symptoms of one list: "and", "or", "of", with a determiner around it ("headaches and the nausea").
const LIST_GAP = /^ (?:(?:my|the|any|all|some|also|even) )?(?:and|or|&|\/|of) (?:(?:my|the|any|all|some|other|also|even|severe|mild|bad|constant|chronic|daily|occasional) )?$/;

// "Decrease in pain.": a bare noun phrase of a change, with nothing else said, reads as a bare statement of an
// effect (LABELING.md, a bare statement of a symptom), which a missed report costs more than a false alarm.
const CHANGE_NOUN = /(?<![a-z])(?:decrease|reduction|elimination|improvement) (?:in|of)(?![a-z])/;
const BARE_PHRASE_WORDS = 3;

// "It helped a bit, but not enough", "the cough eased but never fully cleared", "my rash is paler now
// but still there": a contrast that only says the relief was partial tells of no harm.
const CONTRAST = /(?<![a-z])(?:but|however|although|though)(?![a-z])/g;
const PARTIAL =
  /(?<![a-z])(?:(?:not|n'?t|never|nor) (?:\S+ ){0,3}?(?:enough|perfect|perfectly|completely|entirely|totally|fully|all gone|100|cured?|rid|go away|gone|eliminat\w*|end|within normal|normal|a miracle)|(?:still|somewhat|slightly) (?:\S+ )?(?:effective|worked|works|helped|lessened|reduced|improved|better)|(?:a |some )?noticeable (?:reduction|improvement|difference)|not limited to)(?![a-z])/;

/** Every word of harm is a contrast whose clause only says the relief was partial (see PARTIAL). */
function onlyPartialContrast(folded: string): boolean {
  const harms = [...folded.matchAll(new RegExp(HARM.source, 'g'))];
  if (harms.length === 0) return true;
  if (!harms.every((h) => /^(?:but|however|although|though)$/.test(h[0]))) return false;
  const starts = [...folded.matchAll(CONTRAST)].map((m) => m.index + m[0].length);
  return starts.every((start, k) => PARTIAL.test(folded.slice(start, k + 1 < starts.length ? starts[k + 1] : folded.length)));
}

/** "allergy symptoms", "depressive symptoms": a head noun right after a symptom names the same thing. */
function headOfPrevious(folded: string, previous: Span, s: Span): boolean {
  return s.start === previous.end + 1 && /^symptoms?$/.test(folded.slice(s.start, s.end));
}

/** Does the text only credit a medicine (see above)? */
export function isBenefitStatement(text: string): boolean {
  const { folded } = foldText(text);
  return readsAsBenefit(folded, () => scanMessage(folded), () => namesProduct(text));
}

/** The same reading on a folded message whose lexicon matches the guard has already made. */
export function readsAsBenefit(folded: string, spans: () => MessageSpans, namesMedicine: () => boolean): boolean {
  // A symptom that cleared up once the medicine was stopped is a dechallenge, still a report (cues.ts).
  const stopped = STOPPED_WORD.test(folded) ? symptomSpans(spans()).filter((s) => STOPPED_LAST.test(folded.slice(s.end))) : [];
  const passed = PASSED_WITH_TIME.test(folded) || DECHALLENGE.test(stopped.length > 0 ? folded.slice(0, stopped[0]!.end) : folded);
  if (!(BENEFIT.test(folded) || (!passed && (WENT_AWAY.test(folded) || stopped.length > 0))) || !onlyPartialContrast(folded) || FUNCTION_LOWERED.test(folded) || NEEDED_LOWERED.test(folded)) return false;
  if (folded.trim().split(' ').length <= BARE_PHRASE_WORDS && CHANGE_NOUN.test(folded)) return false;
  // A statement: "can you recommend something for the rash" asks for a treatment.
  if (asksSomething(folded) || ASKS_SOMEONE.test(folded)) return false;
  if (folded.split(' ').length > MAX_WORDS) return false;
  // One sentence: a whole review tells more than its praise, and the model reads it.
  const body = folded.trim();
  if (sentenceBreaks(body).some((b) => b < body.length - 1)) return false;
  const symptoms = symptomSpans(spans());
  // Credit for what? A symptom, a medicine or a state of the body: "I need to be able to change my seat" credits nothing.
  if (symptoms.length === 0 && !namesMedicine() && !BODY_STATE.test(folded)) return false;
  const after = symptoms.map((s) => !passed && (RELIEVED_AFTER.test(folded.slice(s.end, s.end + RELIEF_WINDOW)) || stopped.some((t) => t.start === s.start)));
  // "Back pain and joint pain lessened", "focus and mood improved": a list before a relief said after it.
  for (let i = symptoms.length - 2; i >= 0; i--) if (after[i + 1] && LIST_GAP.test(folded.slice(symptoms[i]!.end, symptoms[i + 1]!.start))) after[i] = true;
  let previousRelieved = false;
  return symptoms.every((s, i) => {
    const relieved =
      relievedBefore(folded.slice(Math.max(0, s.start - RELIEF_WINDOW), s.start)) ||
      after[i]! ||
      // "treated cystic acne blackheads and any inflamed acne", "prevented breakouts of hives": a list after a relief word.
      (previousRelieved && (LIST_GAP.test(folded.slice(symptoms[i - 1]!.end, s.start)) || headOfPrevious(folded, symptoms[i - 1]!, s)));
    previousRelieved = relieved;
    return relieved;
  });
}
