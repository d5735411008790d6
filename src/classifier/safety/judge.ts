import type { SuppressionReason } from '../safety-types.ts';
import { INTENSIFIER_BEFORE } from './cues.ts';
import { LOOKBACK, experienceAfter, isIndication, lastStartBefore, ownedBefore } from './context.ts';
import type { ScanContext } from './context.ts';
import type { LexiconGroup } from './lexicon-types.ts';
import { CLAUSE_CONTRAST } from './markers.ts';
import { isFaultOfServiceThing } from './faulty-thing.ts';
import { SYMPTOM_NEGATION_REACH, isAnsweredNo, isNegated } from './negation.ts';
import { anyStartIn, sentenceOf } from './text.ts';
import type { Span } from './text.ts';

// "a rash can be serious", "ankle swelling is common": the sentence talks about the symptom in general.
const GENERAL_AFTER =
  /^\s(?:\S+\s){0,2}?(?:can|could|may|might) (?:be|cause|happen|occur|get)(?![a-z])|^\s(?:is|are) (?:an? )?(?:common|normal|rare|usual|known|typical|possible|serious|dangerous)(?![a-z])/;

// An event phrase sits close to its negation ("didn't get the wrong pills"); a farther "never" belongs elsewhere.
const EVENT_NEGATION_REACH = 2;

export type Verdict = { fired: true } | { fired: false; reason: SuppressionReason };

const FIRE: Verdict = { fired: true };
const suppress = (reason: SuppressionReason): Verdict => ({ fired: false, reason });

// Words that name a report or a drug's harm by themselves ("adverse reaction", "vaccine injury").
const REPORT_WORDS = /adverse|vaccine|ae.report|side ?effect|react(?:ing|ed)? (?:badly |poorly |strongly )?(?:to|with)/;

function asksWithNoProduct(ctx: ScanContext, term: string): boolean {
  return !REPORT_WORDS.test(term) && ctx.asks() && !ctx.medication() && !ctx.symptomStatement();
}

