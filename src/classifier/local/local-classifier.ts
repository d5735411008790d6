import { asksOfEffectAfterIntake } from './asked-reaction.ts';
import { CATEGORIES, type Category } from '../../domain.ts';
import type { Classification, Classifier, ClassifierInput } from '../types.ts';
import { summarise, urgencyFor } from './describe.ts';
import { predict, predictScores, type Prediction } from './inference.ts';
import { detectLanguage } from './language.ts';
import { compileModel, type LocalModel } from './model.ts';
import { loadLocalModel } from './model-file.ts';
import { scanSafety } from '../safety-guard.ts';
import { speaksOfCareOrMoney } from './domain-words.ts';
import { givesBookingSize, givesSlot, isSlotTurn, picksSeat } from './slot-turn.ts';
import { endsWithCommandOutsideCare, isBareCommand, isCommandTurn, MISUSE } from './command-turn.ts';
import { foldText } from '../safety/text.ts';
import { damagesCard, isRoutineCardOrAccountStatement, isRoutineCardRequest } from './card-request.ts';
import { isRoutineAccountRequest } from './account-request.ts';
import { isRequestTurn } from './request-turn.ts';
import { isInformationRequest } from './information-request.ts';
import { asksWhyOrWhether } from './why-question.ts';
import { isVisitRequest } from './visit-request.ts';
import { givesRating } from './rating-turn.ts';
import { tellsOfUnrecognisedPayment } from './unrecognised-payment.ts';
import { namesEverydayThing, tellsOfServiceFault } from './service-fault.ts';
import { asksForSomething, asksOnly } from './question-only.ts';
import { namesProduct, readCaseReport, tellsDechallenge } from '../safety/case-report.ts';
import { leansToReport } from './leaning.ts';
import { isSocialPostOnMedicine } from './social-post.ts';
import { MONEY_SAFETY_CEILING, speaksOfMoneyWithoutMisuse, withdrawsMoney } from './money-without-misuse.ts';
import { seeksAdviceOnOwnHealth } from '../safety/advice.ts';
import { ASKS_IN_WORDS, hasQuestionMark, isShortQuestionInWords, OPENS_AS_QUESTION } from '../safety/asking.ts';
import { isBenefitStatement } from '../safety/benefit.ts';
import { tellsOnlyLongHistory } from '../safety/context.ts';
import { tellsIllnessCourse, tellsNoEffect } from '../safety/illness-course.ts';
import { tellsDoseOrWho } from '../safety/dose-statement.ts';
import { tellsHealthPostOnly } from './health-post.ts';
import { introducesPersonWithNothingTaken } from './person-post.ts';
import { tellsClaimAfterLoss } from './claim-after-loss.ts';
import { tellsNothingReceived } from './not-received.ts';
import { deniesAnyEffect } from '../safety/denial.ts';
import { tellsWhatMedicineDid } from '../safety/medicine-did.ts';

export interface LocalClassifierOptions {
  /** Artifact to load; default data/model/local-model.json of this checkout. */
  modelPath?: string;
  /** An artifact already in memory (tests, or a caller that validated it); wins over modelPath. */
  model?: LocalModel;
}

export interface LocalClassifier extends Classifier {
  readonly version: string;
  /** The raw prediction behind an answer: probabilities, logits and evidence phrases. */
  explain(text: string): Prediction;
  categorise(input: ClassifierInput): Promise<Category>;
}

/** A runner-up below this score is noise, not a second intent worth reporting. */
const SECONDARY_MIN = 0.2;

/**
 * The embedded classifier: a calibrated softmax regression over word and character n-grams, loaded
 * once, answering synchronously in well under a millisecond with no network. Throws LocalModelError
 * at creation when the artifact is missing or corrupt, so a bad deploy fails at start, not per request.
 */
export function createLocalClassifier(options: LocalClassifierOptions = {}): LocalClassifier {
  const model = compileModel(options.model ?? loadLocalModel(options.modelPath));
  const name = `careroute-local-${model.version}`;

  function classifyText(input: ClassifierInput): Classification {
    const p = predict(model, input.text);
    const language = detectLanguage(input.text);
    const { stage, best, runnerUp } = settle(input.text, p, language);
    const category = CATEGORIES[best]!;
    const scores = Object.fromEntries(CATEGORIES.map((c, k) => [c, round(p.probabilities[k]!)])) as Record<Category, number>;
    const confidence = round(p.probabilities[best]!);
    const evidence = p.evidence.length > 0 ? p.evidence.map((e) => JSON.stringify(e)).join(', ') : 'no decisive words';
    const because = stage === undefined ? evidence : `${evidence}; ${STAGE_REASON[stage](scores[SAFETY].toFixed(2))}`;
    return {
      category,
      confidence,
      scores,
      secondary_category: p.probabilities[runnerUp]! >= SECONDARY_MIN ? CATEGORIES[runnerUp]! : null,
      urgency: urgencyFor(category, input.text),
      summary: summarise(input.text),
      // decide.ts adds the provider, the category and the confidence around this.
      reasoning: `evidence ${because}`,
      language,
      provider: 'local',
      model: name,
      prompt_version: model.version,
    };
  }

  return {
    provider: 'local',
    model: name,
    version: model.version,
    explain: (text) => predict(model, text),
    async classify(input, signal) {
      signal?.throwIfAborted();
      return classifyText(input);
    },
    // The same category as classify(), without the evidence, summary, urgency and language.
    categorise: async (input) => CATEGORIES[settle(input.text, predictScores(model, input.text), detectLanguage(input.text)).best]!,
  };
}

