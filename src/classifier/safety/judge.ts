import type { SuppressionReason } from '../safety-types.ts';
import type { MessageSpans } from '../safety-lexicon.ts';
import { INTENSIFIER_BEFORE, NEUTRALISED_BEFORE, OWNED_BEFORE } from './cues.ts';
import type { LexiconGroup } from './lexicon-types.ts';
import { namesDrug } from './medication.ts';
import { SYMPTOM_NEGATION_REACH, isAnsweredNo, isNegated } from './negation.ts';
import { originalText, sentenceBreaks, sentenceOf } from './text.ts';
import type { FoldedText, Span } from './text.ts';

/** Everything about the message the judgement of one match needs, computed once per message. */
export interface ScanContext {
  folded: string;
  breaks: number[];
  experience: Span[];
  subjects: Span[];
  markers: Span[];
  topicMarkers: Span[];
  negators: Span[];
  /** Any medicine, shot or device named in the message; computed on first use. */
  medication: () => boolean;
}

const LOOKBACK = 40;

function neutralised(folded: string, span: Span): boolean {
  return NEUTRALISED_BEFORE.test(folded.slice(Math.max(0, span.start - LOOKBACK), span.start));
}

// Present-tense anchors ("today", "now") fit a hypothetical too: they do not rescue a general question.
const WEAK_CUE = /^(?:today|tonight|now|right now|rn|still|again|currently|every \w+|all \w+|hoy|ahorita|(?:on|with|from|after|off) \w+ \w+)$/;

export function prepareContext(text: string, folded: FoldedText, spans: MessageSpans): ScanContext {
  let medication: boolean | undefined;
  const isYes = (s: Span) => originalText(text, folded.origin, { start: s.start, end: s.start + 2 }).toLowerCase() === 'sí';
  return {
    folded: folded.folded,
    breaks: sentenceBreaks(folded.folded),
    experience: spans.experience.filter((s) => !neutralised(folded.folded, s)),
    subjects: spans.subjects.filter((s) => !neutralised(folded.folded, s)),
    // "sí" (yes) folds to "si" (if): a marker there is not a conditional.
    markers: spans.markers.filter((s) => !isYes(s)),
    topicMarkers: spans.topicMarkers,
    negators: spans.negators,
    medication: () => (medication ??= spans.medicationWords.length > 0 || namesDrug(folded.folded)),
  };
}

function lastStartBefore(spans: readonly Span[], from: number, before: number, inclusive: boolean): number {
  let best = -1;
  for (const s of spans) {
    if (s.start < from) continue;
    if (inclusive ? s.start > before : s.start >= before) break;
    best = s.start;
  }
  return best;
}

function isStrongCue(ctx: ScanContext, s: Span): boolean {
  return !WEAK_CUE.test(ctx.folded.slice(s.start, s.end));
}

/** A strong experience cue after the term and before any later marker in the sentence. */
function experienceAfter(ctx: ScanContext, term: Span, sentence: Span): boolean {
  const nextMarker = ctx.markers.find((m) => m.start >= term.end && m.start < sentence.end)?.start ?? sentence.end;
  return ctx.experience.some((s) => s.start >= term.end && s.start < nextMarker && isStrongCue(ctx, s));
}

/** "my rash", "this swelling": only symptoms; "my pills look different" is no experience of a person. */
function ownedBefore(ctx: ScanContext, term: Span): boolean {
  const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
  const owned = OWNED_BEFORE.exec(before);
  if (owned === null) return false;
  return !NEUTRALISED_BEFORE.test(before.slice(0, owned.index));
}

const INDICATION_BEFORE =
  /(?<![a-z])(?:for|para|pour|treat|treats|treating|treatment of|relieve|relieves|relief of|prevent|prevents|preventing|help with|helps with|good for|anti|against|contra)\s(?:(?:my|the|a|an|his|her|your|bad|mild|occasional|el|la|los|las|mi|su|un|una)\s)?$/;
