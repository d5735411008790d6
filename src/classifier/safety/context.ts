import type { MessageSpans } from '../safety-lexicon.ts';
import { BODY_FUNCTION, DECHALLENGE, IMPROVED_AFTER, IMPROVED_BEFORE, INDICATION_AFTER, INDICATION_BEFORE, NEUTRALISED_BEFORE, OWNED_BEFORE } from './cues.ts';
import { asksSomething } from './asking.ts';
import { seeksAdviceOnOwnHealth } from './advice.ts';
import { isClinicalFinding } from './case-report.ts';
import { drugSpans, namesDrug } from './medication.ts';
import { isSymptomStatement } from './review.ts';
import { asksOnlyAboutUntakenTreatment, firstMedicineAfterFailedRelief } from './untaken-treatment.ts';
import { BLAME_LINK, NOT_STARTED, TREATMENT_QUESTION } from './markers.ts';
import { firstStartAtOrAfter, originalText, sentenceBreaks, sentenceOf } from './text.ts';
import type { FoldedText, Span } from './text.ts';

/**
 * What the judgement of a match needs to know about the whole message, computed once per message from
 * the scanner's spans, and the span helpers that read it (nearest cue before, cue after...).
 */
export interface ScanContext {
  folded: string;
  breaks: number[];
  experience: Span[];
  subjects: Span[];
  markers: Span[];
  topicMarkers: Span[];
  negators: Span[];
  /** The message's own text under a folded span (commas and quotes that folding dropped included). */
  original: (span: Span) => string;
  // The facts below are computed on first use: most matches are settled before they are needed.
  /** Any medicine, shot or device named in the message. */
  medication: () => boolean;
  /** "haven't started it yet": symptoms it names are expectations. */
  notStarted: () => boolean;
  /** A few words and no question ("hives", "so dizzy rn"): somebody telling what they have. */
  bareReport: () => boolean;
  /** "my kid has a rash, do you have hydrocortisone?": the symptom is why they ask, nothing is blamed. */
  treatmentOnly: () => boolean;
  /** "i have high blood pressure, can i take sudafed?": no medicine, shot or device is named before the treatment question. */
  treatmentAskedFirst: () => boolean;
  /** "Poor sleep, dry eyes, no appetite.": a review-style statement of side effects (see review.ts). */
  symptomStatement: () => boolean;
  /** "A 45-year-old woman presented with fever and rash": a case report's finding with no treatment (case-report.ts). */
  clinicalFinding: () => boolean;
  /** The message asks something (a question mark, or a question in words: asking.ts). */
  asks: () => boolean;
  /** "I have eczema on my hands, would a steroid cream help?": every medicine named is one asked about, none taken (untaken-treatment.ts). */
  untakenTreatment: () => boolean;
  /** "I've had insomnia for years and melatonin doesn't work. What else can I try?": where the first medicine is named after a relief that failed, else -1 (untaken-treatment.ts). */
  failedReliefFrom: () => number;
}

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export const LOOKBACK = 40;
/** "no medications", "not on any meds", "I don't take any pills": a medication word that says there is none. */
const NO_MEDICATION_BEFORE =
  /(?<![a-z])(?:(?<!(?:could|can|would|will|should) )(?:no|zero)|without any|not (?:on|taking) any|(?:i|we|he|she) (?:don'?t|dont|do not|does not|doesn'?t) take any|never taken any)(?: other| prescription| regular| daily| current)? $/;
const BARE_REPORT_WORDS = 4;

/**
 * "My vitamin B12 was low", "her iron levels are high", "a potassium level of 3.1", "vitamin D deficiency": a vitamin
 * or mineral named as a measured level or a lack is a test result, not a product anybody took.
 */
function namesLevel(folded: string, m: Span): boolean {
  const word = folded.slice(m.start, m.end);
  if (!LEVEL_SUBSTANCE.test(word)) return false;
  return LEVEL_AFTER.test(folded.slice(m.end, m.end + LOOKBACK)) || LEVEL_BEFORE.test(folded.slice(Math.max(0, m.start - LOOKBACK), m.start));
}
const LEVEL_SUBSTANCE = /^(?:vitamins?|b12|iron|potassium|magnesium|supplements?)$/;
const LEVEL_AFTER =
  /^(?:\s(?:b12|b6|b1|d3|d|a|c|e|k))?\s(?:(?:levels?|count|stores|deficiency|deficient|result|results)(?![a-z])|(?:was|were|is|are|came back|tested|has been|have been|looked|looks)\s(?:(?:very|really|a bit|a little|slightly|too|so|quite|extremely|dangerously)\s)?(?:low|high|elevated|deficient|borderline|normal|fine|off|abnormal)(?![a-z]))/;
