import type { SafetySignalKind } from '../safety-types.ts';
import type { ScanContext } from './context.ts';
import { sentenceOf } from './text.ts';
import type { Span } from './text.ts';

/**
 * What is faulty. A product defect is a safety case (LABELING.md, product quality: a mislabelled medicine,
 * mould in a bottle, an inhaler or a pump that fails in use), but the same words tell of routine service
 * work when the faulty thing is a card, a card reader, an app, a website, an agent, a letter, a statement
 * or a policy document, a house or a car: "the card machine says my card is not working", "the agent is
 * not responding", "my name is misspelled on the policy document", "there is mold in my bathroom", "my car
 * is dented" (a card to replace, a record to correct, a claim to file: service_action or informational).
 *
 * A defect word is read as one of a service thing when the message names such a thing and names no
 * medicine, shot, medical device or pharmacy package anywhere (safety first: "my card reader app won't
 * talk to my pump" still fires). "Not responding" is an emergency when a person is not responding: it is
 * read as a service's only when no person is named in its sentence ("my husband is not responding").
 */
export const SERVICE_THING =
  /(?<![a-z])(?:cards?|card (?:reader|machine|terminal)|readers?|terminals?|atms?|apps?|application|(?<!injection )(?:web ?)?sites?|web ?pages?|pages?|portal|links?|log-?ins?|online banking|banking|accounts?|letters?|statements?|bills?|invoices?|e-?mails?|polic(?:y|ies)|documents?|paperwork|forms?|id|licen[cs]e|passport|certificates?|agents?|reps?|representatives?|operators?|advisors?|customer (?:service|support|care)|support|chat ?bots?|chat|bot|phone line|(?<!immune |nervous )system|server|parcel|envelope|address|surname|house|home|bathroom|basement|kitchen|walls?|ceiling|apartment|flat|car|vehicle|bumper|luggage|suitcase|ticket machine)(?![a-z])/;

/** Medical things the medication words (medication.ts) do not hold: packages and parts a defect is found in. */
export const PRODUCT_PART =
  /(?<![a-z])(?:labels?|bottles?|vials?|box(?:es)?|packag\w*|blister\w*|seals?|caps?|lids?|canisters?|cartridges?|syringes?|needles?|lancets?|nebuli[sz]ers?|oximeters?|thermometers?|masks?|concentrators?|tubes?|sample|samples|pharmacy|pharmacist)(?![a-z])/;

const PERSON =
  /(?<![a-z])(?:he|she|him|her|husband|wife|partner|son|daughter|baby|child|kid|toddler|mom|mum|mother|dad|father|grand\w+|brother|sister|friend|patient|boyfriend|girlfriend|neighbou?r|roommate|man|woman|boy|girl|dog|cat|aunt|uncle|infant|someone|somebody|person|nobody|no one)(?![a-z])/;

const NOT_RESPONDING = /^(?:not responding|unresponsive)$/;
const LABEL_ERROR = /^(?:wrong name on|mis-?label\w*)$/;

/** The kinds of signal a faulty service thing can raise, and for each which of its terms. */
function readsAsDefect(kind: SafetySignalKind, term: string): boolean {
  if (kind === 'product_quality') return true;
  if (kind === 'medication_error') return LABEL_ERROR.test(term);
  return kind === 'emergency' && NOT_RESPONDING.test(term);
}

/**
 * A payment, not a dose: "my direct debit was taken twice", "i made a double payment by mistake", "i think i
 * gave you too much on my premium". The overdose lexicon reads a dose taken twice or by mistake; said of
 * money with no medicine or package named, it is a billing dispute (LABELING.md: charged twice is service_action).
 */
const MONEY_THING =
  /(?<![a-z])(?:payments?|paid|pay|debits?|charges?|charged|premiums?|bills?|billing|money|fees?|transfers?|deposits?|instal?l?ments?|invoices?|\$\d)(?![a-z])/;

/** The dose phrase is said of money: a money word in it or among the few words before it ("my direct debit was taken twice"), not after it ("i took it twice by mistake and paid for the visit"). */
function paymentTakenAsDose(folded: string, term: Span): boolean {
  const before = folded.slice(0, term.start).split(/\s+/).slice(-MONEY_REACH - 1).join(' ');
  return MONEY_THING.test(`${before} ${folded.slice(term.start, term.end)}`);
}
const MONEY_REACH = 3;

/** True when the defect word at `term` is one of a card, an app, a website, a document or a house, or a dose word said of a payment, not of a product or a person. */
export function isFaultOfServiceThing(ctx: ScanContext, kind: SafetySignalKind, term: Span): boolean {
  const words = ctx.folded.slice(term.start, term.end);
  const fault = kind === 'overdose' ? paymentTakenAsDose(ctx.folded, term) : readsAsDefect(kind, words) && SERVICE_THING.test(ctx.folded);
  if (!fault) return false;
  if (ctx.medication() || PRODUCT_PART.test(ctx.folded)) return false;
  if (kind !== 'emergency') return true;
  const sentence = sentenceOf(ctx.breaks, term, ctx.folded.length);
  return !PERSON.test(ctx.folded.slice(sentence.start, sentence.end));
}