/** The model's answer after the second stage (see secondStage): the class it picks and the runner-up. */
function settle(text: string, p: Pick<Prediction, 'probabilities' | 'best'>, language: string) {
  const order = [...CATEGORIES.keys()].sort((a, b) => p.probabilities[b]! - p.probabilities[a]!);
  const first = secondStage(text, CATEGORIES[p.best]!, p.probabilities[SAFETY_INDEX]!, language, p.probabilities[p.best]!);
  const target = first === 'demoted' && asksOnly(text) ? INFORMATIONAL_INDEX : first === undefined ? undefined : STAGE_TARGET[first];
  let best = target === undefined ? p.best : target === 'next' ? order[1]! : target;
  // A command the model (or a set-aside safety answer) left as informational: see isCommand.
  const command = best === INFORMATIONAL_INDEX && first !== 'benefit' && isCommand(text);
  // A request in words the model left as informational ("I want to organise a party"): see isRequest.
  const request = best === INFORMATIONAL_INDEX && first !== 'benefit' && !command && isRequest(text);
  // A turn that gives a day or a time the model left as informational ("3pm or 9pm."): see isGivenSlot.
  const slot = best === INFORMATIONAL_INDEX && !command && !request && (first === undefined ? isGivenSlot(text) : isSetAsideSlot(first, text));
  // A rating the customer gives that the model left as informational ("give The Plague 2 out of 6 points"): see isRating.
  const rating = best === INFORMATIONAL_INDEX && first !== 'benefit' && !command && !request && !slot && isRating(text);
  // Routine card or account work told as a statement that the model left as informational ("my credit card is lost can u help"): see isCardWork.
  const card = best === INFORMATIONAL_INDEX && (first === undefined || first === 'money' || first === 'service_thing') && !command && !request && !slot && !rating && isCardWork(text);
  // A fault of a card, an app, a website or a document told as a statement that the model left as informational: see isServiceFault.
  const fault = best === INFORMATIONAL_INDEX && first !== 'benefit' && !command && !request && !slot && !rating && !card && isServiceFault(text);
  if (command || request || slot || rating || card || fault) best = SERVICE_INDEX;
  // A request for information the model took for an action ("tell me my schedule"): see isInformation.
  const information = first === undefined && !card && best === SERVICE_INDEX && isInformation(text);
  // A question on why or whether something happened on the account that the model took for a request: see isWhyQuestion.
  const why = first === undefined && !card && !information && best === SERVICE_INDEX && isWhyQuestion(text);
  if (information || why) best = INFORMATIONAL_INDEX;
  // A payment the customer cannot account for, told in everyday words ("I don't know what this payment is"): unrecognised-payment.ts.
  const unrecognised = best !== SAFETY_INDEX && tellsOfUnrecognisedPayment(text);
  if (unrecognised) best = SAFETY_INDEX;
  const stage: Stage | undefined = unrecognised ? 'unrecognised' : slot ? 'slot' : rating ? 'rating' : card ? 'card' : fault ? 'fault' : (first ?? (command ? 'command' : request ? 'request' : information ? 'information' : why ? 'why' : undefined));
  return { stage, best, runnerUp: best === p.best ? order[1]! : p.best };
}

const SAFETY: Category = 'safety_compliance';
const SAFETY_INDEX = CATEGORIES.indexOf(SAFETY);
const SERVICE_INDEX = CATEGORIES.indexOf('service_action');
const INFORMATIONAL_INDEX = CATEGORIES.indexOf('informational');
type Stage = NonNullable<ReturnType<typeof secondStage>> | 'information' | 'why' | 'rating' | 'unrecognised' | 'fault';

/** Where each reading of the second stage sends the answer: a category, or the model's runner-up ('next'). */
const STAGE_TARGET: Record<NonNullable<ReturnType<typeof secondStage>>, number | 'next'> = {
  demoted: 'next',
  asks_health: INFORMATIONAL_INDEX,
  out_of_domain: 'next',
  money: 'next',
  claim: 'next',
  finding: 'next',
  service_thing: 'next',
  promoted: SAFETY_INDEX,
  leaning: SAFETY_INDEX,
  case_report: SAFETY_INDEX,
  medicine_did: SAFETY_INDEX,
  asks_information: INFORMATIONAL_INDEX,
  benefit: INFORMATIONAL_INDEX,
  seeks_advice: INFORMATIONAL_INDEX,
  history: INFORMATIONAL_INDEX,
  health_post: INFORMATIONAL_INDEX,
  person_post: INFORMATIONAL_INDEX,
  no_effect: INFORMATIONAL_INDEX,
  dose: INFORMATIONAL_INDEX,
  denial: INFORMATIONAL_INDEX,
  slot: SERVICE_INDEX,
  command: SERVICE_INDEX,
  card: SERVICE_INDEX,
  visit: SERVICE_INDEX,
  request: SERVICE_INDEX,
  not_received: SERVICE_INDEX,
};