const LEVEL_BEFORE = /(?<![a-z])(?:low|high|deficient in|deficiency of|lack of|levels? of|tested for|test for|checked for)\s$/;

/** "if I get a rash", "can it cause": the cue is hypothetical. "Sí, ronchas desde ayer": "sí" (yes) folds to "si" (if) and is not. */
function neutralised(folded: string, span: Span, isYes: (s: Span) => boolean): boolean {
  const from = Math.max(0, span.start - LOOKBACK);
  const m = NEUTRALISED_BEFORE.exec(folded.slice(from, span.start));
  if (m === null) return false;
  const at = from + m.index + (m[0].length - m[0].trimStart().length);
  return !(folded.startsWith('si ', at) && isYes({ start: at, end: at + 2 }));
}

// Present-tense anchors ("today", "now") fit a hypothetical too: they do not rescue a general question.
const WEAK_CUE = /^(?:today|tonight|now|right now|rn|still|again|currently|every \w+|all \w+|hoy|ahorita|(?:on|with|from|after|off) \w+ \w+)$/;

export function prepareContext(text: string, folded: FoldedText, spans: MessageSpans): ScanContext {
  const f = folded.folded;
  const isYes = (s: Span) =>
    f.startsWith('si', s.start) && originalText(text, folded.origin, { start: s.start, end: s.start + 2 }).toLowerCase() === 'sí';
  const breaks = sentenceBreaks(f);
  const medication = once(
    () =>
      spans.medicationWords.some((m) => !NO_MEDICATION_BEFORE.test(f.slice(Math.max(0, m.start - LOOKBACK), m.start)) && !namesLevel(f, m)) ||
      (namesDrug(f) && drugSpans(f).some((m) => !namesLevel(f, m))),
  );
  return {
    folded: f,
    breaks,
    experience: spans.experience.filter((s) => !neutralised(f, s, isYes)),
    subjects: spans.subjects.filter((s) => !neutralised(f, s, isYes)),
    // "sí" (yes) folds to "si" (if): a marker there is not a conditional.
    markers: spans.markers.filter((s) => !isYes(s)),
    topicMarkers: spans.topicMarkers,
    negators: spans.negators,
    original: (span) => originalText(text, folded.origin, span),
    medication,
    clinicalFinding: once(() => isClinicalFinding(f, medication)),
    // A forum post that asks for advice on the writer's own health in words (advice.ts) asks as a question does.
    asks: once(() => asksSomething(f) || seeksAdviceOnOwnHealth(text)),
    notStarted: once(() => NOT_STARTED.test(f)),
    bareReport: once(() => f.length < 60 && !f.includes('?') && f.split(' ').length <= BARE_REPORT_WORDS),
    treatmentOnly: once(() => TREATMENT_QUESTION.test(f) && !BLAME_LINK.test(f)),
    treatmentAskedFirst: once(() => {
      // Stryker disable next-line UnaryOperator,OptionalChaining: equivalent, judge.ts reads this only after treatmentOnly() found the question
      const asked = TREATMENT_QUESTION.exec(f)?.index ?? -1;
      return asked >= 0 && !spans.medicationWords.some((m) => m.start < asked) && !namesDrug(f.slice(0, asked));
    }),
    symptomStatement: once(() => isSymptomStatement(f, spans, spans.markers, breaks)),
    untakenTreatment: once(() => asksOnlyAboutUntakenTreatment(f, breaks, spans.medicationWords)),
    failedReliefFrom: once(() => firstMedicineAfterFailedRelief(f, breaks, spans.medicationWords)),
  };
}

export function lastStartBefore(spans: readonly Span[], from: number, before: number, inclusive: boolean): number {
  const last = spans[firstStartAtOrAfter(spans, inclusive ? before + 1 : before) - 1];
  return last !== undefined && last.start >= from ? last.start : -1;
}