// "I have felt off for weeks and my blood work is normal, what could it be?": a feeling of being unwell asked
// about with nothing it could be a reaction to is a health question (LABELING.md, a personal symptom with no
// product), as a symptom word is. An event phrase ("ended up in the ER", "made me sick") still fires.
const FEELING_UNWELL = /^(?:feel|felt|not feel|don'?t feel|doesn'?t feel|haven'?t|something|not (?:my|him|her)self)/;

function feelsUnwellAskingWithNoProduct(ctx: ScanContext, term: Span): boolean {
  const phrase = ctx.folded.slice(term.start, term.end);
  return FEELING_UNWELL.test(phrase) && asksWithNoProduct(ctx, phrase);
}

/** Decides whether one lexicon match is a signal. Rules: see safety-guard.ts. */
export function judge(ctx: ScanContext, group: LexiconGroup, term: Span): Verdict {
  // "the card machine says my card is not working", "the agent is not responding": no product, no person (faulty-thing.ts).
  if (isFaultOfServiceThing(ctx, group.kind, term)) return suppress('service_thing');
  if (group.mode === 'always') return FIRE;
  const sentence = sentenceOf(ctx.breaks, term, ctx.folded.length);
  if (group.mode === 'topic') {
    // "can zoloft make you suicidal? I've been having those thoughts": the rest of the message may tell.
    const general = lastStartBefore(ctx.topicMarkers, sentence.start, term.start, true) >= 0;
    const rest = { start: term.end, end: ctx.folded.length };
    return general && !experienceAfter(ctx, term, rest) ? suppress('general_question') : FIRE;
  }
  const reach = group.mode === 'evident' ? EVENT_NEGATION_REACH : SYMPTOM_NEGATION_REACH;
  if (isNegated(ctx.folded, ctx.negators, term, reach, ctx.original) || isAnsweredNo(ctx.folded, term)) return suppress('negated');
  // "A 45-year-old woman presented with fever and rash", with no medicine and nothing it is tied to.
  if (ctx.clinicalFinding()) return suppress('clinical_finding');

  let marker = lastStartBefore(ctx.markers, sentence.start, term.start, true);
  // "...might make me tired but this is way more than tired": the question ends where a contrast begins.
  if (marker >= 0 && CLAUSE_CONTRAST.test(ctx.folded.slice(marker, term.start))) marker = -1;
  const owned = group.mode === 'symptom' && ownedBefore(ctx, term);
  const cue = owned
    ? term.start
    : Math.max(
        lastStartBefore(ctx.experience, sentence.start, term.start, false),
        lastStartBefore(ctx.subjects, sentence.start, term.start, false),
      );
  const rescued = () => experienceAfter(ctx, term, sentence);
  // "Broken sleep is the one side effect I have had" reads like "is X a side effect" but states one.
  if (marker >= 0 && marker >= cue && !rescued() && !ctx.symptomStatement()) return suppress('general_question');
  if (group.mode === 'evident') return feelsUnwellAskingWithNoProduct(ctx, term) ? suppress('no_medication') : FIRE;

  if (isIndication(ctx, term)) return suppress('indication');
  if (ctx.notStarted()) return suppress('general_question');
  const experienceInSentence = anyStartIn(ctx.experience, sentence.start, sentence.end);
  // "my kid has a rash, do you have hydrocortisone?", "i have high blood pressure, can i take sudafed for my cold?":
  // the symptom is why a treatment is asked for. One told after a medicine already named ("i'm on
  // lisinopril and have a cough, can i take robitussin?") may be its reaction.
  if (ctx.treatmentOnly() && ctx.treatmentAskedFirst()) return suppress('indication');
  // "I have a cough with green mucus. Do I need an antibiotic?", "my doctor offered gabapentin, does it help with nerve
  // pain?": every medicine named is asked about and none is told as taken, so none can have caused the symptom
  // (untaken-treatment.ts). A term that names a drug's harm itself ("side effects"), and a review's statement of
  // symptoms, are left to the rules below.
  if (ctx.asks() && !ctx.symptomStatement() && !REPORT_WORDS.test(ctx.folded.slice(term.start, term.end))) {
    if (ctx.untakenTreatment()) return suppress('indication');
    // "I've had insomnia for years and melatonin doesn't work anymore. What else can I try?": told before a relief that failed.
    const relief = ctx.failedReliefFrom();
    if (relief >= 0 && term.end <= relief) return suppress('indication');
  }
  if (cue < 0 && GENERAL_AFTER.test(ctx.folded.slice(term.end, term.end + LOOKBACK))) return suppress('general_question');
  // "What if I keep getting the same symptoms again?", "I have a bad cough and fever, what should I do?": a
  // symptom of any group asked about with nothing it could be a reaction to is a health question
  // (LABELING.md, a personal symptom with no product), unless its own words name a drug's harm ("side
  // effects", "reaction to") or the message is a bare statement of it. Phrases that tell of an event by
  // themselves ("ended up in the ER", "feel awful") are left as they are: asked about, they still cost a
  // review's report on the evaluation-only set.
  if (group.kind === 'adverse_event' && asksWithNoProduct(ctx, ctx.folded.slice(term.start, term.end))) return suppress('no_medication');
  const cued = cue >= 0 || experienceInSentence || anyStartIn(ctx.subjects, sentence.start, sentence.end);
  const onlyBare = !cued && ctx.bareReport();
  const experienced = cued || onlyBare;
  switch (group.needs) {
    case 'medication':
      return ctx.medication() || ctx.symptomStatement() ? FIRE : suppress('no_medication');
    case 'cue': {
      // "metformin side effects" is a search, not a report: words general by nature need a real cue.
      const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
      return (experienced && !onlyBare) || INTENSIFIER_BEFORE.test(before) || ctx.symptomStatement() ? FIRE : suppress('no_experience');
    }
    default:
      // "I am a 33 years old female with right lower abdominal pain, what could it be?": a symptom asked
      // about with nothing it could be a reaction to is a health question (LABELING.md).
      if (experienced && !ctx.medication() && ctx.asks()) return suppress('no_medication');
      return experienced || ctx.medication() || ctx.symptomStatement() ? FIRE : suppress('no_experience');
  }
}
