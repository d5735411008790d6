import { namesDrug } from '../safety/medication.ts';
import { foldText } from '../safety/text.ts';
import { ASKS_IN_WORDS, OPENS_AS_QUESTION, hasQuestionMark, isShortQuestionInWords } from '../safety/asking.ts';
import { namesProduct } from '../safety/case-report.ts';
import type { SafetyScan } from '../safety-types.ts';
import { isCommandTurn } from './command-turn.ts';
import { isRequestTurn } from './request-turn.ts';

/**
 * A report is read when the model gives safety at least 1/LEANING_RATIO of the probability of the
 * category it chose (odds 1:2), on the statements below.
 */
export const LEANING_RATIO = 2;

/**
 * A post tagged for social media (@name, #word) on a medicine it names by the drug's name is read as a report
 * from odds 1:3: pharmacovigilance reads such posts for reports, and one that tells of the writer's health next
 * to a named drug most often tells what the drug did (LABELING.md, a social-media post about the writer's own
 * medicine). Its question marks are asked of its readers; with one, it leans only on a symptom the guard set
 * aside (an experience told) or on a question that asks the readers to compare ("anyone else??"), not on the
 * drug's name alone ("is #lexapro worth trying?").
 */
export const SOCIAL_POST_LEANING_RATIO = 3;

// What a customer asks or asks for: "please refill", "can someone push it through", "calling in a
// refill", "i just wanted to ask", "status of my order". A report rarely carries these words; a
// request that does is the model's to decide.
const ASKS_OR_REQUESTS =
  /\b(?:please|pls|plz|can (?:someone|you|u|i)|could (?:someone|you)|would you|refills?|renew|transfer|need|want(?:ed)? to|would like|i'?d like|calling|ask(?:ing)?|questions?|wondering|status|order|appointment|schedule|book)\b/i;

// A post's question that asks its readers to compare their experience with the writer's ("anyone else??", "is this
// normal?") tells that the writer has one.
const COMPARES_WITH_READERS = /\b(?:any ?(?:one|body) else|who else|any of you|(?:is|was) (?:this|that|it) normal)\b/i;

// Key=value form ("dose=10mg;route=po"), not a tweet's equation told with spaces ("seroquel = zombie mode").
const KEY_VALUE = /[^\s=]=[^\s=]/;

/**
 * leaning: patients write side effects in words the model has not seen ("Oil in stool", "constant
 * brain zaps", a tweet's slang), so it gives them safety below its chosen class, yet not far below. A
 * statement about health (a medicine, a shot or a medication word named, or a symptom the guard set
 * aside, and not every symptom denied) that neither asks nor asks for anything, in English and not
 * in key=value form (a tweet's "X = Y" is no such form), to which the model gives safety at least half of its chosen class's probability,
 * is read as a report (LABELING.md, a review sentence and a bare statement of a symptom): a missed
 * adverse event is the worst error, and every safety case is reviewed. Praise (benefit.ts) is checked
 * by the caller.
 */
export function leansToReport(text: string, scan: SafetyScan, safety: number, top: number, language: string, socialPost = false): boolean {
  const ratio = socialPost && namesDrug(foldText(text).folded) ? SOCIAL_POST_LEANING_RATIO : LEANING_RATIO;
  if (safety * ratio <= top || language !== 'en' || KEY_VALUE.test(text)) return false;
  const asks = hasQuestionMark(text) || ASKS_IN_WORDS.test(text) || isShortQuestionInWords(text) || OPENS_AS_QUESTION.test(text);
  if (asks && !socialPost) return false;
  if (ASKS_OR_REQUESTS.test(text) || isRequestTurn(text) || isCommandTurn(text)) return false;
  const symptoms = scan.suppressed.filter((s) => s.kind === 'adverse_event');
  // "No rash on these pills": every symptom named is denied.
  if (symptoms.length > 0 && symptoms.every((s) => s.reason === 'negated')) return false;
  return symptoms.length > 0 || ((!asks || (socialPost && COMPARES_WITH_READERS.test(text))) && namesProduct(text));
}