function isStrongCue(ctx: ScanContext, s: Span): boolean {
  return !WEAK_CUE.test(ctx.folded.slice(s.start, s.end));
}

/** A strong experience cue after the term and before any later marker in the sentence. */
export function experienceAfter(ctx: ScanContext, term: Span, sentence: Span): boolean {
  const next = ctx.markers[firstStartAtOrAfter(ctx.markers, term.end)]?.start ?? sentence.end;
  return strongCueIn(ctx, term.end, Math.min(next, sentence.end));
}

function strongCueIn(ctx: ScanContext, start: number, end: number): boolean {
  for (let i = firstStartAtOrAfter(ctx.experience, start); i < ctx.experience.length; i++) {
    const s = ctx.experience[i];
    if (s === undefined || s.start >= end) break;
    if (isStrongCue(ctx, s)) return true;
  }
  return false;
}

/** "my rash", "this swelling": only symptoms; "my pills look different" is no experience of a person. */
export function ownedBefore(ctx: ScanContext, term: Span): boolean {
  const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
  const owned = OWNED_BEFORE.exec(before);
  if (owned === null) return false;
  return !NEUTRALISED_BEFORE.test(before.slice(0, owned.index));
}

/**
 * "Prozac helped my depression", "the pain went away the first day": a symptom the medicine made
 * better, unless the message says it went away when the medicine was stopped (a dechallenge).
 */
function isImproved(ctx: ScanContext, term: Span, after: string): boolean {
  if (BODY_FUNCTION.test(ctx.folded.slice(term.start, term.end))) return false;
  const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
  if (!IMPROVED_BEFORE.test(before) && !IMPROVED_AFTER.test(after)) return false;
  return !DECHALLENGE.test(ctx.folded.slice(Math.max(0, term.start - 2 * LOOKBACK), term.end + 2 * LOOKBACK));
}

// "diagnosed with generalized anxiety disorder": a diagnosis names a condition in up to two words more.
const DIAGNOSED_BEFORE = /(?<![a-z])(?:diagnosed with|diagnosis of|history of)\s(?:[a-z]+\s){0,2}$/;
// "for depression and anxiety", "for acne, rosacea and": a conjunction (or a comma) right before the word.
const CONJUNCTION_BEFORE = /(?:\s(?:and|or|&)|,|\/)\s*$/;
const MAX_CONJUNCT_WORDS = 4;
// What may follow the last word of a list of conditions: its end, another conjunct, or a head noun.
const ENDS_THE_LIST = /^\s*(?:$|[.,;:!?)]|(?:and|or|but|so|since|for|with|in|that|which|disorder|disorders|attacks?|problems?|issues?|symptoms?)(?![a-z]))/;
// A conjunct of time or amount ("for a week and", "for 3 days,") is how long, not what for.
const NOT_A_CONDITION = /\d|(?<![a-z])(?:days?|weeks?|months?|years?|hours?|nights?|while|bit|time|ages|now|then|it|me|him|her|them|us|i|you|he|she|we|they|got|get|gets|have|has|had|was|were|is|am|are|feel|felt|started|began|became)(?![a-z])/;

/**
 * The words before a symptom name what a medicine treats: "for my", "diagnosed with generalized", or
 * a conjunct of one to three words so named ("for depression and anxiety", "for acne, rosacea and").
 */
function namesIndicationBefore(before: string, after: string): boolean {
  const named = (text: string) =>
    INDICATION_BEFORE.test(text.slice(-LOOKBACK)) || DIAGNOSED_BEFORE.test(text.slice(-LOOKBACK)) || IMPROVED_BEFORE.test(text.slice(-LOOKBACK));
  if (named(before)) return true;
  const conjunction = CONJUNCTION_BEFORE.exec(before);
  // "for my anxiety and headaches started": a conjunct that goes on with a verb opens a clause of its own.
  if (conjunction === null || !ENDS_THE_LIST.test(after)) return false;
  const words = before.slice(0, conjunction.index).split(' ');
  for (let n = 1; n <= MAX_CONJUNCT_WORDS && n < words.length; n++) {
    const conjunct = words.slice(-n).join(' ');
    if (NOT_A_CONDITION.test(conjunct)) return false;
    if (named(words.slice(0, -n).join(' ') + ' ')) return true;
  }
  return false;
}