/** What the answer's reasoning says of each reading (`safety`: the model's safety probability, two decimals). */
const STAGE_REASON: Record<Stage, (safety: string) => string> = {
  demoted: (safety) => `a question with no event the safety guard can find: ${SAFETY} ${safety} set aside`,
  asks_health: (safety) => `a question with no event the safety guard can find, asking no one to act: ${SAFETY} ${safety} set aside to informational`,
  promoted: (safety) => `a statement of symptoms with ${SAFETY} at ${safety}: read as a report`,
  leaning: (safety) => `a statement on health, asking for nothing, with ${SAFETY} at ${safety}, at least half the model's choice: read as a report`,
  out_of_domain: (safety) => `no word of care or money and no safety term: ${SAFETY} ${safety} set aside`,
  slot: () => 'a turn that gives or moves a day or time: service_action',
  visit: () => 'a request to be seen or to book a visit, with symptoms but no medicine or product: service_action',
  command: () => 'a request that opens with an action verb: service_action',
  request: () => 'a request in words ("I want to", "can you") with an action verb: service_action',
  information: () => 'asks to be told or shown and for nothing to be done: informational',
  why: () => 'asks why or whether something happened on the account, and for nothing to be done: informational',
  rating: () => 'gives a rating to be recorded ("I give it 3 out of 6 stars"): service_action',
  asks_information: () => 'asks to be told or shown and for nothing to be done: informational',
  card: () => 'a card lost or to be replaced, or routine account work (balance, transfer, address, billing error), with no misuse: service_action',
  money: (safety) => `money or an account with no word of a misuse, of care or of a product: ${SAFETY} ${safety} set aside`,
  claim: (safety) => `an injury, a death or damage in an accident, a storm, a fire or a fall, brought to a claim, a policy or an account, with no medicine or product: ${SAFETY} ${safety} set aside`,
  finding: (safety) => `a clinical finding or treatment with no event tied to a medicine: ${SAFETY} ${safety} set aside`,
  service_thing: (safety) => `a fault of a card, an app, a website, a document or a house, no product or person: ${SAFETY} ${safety} set aside`,
  case_report: () => 'a case report that ties a condition to a named medicine: read as a report',
  medicine_did: () => 'a named medicine told as what made, got or gave the writer or a relative something that is no relief: read as a report',
  benefit: (safety) => `says only what a medicine relieved, nothing it caused: ${SAFETY} ${safety} set aside`,
  seeks_advice: (safety) => `asks for advice on the writer's own health with no medicine or treatment named: ${SAFETY} ${safety} set aside`,
  history: (safety) => `tells only of a condition the writer has had for years, nothing a medicine did: ${SAFETY} ${safety} set aside`,
  fault: () => 'a fault of a card, an app, a website or a document told as a statement, to be fixed: service_action',
  health_post: (safety) => `a long post on the writer's or a relative's health that names no medicine, treatment or product and no term the safety guard knows: ${SAFETY} ${safety} set aside`,
  person_post: (safety) => `a long post that introduces the person it is about (an age, a relative) and points to nothing taken: ${SAFETY} ${safety} set aside`,
  no_effect: (safety) => `tells that a medicine did not work, nothing it caused: ${SAFETY} ${safety} set aside`,
  dose: (safety) => `tells only how a medicine is taken or who the writer is: ${SAFETY} ${safety} set aside`,
  denial: (safety) => `denies a symptom, with no exception: ${SAFETY} ${safety} set aside`,
  not_received: (safety) => `a thing owed never received or a call never returned, with no word of money taken or of a misuse: ${SAFETY} ${safety} set aside to service_action`,
  unrecognised: () => `a payment or withdrawal the customer cannot account for: ${SAFETY} (possible misuse)`,
};

/**
 * command: a statement that opens with an action verb ("Turn down the lights", "cancel my 3 pm",
 * "hey siri, set an alarm for 6") asks for something to be done (LABELING.md: service_action), which
 * the model, reading words, often takes for a question on its topic. An informational answer on such
 * a text (including one a safety answer was set aside to) becomes service_action, unless the guard
 * hears an event (command-turn.ts). A statement that ends in a command ("It is too loud in here, turn
 * the music down") counts when it speaks of neither care nor money: "my knee is swollen, rest it or
 * stretch it" may ask for advice in the imperative (domain-words.ts).
 */
function isCommand(text: string): boolean {
  return (isCommandTurn(text) || endsWithCommandOutsideCare(text)) && !scanSafety(text).fired;
}

/**
 * request: "I want / need / would like to" and an action verb in a sentence that does not ask ("I'd
 * like to organize a party for my friend. Can you help?"), or a "can you" question that opens with an
 * action verb ("can you cancel my 3 pm?"), asks for something to be done (LABELING.md: service_action).
 * An informational answer on such a text becomes service_action unless the guard hears an event
 * (request-turn.ts).
 */
function isRequest(text: string): boolean {
  return isRequestTurn(text) && !scanSafety(text).fired;
}

/**
 * slot, given: a turn whose first sentence opens with a day or a time and says nothing of the writer
 * ("3pm or 9pm.", "Friday would be the best") answers "when?", and a turn that gives a party size, a
 * length of stay ("We will stay 4 nights.") or picks a seat ("sorry i meant window seat") a detail of the booking (LABELING.md, dialogue turn:
 * service_action), when the guard finds no term at all in it: "Today I feel awful" is no slot given,
 * and a symptom it set aside is left to the promotion (slot-turn.ts).
 */
function isGivenSlot(text: string): boolean {
  if (!givesSlot(text) && !givesBookingSize(text) && !picksSeat(text)) return false;
  const scan = scanSafety(text);
  return !scan.fired && scan.suppressed.length === 0;
}