const INDICATION_AFTER =
  /^[\s-](?:(?!(?:after|since|from|with|on|at|in|of|to|and|or|the|my|is|was|are)\s)\S+\s)?(?:medicines?|medications?|meds|med|pills?|tablets?|capsules?|cream|ointment|syrup|drops|spray|relief|relievers?|prescriptions?|rx|treatment|remedy|doctor|specialist|clinic|patch|drugs?|nurse|test|testing|screening|supplies|program|vaccines?|shots?|jabs?|boosters?)(?![a-z])/;

/**
 * "medicine for my headache", "seizure meds", "pneumonia vaccine": the word names what a medicine
 * treats or prevents. "something for the rash I got from it" still tells of an event: a cue right after.
 */
function isIndication(ctx: ScanContext, term: Span): boolean {
  const after = ctx.folded.slice(term.end, term.end + LOOKBACK);
  if (INDICATION_AFTER.test(after)) return true;
  if (!INDICATION_BEFORE.test(ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start))) return false;
  const near = term.end + after.split(' ', 4).join(' ').length;
  return !ctx.experience.some((s) => s.start >= term.end && s.start <= near && isStrongCue(ctx, s));
}

// "a rash can be serious", "ankle swelling is common": the sentence talks about the symptom in general.
const GENERAL_AFTER =
  /^\s(?:\S+\s){0,2}?(?:can|could|may|might) (?:be|cause|happen|occur|get)(?![a-z])|^\s(?:is|are) (?:an? )?(?:common|normal|rare|usual|known|typical|possible|serious|dangerous)(?![a-z])/;

// An event phrase sits close to its negation ("didn't get the wrong pills"); a farther "never" belongs elsewhere.
const EVENT_NEGATION_REACH = 2;

export type Verdict = { fired: true } | { fired: false; reason: SuppressionReason };

const FIRE: Verdict = { fired: true };
const suppress = (reason: SuppressionReason): Verdict => ({ fired: false, reason });

/** Decides whether one lexicon match is a signal. Rules: see safety-guard.ts. */
export function judge(ctx: ScanContext, group: LexiconGroup, term: Span): Verdict {
  if (group.mode === 'always') return FIRE;
  const sentence = sentenceOf(ctx.breaks, term, ctx.folded.length);
  if (group.mode === 'topic') {
    const general = lastStartBefore(ctx.topicMarkers, sentence.start, term.start, true) >= 0;
    return general && !experienceAfter(ctx, term, sentence) ? suppress('general_question') : FIRE;
  }
  const reach = group.mode === 'evident' ? EVENT_NEGATION_REACH : SYMPTOM_NEGATION_REACH;
  if (isNegated(ctx.folded, ctx.negators, term, reach) || isAnsweredNo(ctx.folded, term)) return suppress('negated');

  const marker = lastStartBefore(ctx.markers, sentence.start, term.start, true);
  const owned = group.mode === 'symptom' && ownedBefore(ctx, term);
  const cue = owned
    ? term.start
    : Math.max(
        lastStartBefore(ctx.experience, sentence.start, term.start, false),
        lastStartBefore(ctx.subjects, sentence.start, term.start, false),
      );
  const rescued = () => experienceAfter(ctx, term, sentence);
  if (marker >= 0 && marker >= cue && !rescued()) return suppress('general_question');
  if (group.mode === 'evident') return FIRE;

  if (isIndication(ctx, term)) return suppress('indication');
  if (cue < 0 && GENERAL_AFTER.test(ctx.folded.slice(term.end, term.end + LOOKBACK))) return suppress('general_question');
  const inSentence = (s: Span) => s.start >= sentence.start && s.start < sentence.end;
  const experienced = cue >= 0 || ctx.experience.some(inSentence) || ctx.subjects.some(inSentence);
  switch (group.needs) {
    case 'medication':
      return ctx.medication() ? FIRE : suppress('no_medication');
    case 'cue': {
      const before = ctx.folded.slice(Math.max(0, term.start - LOOKBACK), term.start);
      return experienced || INTENSIFIER_BEFORE.test(before) ? FIRE : suppress('no_experience');
    }
    default:
      return experienced || ctx.medication() ? FIRE : suppress('no_experience');
  }
}