// "I have suffered from anxiety for over ten years", "I have had depression since I was a teenager": the
// writer's long history of a condition names what a medicine is for, not what it did. Only with a long
// time in the sentence and nothing that ties an onset to a medicine or a change: "I suffered from
// hallucinations" and "I have had headaches since starting it" stay events.
const HISTORY_BEFORE =
  /(?<![a-z])(?:suffer(?:ed|s|ing)? (?:from|with)|battl(?:ed|ing) (?:with )?|struggl(?:ed|ing) with|lived with|living with|(?:i|he|she) (?:have|has) had)\s(?:(?:my|the|a|an|his|her|chronic|severe|mild|moderate|major|bad|recurrent|constant|extreme|daily|clinical)\s){0,2}(?:(?:[a-z]+\s){1,3}(?:and|or|&)\s(?:(?:my|the|a|an|chronic|severe|mild|bad|recurrent|constant|extreme|daily)\s){0,2})?$/;
const LONG_HISTORY =
  /(?<![a-z])(?:for (?:over |about |almost |nearly |more than |the past |the last )?(?:many |several |a few |\d+ |two |three |four |five |six |ten |fifteen |twenty |thirty )?(?:years|decades)|(?:all|most of) (?:my|his|her|their) (?:adult )?life|(?:my|his|her|their) whole life|since (?:i was )?(?:a child|childhood|a kid|a little girl|a little boy|a teen|a teenager|high school|my teens|college|puberty|birth)|lifelong)(?![a-z])/;
const ONSET_IN_SENTENCE =
  /(?<![a-z])(?:start\w*|began|begin\w*|after|since (?:i |taking|starting|beginning|using|the )|while (?:on|taking|using)|on (?:it|this|the)|caus\w*|made me|side ?effects?|reactions?|increas\w*|dose|dosage)(?![a-z])/;

/**
 * "I have had depression since I was a teenager": the text tells of a condition the writer has lived
 * with for years (a history frame and a long time) and of nothing that ties an onset to a medicine.
 */
export function tellsOnlyLongHistory(folded: string): boolean {
  return HISTORY_FRAME.test(folded) && LONG_HISTORY.test(folded) && !ONSET_IN_SENTENCE.test(folded);
}
const HISTORY_FRAME = /(?<![a-z])(?:suffer(?:ed|s|ing)? (?:from|with)|battl(?:ed|ing)|struggl(?:ed|ing) with|lived with|living with|(?:i|he|she) (?:have|has) had)(?![a-z])/;

function tellsLongHistory(ctx: ScanContext, term: Span): boolean {
  const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
  if (!HISTORY_BEFORE.test(before)) return false;
  const sentence = sentenceOf(ctx.breaks, term, ctx.folded.length);
  const text = ctx.folded.slice(sentence.start, sentence.end);
  return LONG_HISTORY.test(text) && !ONSET_IN_SENTENCE.test(text);
}

/**
 * "medicine for my headache", "seizure meds", "pneumonia vaccine": the word names what a medicine
 * treats or prevents. "something for the rash I got from it" still tells of an event: a cue right after.
 */
function commaBefore(ctx: ScanContext, term: Span, before: string): boolean {
  const gap = before.length - before.trimEnd().length;
  return gap > 0 && ctx.original({ start: term.start - gap, end: term.start }).includes(',');
}

export function isIndication(ctx: ScanContext, term: Span): boolean {
  const after = ctx.folded.slice(term.end, term.end + LOOKBACK);
  if (isImproved(ctx, term, after) || tellsLongHistory(ctx, term)) return true;
  if (INDICATION_AFTER.test(after)) return true;
  const before = ctx.folded.slice(Math.max(0, term.start - 2 * LOOKBACK), term.start);
  if (!namesIndicationBefore(before, after)) return false;
  // "i take zoloft for my anxiety, nausea every morning": folding drops the comma, which would make "anxiety nausea" one
  // condition; after a comma the word opens a new item, and names what the medicine is for only in a list that ends
  // there ("for my anxiety, depression and insomnia").
  if (commaBefore(ctx, term, before) && !ENDS_THE_LIST.test(after)) return false;
  const near = term.end + after.split(' ', 4).join(' ').length;
  return !strongCueIn(ctx, term.end, near + 1);
}