/**
 * slot, set aside: a safety answer set aside on a turn that books, moves, offers or asks for a slot ("How
 * about 2 pm?", "6 pm? She's usually flexible", "I have a cough, can I come in Thursday at 3?") lands on informational; the turn
 * books (LABELING.md, dialogue turn; a symptom with no medicine is no adverse event), unless the guard
 * hears an event (slot-turn.ts).
 */
function isSetAsideSlot(first: Stage, text: string): boolean {
  if ((first !== 'demoted' && first !== 'asks_health' && first !== 'out_of_domain') || !(isSlotTurn(text) || givesSlot(text))) return false;
  const scan = scanSafety(text);
  return !scan.fired && scan.suppressed.length === 0 && !namesProduct(text);
}

/**
 * information: a text that opens by asking to be told or shown ("tell me the news", "show me my
 * alarms", "what is my schedule today", "is my order ready") and asks for nothing to be done is an
 * information request (LABELING.md: informational). A service_action answer of the model on it becomes
 * informational unless the guard hears an event (information-request.ts).
 */
function isInformation(text: string): boolean {
  return isInformationRequest(text) && !scanSafety(text).fired;
}
/**
 * rating: a statement that gives a score ("give this essay 4 points", "I would rate this album 3
 * stars") asks for it to be recorded (LABELING.md: the customer wants something done, as with a
 * complaint about a service): service_action, unless the guard hears an event or the text names a
 * medicine or a product, whose rating a review may give beside a side effect (rating-turn.ts).
 */
function isRating(text: string): boolean {
  return givesRating(text) && !scanSafety(text).fired && !namesProduct(text);
}
/**
 * card, on an informational answer: routine card or account work told as a statement ("my credit card
 * is lost can u plz help me", "i have check ac balance") asks for it to be dealt with (LABELING.md: a
 * lost card, a look-up or a change on the own account is service_action), unless the guard hears an
 * event or a misuse (card-request.ts).
 */
function isCardWork(text: string): boolean {
  return isRoutineCardOrAccountStatement(text) && !scanSafety(text).fired;
}
/**
 * fault, on an informational answer: a card, an app, a website, an agent or a document that fails or
 * carries a wrong record, told as a statement ("the agent is not responding in the chat", "there is a
 * wrong name on my policy document"), asks for it to be fixed (LABELING.md: service_action), unless the
 * guard hears an event (service-fault.ts).
 */
function isServiceFault(text: string): boolean {
  return tellsOfServiceFault(text) && !scanSafety(text).fired;
}
/**
 * why: a text that opens by asking why something happened on the account ("why was i charged a late fee")
 * or whether something happened to the own record ("did you receive my payment"), and asks for nothing to be
 * done, asks to be told (LABELING.md: informational). A service_action answer of the model on it becomes
 * informational unless the guard hears an event (why-question.ts).
 */
function isWhyQuestion(text: string): boolean {
  return asksWhyOrWhether(text) && !scanSafety(text).fired;
}
/** "what is my schedule today", "tell me my schedule for today": asks to be told, gives no slot. */
const ASKS_TO_BE_TOLD = /^\W*(?:what(?:'s|s| is| are)|tell me|show me|list|read me)(?![a-z])/i;
/** A statement of symptoms is read as a report from this safety probability of the model up. */
export const STATEMENT_SAFETY_FLOOR = 0.01;
/** Below this safety probability, a safety answer on a text with nothing of care or money in it is set aside. */
export const OUT_OF_DOMAIN_SAFETY_CEILING = 0.8;
/** The same ceiling on a text that names a thing of the house, a car or a gadget ("my tire looks flat", "my washing machine is leaking"). */
export const EVERYDAY_THING_SAFETY_CEILING = 0.9;

/**
 * The model's second stage: it reads words, not grammar, and the safety guard reads the grammar.
 * - demoted: health words lean the model to safety, but "Any thoughts on a mild muscle relaxant?" or
 *   "could a sinus infection cause loss of taste?" asks, it reports nothing (LABELING.md: a question
 *   about a symptom or a medicine with no event of the asker's). When the text asks (a question mark)
 *   and the guard finds no event in it, the model's next category answers; its low confidence then
 *   asks for human review. Voice transcripts carry no question marks: a spoken question keeps the
 *   model's answer.
 * - promoted: patients write side effects as bare statements, often without naming the medicine
 *   ("My stomach got upset whenever I took it without a meal"), which the guard cannot tie to a
 *   medicine and the model, on a style it has not seen, gives less than half. A statement (no question
 *   mark) in which the guard finds a symptom it set aside only for want of a medicine or an experience
 *   cue, and to which the model gives safety at least STATEMENT_SAFETY_FLOOR, is read as a report (LABELING.md,
 *   review sentence): a missed adverse event is the worst error, and every safety case is reviewed.
 * - leaning: an English statement about health that asks for nothing, to which the model gives safety at
 *   least half the probability of its choice, is read as a report (leaning.ts); never praise.
 * - out_of_domain: the model's safety decision bias (a missed report costs more than a false alarm)
 *   also lifts text it knows nothing about: "Turn off the lights in the bathroom", "Alert me at 0500
 *   hrs". An English text with no word of care or money (domain-words.ts), no drug name and no term
 *   the guard knows, to which the model gives safety less than OUT_OF_DOMAIN_SAFETY_CEILING, gets the
 *   model's next category. Text in another language keeps the model's answer (the word list is
 *   English; a text too short to tell counts as English).
 * - command: a safety answer on a bare command, one clause that opens with an action verb and names no
 *   medicine or product ("Turn lights off in the living room", "wake me up at 6", "pay my bill"), in
 *   which the guard finds no term at all, asks for something to be done: service_action (command-turn.ts). "Cancel
 *   my order, I found glass in the last bottle" says more than the command and keeps the model's answer.
 *   An informational answer on a command becomes service_action too (settle).
 * - not_received: a safety answer on a statement that a thing owed never came or a call was never returned
 *   ("my agent never called me back"), in which the guard found no term and no word of money taken or of a
 *   misuse stands, is service_action (LABELING.md: a missing item to trace, a complaint about service).
 * - card: a safety answer on a card lost, expired, damaged or to be replaced ("i lost my credit card",
 *   "my member ID card expired") with no word of a misuse and no guard term is service_action
 *   (LABELING.md: a lost card versus a stolen card; card-request.ts).
 * - slot: an informational answer on a statement that gives or moves a day or time with a booking
 *   word ("ok, let's do the dermatologist then, around three on Thursday") is service_action
 *   (LABELING.md, dialogue turn; slot-turn.ts), unless the guard hears an event. It is tried before
 *   the promotion: "I have a cough, can we do Friday at 3 pm" books a visit for a symptom with no
 *   medicine in it, which is no adverse event.
 * settle then reads what the model left undecided between a request and a question: a request in words
 * (isRequest), a day or time given (isGivenSlot) and a request for information (isInformation).
 */
export function secondStage(
  text: string,
  category: Category,
  safety: number,
  language = 'en',
  top = 1,
): 'demoted' | 'asks_health' | 'promoted' | 'leaning' | 'out_of_domain' | 'money' | 'claim' | 'command' | 'card' | 'slot' | 'visit' | 'request' | 'asks_information' | 'finding' | 'case_report' | 'benefit' | 'seeks_advice' | 'history' | 'health_post' | 'person_post' | 'service_thing' | 'no_effect' | 'dose' | 'denial' | 'not_received' | 'medicine_did' | undefined {
  const asks = hasQuestionMark(text);
  if (category === SAFETY) {
    if (!asks && language !== 'en' && language !== 'und') return undefined;
    const scan = scanSafety(text);
    if (scan.fired) return undefined;
    // "someone can just take $500 from my account like that?!": a misuse of money told with a question mark stays a report.
    if (asks && tellsOfMoneyMisuse(text)) return undefined;
    // "@sam this #cymbalta has me dizzy all day, is that normal??": a post's questions are asked of its readers.
    if (asks && isSocialPostOnMedicine(text)) return undefined;
    // "I started X last month and now ... Could it be the X?": a report told inside a question (asked-reaction.ts).
    // A forum post that asks for advice on the own health ("Could it be my heart? Please, any advice") asks
    // for information, though its "please" reads as asking someone to act (advice.ts).
    if (!asksOfEffectAfterIntake(text) && ((asks && !asksOfOwnReaction(text) && !tellsOwnAfterAsking(text)) || asksAboutOwnSymptom(text, scan)))
      return asksSomeoneToAct(text) && !seeksAdviceOnOwnHealth(text) && !asksOnPersonPost(text, scan) ? 'demoted' : 'asks_health';
    if (isBenefitStatement(text) && !tellsDechallenge(text)) return 'benefit';
    if (deniesOnly(text, scan)) return 'denial';
    if (seeksAdviceOnOwnHealth(text)) return 'seeks_advice';
    if (tellsHistoryOnly(text, scan)) return 'history';
    if (tellsHealthPostOnly(text, scan.suppressed.length)) return 'health_post';
    if (introducesPersonWithNothingTaken(text, scan.suppressed.map((s) => s.kind))) return 'person_post';
    const course = readsIllnessCourse(text, scan);
    if (course !== undefined) return course;
    if (booksVisitForSymptom(text, scan)) return 'visit';
    const report = readCaseReport(text);
    if (report === 'finding' || report === 'treatment') return 'finding';
    // "Severe hyponatremia in an elderly woman with oxcarbazepine": a drug no list holds is no sign of a text out of domain.
    if (report === 'event') return undefined;
    if (safety < MONEY_SAFETY_CEILING && claimsAfterLoss(text, scan)) return 'claim';
    // "the card machine says my card is not working": the guard read the faulty thing as no product (faulty-thing.ts).
    if (scan.suppressed.length > 0 && scan.suppressed.every((s) => s.reason === 'service_thing')) return 'service_thing';
    if (scan.suppressed.length > 0 && !withdrawsMoney(text, scan.suppressed) && !damagesCard(text, scan.suppressed)) return undefined;
    if ((isBareCommand(text) || endsWithCommandOutsideCare(text)) && !namesProduct(text)) return 'command';
    if (isRoutineCardRequest(text) || isRoutineAccountRequest(text)) return 'card';
    // "my agent never called me back", "i never got my new id cards": a thing owed not received, no misuse (not-received.ts).
    if (tellsNothingReceived(text)) return 'not_received';
    if (asksOnlyForInformation(text)) return 'asks_information';
    const turn = bookingTurn(text);
    if (turn !== undefined) return turn;
    if ((language === 'en' || language === 'und') && safety < MONEY_SAFETY_CEILING && speaksOfMoneyWithoutMisuse(text) && !GIVES_UP_ON_MONEY.test(text)) return 'money';
    const ceiling = namesEverydayThing(text) ? EVERYDAY_THING_SAFETY_CEILING : OUT_OF_DOMAIN_SAFETY_CEILING;
    return safety < ceiling && !speaksOfCareOrMoney(text) ? 'out_of_domain' : undefined;
  }
  if (category === 'informational' && isSlotTurn(text) && !ASKS_TO_BE_TOLD.test(text) && !scanSafety(text).fired) return 'slot';
  const report = readCaseReport(text);
  if (report === 'event') return 'case_report';
  // "Methotrexate was started for rheumatoid arthritis in 2005": a treatment or a finding of a case report, told with no event.
  if (report !== undefined) return undefined;
  // "that steroid pack made me a raging lunatic": a medicine as the cause of the writer's state (medicine-did.ts).
  // "@sam 3 weeks on #lexapro and I feel so weird, anyone else??": a post's questions are asked of its readers (social-post.ts).
  const social = isSocialPostOnMedicine(text);
  if ((language === 'en' || language === 'und') && (!asks || social) && tellsWhatMedicineDid(text)) return 'medicine_did';
  if ((!social && (asks || ASKS_IN_WORDS.test(text) || isShortQuestionInWords(text))) || safety < STATEMENT_SAFETY_FLOOR) return undefined;
  const scan = scanSafety(text);
  if (scan.fired) return undefined;
  // A statement the guard read as general only for a modal or an "if" ("Lexapro would diminish my libido",
  // "If I take it late, I can feel sleepy next day") tells of the writer's own experience, unless it opens
  // as a spoken question ("is it normal ...").
  const unlinked = scan.suppressed.some(
    (s) => s.reason === 'no_medication' || s.reason === 'no_experience' || (s.reason === 'general_question' && !OPENS_AS_QUESTION.test(text)),
  );
  // "...for two months I get dizzy on stairs, my tests were fine. Any advice would be appreciated": a post
  // that asks for advice on the writer's own health with no medicine in it asks, as a question does (advice.ts).
  // "what's the daily withdrawal limit": a withdrawal of money is no symptom; nor is a card "burnt in a fire" (card-request.ts).
  if (isBenefitStatement(text) || movesSlotForSymptom(category, text, scan) || seeksAdviceOnOwnHealth(text) || withdrawsMoney(text, scan.suppressed) || damagesCard(text, scan.suppressed))
    return undefined;
  // "i got hurt in a car crash and need to claim for the hospital bills": routine claims work (claim-after-loss.ts).
  if (claimsAfterLoss(text, scan)) return undefined;
  // "my psychiatrist says I have treatment resistant depression": the illness's own course is no report to promote.
  if (readsIllnessCourse(text, scan) !== undefined) return undefined;
  // "i can't remember if i paid the bill this month": a symptom term in a text about money, with no word of care or misuse, is no event.
  // A withdrawal that got here is no cash ("the withdrawal lasted 3 weeks": withdrawsMoney above).
  if (unlinked) return speaksOfMoneyWithoutMisuse(text) && !scan.suppressed.some((s) => /^withdrawals?$/i.test(s.term)) ? undefined : 'promoted';
  return leansToReport(text, scan, safety, top, language, social) ? 'leaning' : undefined;
}


/**
 * claim: an injury, a death or damage told as what happened in an accident, a storm, a fire, a fall or a
 * bereavement, brought to a claim, a policy or an account, with no medicine or product and no word of misuse
 * or blame (claim-after-loss.ts), in which every symptom the guard found was set aside only for want of a
 * medicine or of an experience cue: routine claims or account work (LABELING.md), neither promoted nor kept as
 * the model's safety answer below MONEY_SAFETY_CEILING.
 */
function claimsAfterLoss(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  return scan.suppressed.every((s) => s.reason === 'no_medication' || s.reason === 'no_experience') && tellsClaimAfterLoss(text);
}

/**
 * denial: "I never got any cramps", "my tremor did not come back": a review sentence in which the guard
 * read every term (a symptom) as negated and that says nothing else of an effect (denial.ts). LABELING.md, review sentence: a
 * sentence that denies any effect is no report.
 */
function deniesOnly(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  if (scan.suppressed.length === 0 || !scan.suppressed.every((s) => s.reason === 'negated')) return false;
  return deniesAnyEffect(foldText(text).folded, scan.suppressed.map((s) => s.term));
}

/**
 * history: "I have suffered from anxiety and panic attacks for over ten years", "I have had depression since I
 * was a teenager": a statement of a condition the writer has lived with for years, in which every symptom
 * the guard found names what a medicine is for and nothing ties an onset to a medicine (context.ts
 * tellsOnlyLongHistory). LABELING.md: a personal symptom or history with no product link is informational;
 * review sentences of the illness's history are no report.
 */
function tellsHistoryOnly(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  if (scan.suppressed.length === 0 || !scan.suppressed.every((s) => s.kind === 'adverse_event' && s.reason === 'indication')) return false;
  return tellsOnlyLongHistory(foldText(text).folded);
}

/**
 * history and no_effect on a review sentence: the illness's own signs told as history or as the reason for
 * the medicine ("I couldn't get out of bed for months before I started", "I was taking it for PTSD and
 * nightmares"), or a medicine that did not work ("did nothing for my anxiety", "stopped working after a
 * year"), with nothing tied to the medicine (illness-course.ts) and no term but symptoms the guard set aside.
 * LABELING.md: a review sentence that reports no side effect is informational.
 */
function readsIllnessCourse(text: string, scan: ReturnType<typeof scanSafety>): 'history' | 'no_effect' | 'dose' | undefined {
  if (!scan.suppressed.every((s) => s.kind === 'adverse_event')) return undefined;
  const { folded } = foldText(text);
  if (tellsNoEffect(folded)) return 'no_effect';
  // "I take 150mg every morning with breakfast": how the medicine is taken, with no term of the guard at all.
  if (scan.suppressed.length === 0 && tellsDoseOrWho(folded)) return 'dose';
  return tellsIllnessCourse(folded) ? 'history' : undefined;
}

/**
 * "I cannot remember, I just remembered I have a date then, let's try Tuesday at 2pm": a turn the model
 * reads as booking that moves or takes a slot (slot-turn.ts), with a symptom the guard set aside only for
 * want of a medicine and no medicine, vaccine or product named, books (LABELING.md, dialogue turn; a
 * symptom with no product is no adverse event), as the slot reading of an informational answer does.
 */
function movesSlotForSymptom(category: Category, text: string, scan: ReturnType<typeof scanSafety>): boolean {
  return category === 'service_action' && scan.suppressed.every((s) => s.reason === 'no_medication') && !namesProduct(text) && isSlotTurn(text);
}

/**
 * A misuse of the customer's money or card told in a question ("I can't believe someone can just take
 * $500 from my account like that. Shouldn't I get a message?"): another person's doing or a denial
 * (MISUSE) and a word of money; "can someone rebill it?" asks for staff and tells of no one's doing. LABELING.md: money taken or a card used by someone else is
 * safety_compliance; asked about, the model's safety answer stays.
 */
function tellsOfMoneyMisuse(text: string): boolean {
  const { folded } = foldText(text);
  return MONEY.test(folded) && MISUSE.test(folded.replace(ASKS_SOMEONE, ''));
}
/** Staff asked for ("can someone rebill everything", "someone please call me"): no other person's doing. */
const ASKS_SOMEONE = /(?<![a-z])(?:(?:can|could|would|will|please|need) (?:someone|somebody)|(?:someone|somebody) (?:please|to (?:call|help|contact|look|check|explain)))(?![a-z])/g;
const MONEY = /(?<![a-z])(?:money|account|accounts|card|cards|charges?|charged|payments?|dollars?|bank|atm)(?![a-z])|\$\d/;

/**
 * "why does this vyvanse make me so sweaty?", "anyone else's seroquel leave them like a zombie?": a
 * question that tells what a named medicine did to the writer is a report asked about (LABELING.md: a
 * symptom after a named medicine), not a general question; the model's safety answer stands even when
 * the guard knows none of its words. "does prednisone make you hungry?" asks in general and is set aside.
 */
function asksOfOwnReaction(text: string): boolean {
  return OWN_REACTION.test(text) && !NOT_YET.test(text) && namesProduct(text);
}
// "if my eliquis makes me bruise easier ...? havent started yet": what it might do is asked in general.
const NOT_YET = /\b(?:if|would|will|could|might|may)\b(?:\s+\S+){0,3}\s+(?:makes?|making|gives?|gets|has|leaves?|keeps?|turns?) (?:me|my|him|her|us)\b|\b(?:haven'?t|havent|have not|not yet|didn'?t|did not|before i) (?:started|start|begun|taken|take|tried)\b/i;
const OWN_REACTION =
  /\b(?:makes?|making|made|gives?|giving|gave|got|gets|has|had|leaves?|leaving|left|keeps?|keeping|kept|turned|turns|turning) (?:me|my|him|her|us)\b|\bsince (?:i |he |she )?(?:started|starting|began|switched|switching|upped|went on)\b/i;

/**
 * "can someone rebill everything?", "could you send it overnight?", "please check": a question that asks
 * someone to do something, proposes a slot or speaks of money. A safety answer set aside on it goes to
 * the model's runner-up (often service_action); any other question with no event is a question on health
 * (LABELING.md: informational).
 */
function asksSomeoneToAct(text: string): boolean {
  // A letter (a mail's lines) may ask for something in passing.
  if (ASKS_TO_ACT.test(text) || asksForSomething(text) || isCommandTurn(text) || text.includes('\n')) return true;
  // "how about Thursday at 2?" books; "how do i check my account balance" is account work: not a question on health.
  const { folded } = foldText(text);
  return isSlotTurn(text) || givesSlot(text) || DAY_OR_TIME.test(folded) || MONEY.test(folded);
}
// A day or a clock time: a question that names one often proposes a slot ("Not even 10 pm?", "so how about Thursday?").
// Narrower than slot-turn.ts namesSlot on purpose: "today", "for two" also stand in health questions (namesSlot here: ichi -3, mqp -2).
const DAY_OR_TIME = /(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.))(?![a-z])/;
const ASKS_TO_ACT = /\b(?:(?:can|could|would|will|shall|pls|please) (?:you|u|we|someone|somebody|anyone|y'?all|ya)|let'?s|please|pls|plz)\b/i;

/**
 * person_post, asked: "My mother is 72 and gets short of breath on the stairs ... Can you tell me what tests she
 * needs?\n ...": a long post that introduces the person it is about and points to nothing taken (person-post.ts),
 * whose only sign of asking someone to act is a polite "can you", "please", a letter's lines or a day told in its
 * story ("since Monday she ..."), asks about health (LABELING.md: informational). One that asks for something done,
 * gives or moves a slot or speaks of money ("can you book her in on Thursday", "please refill", "they charged us")
 * still goes to the model's runner-up.
 */
function asksOnPersonPost(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  if (!introducesPersonWithNothingTaken(text, scan.suppressed.map((s) => s.kind))) return false;
  // "please help", "please advise": a forum post's courtesy; what is asked to be done is read without it.
  if (asksForSomething(text.replace(PLEASE, '')) || isCommandTurn(text) || isSlotTurn(text) || givesSlot(text)) return false;
  const { folded } = foldText(text);
  return !MONEY.test(folded);
}
const PLEASE = /\bplease\b/gi;

/**
 * "cymbalta withdrawal? day 4 and my head is buzzing nonstop": a question about a medicine followed by
 * a statement of the writer's own (at least three words, a first-person word) tells what the medicine did,
 * as a tweet or a forum post does; the model's safety answer stands. The medicine must be named: a health
 * question followed by the writer's history ("is this normal? I am 34 and ...") is still a question.
 */
function tellsOwnAfterAsking(text: string): boolean {
  const tail = text.slice(text.lastIndexOf('?') + 1).trim();
  return tail.split(/\s+/).length >= TOLD_AFTER_MIN_WORDS && FIRST_PERSON_WORD.test(tail) && namesProduct(text);
}
const TOLD_AFTER_MIN_WORDS = 3;
const FIRST_PERSON_WORD = /\b(?:i|my|me|i'm|im|i've|ive)\b/i;

/**
 * "my son has had a fever since yesterday, should i take him in": a symptom with no medicine, asked
 * about in words (voice and typed queries carry no question mark). LABELING.md: a personal symptom with
 * no product is informational. Only the guard's symptom terms count: "how can i report a stolen card" asks
 * about a misuse, which stays a report.
 */
function asksAboutOwnSymptom(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  // A misuse asked about ("hi how can i report a stolen credit card") stays a report.
  if (namesProduct(text) || scan.suppressed.some((s) => s.kind !== 'adverse_event')) return false;
  return (ASKS_IN_WORDS.test(text) && scan.suppressed.some((s) => s.kind === 'adverse_event')) || isShortQuestionInWords(text);
}

/**
 * asks_information: a safety answer on a request for information in one sentence ("I need directions
 * from the Hospital to 5th and Main at 2pm", "list all of my upcoming alarms") in which the guard
 * found no term at all and which names no medicine or product asks to be told something and reports
 * nothing (LABELING.md: informational). A text of more sentences may say more than it asks ("whats the
 * point of refilling anything. i wont be around") and keeps the model's answer, as does one with words
 * of giving up (SPEAKS_OF_GIVING_UP).
 */
function asksOnlyForInformation(text: string): boolean {
  return !MORE_THAN_ONE_SENTENCE.test(text.trim()) && !SPEAKS_OF_GIVING_UP.test(text) && !namesProduct(text) && isInformationRequest(text);
}
const MORE_THAN_ONE_SENTENCE = /[.!?;]\s+\S|\n[^\S\n]*\S/;
/** Words a question of despair hides in ("what's the point anymore"): such a text is never set aside as a mere question. */
/**
 * The words of giving up in a text about money: "i dont need paperless billing anymore", "my son doesn't drive
 * anymore" end a service, so "anymore" counts only after "can't take it", "can't go on" and the like.
 */
const GIVES_UP_ON_MONEY = /\b(?:the point|give up|giving up|end it|be around|be here|no reason to|better off|no way out|(?:can'?t|cannot|can not) (?:take|do|handle|go on|cope)\b[^.!?]{0,12}\bany ?more)\b/i;
const SPEAKS_OF_GIVING_UP = /\b(?:the point|any ?more|give up|giving up|end it|be around|be here|no reason to|better off|no way out)\b/i;

/**
 * slot and request on a safety answer: a short dialogue turn that gives, moves or asks for a slot, or
 * asks for something to be done ("I wanted Tuesday at 4pm. Looking at North Hill Apartments.", "I'm
 * interested in viewing an apartment"), in which the guard found no term at all and which names no
 * medicine or product, books (LABELING.md, dialogue turn: service_action). A long text is no turn: a
 * review may name a day and say "instead".
 */
function bookingTurn(text: string): 'slot' | 'request' | undefined {
  if (text.length > BOOKING_TURN_MAX_CHARS || namesProduct(text)) return undefined;
  if (isSlotTurn(text) || givesSlot(text) || givesBookingSize(text) || picksSeat(text)) return 'slot';
  return isRequestTurn(text) ? 'request' : undefined;
}
const BOOKING_TURN_MAX_CHARS = 200;

/**
 * visit: "My name is John and I would like to make an appointment with Dr. Johnson. I have had a runny
 * nose for two days": a request to be seen (visit-request.ts) that tells of symptoms the guard set
 * aside only for want of a medicine, and names no medicine, vaccine or product. LABELING.md: booking a
 * visit is service_action and a symptom with no product is no adverse event.
 */
function booksVisitForSymptom(text: string, scan: ReturnType<typeof scanSafety>): boolean {
  return !namesProduct(text) && scan.suppressed.every((s) => s.reason === 'no_medication') && isVisitRequest(text);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
