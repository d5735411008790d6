/**
 * The maintained safety lexicon: every group of words the guard scans for, in one list. Each group
 * names its signal kind and how a match is judged (see safety/lexicon-types.ts and safety/judge.ts).
 * To extend it, add a pattern to the right group's file under safety/ and a test case.
 */
import { EXPERIENCE_CUES, SUBJECT_CUES } from './safety/cues.ts';
import { GENERAL_MARKERS, TOPIC_MARKERS } from './safety/markers.ts';
import { MEDICATION_WORDS } from './safety/medication.ts';
import { NEGATORS } from './safety/negation.ts';
import { createScanner } from './safety/scanner.ts';
import type { Span } from './safety/text.ts';
import type { LexiconGroup } from './safety/lexicon-types.ts';
import { COMPLAINTS_EN, REACTION_WORDS_EN, SYMPTOMS_EN } from './safety/lexicon-symptoms.ts';
import {
  COMPLAINTS_ES,
  REACTION_EVENTS,
  REACTION_WORDS_ES,
  SERIOUS_OUTCOMES,
  SYMPTOMS_ES,
  SYMPTOMS_OTHER,
} from './safety/lexicon-reactions.ts';
import { MEDICATION_ERROR, OVERDOSE, PRODUCT_QUALITY } from './safety/lexicon-events.ts';
import { EMERGENCY, SELF_HARM, SUICIDE_TOPIC } from './safety/lexicon-harm.ts';
import { FRAUD, FRAUD_DENIED_CHARGE, LEGAL, PRIVACY_BREACH } from './safety/lexicon-compliance.ts';
import { CASE_REPORT, CASE_REPORT_LINK } from './safety/lexicon-reports.ts';
import { CHANGES_EN } from './safety/lexicon-changes.ts';
import { CONSUMER_EFFECTS_EN } from './safety/lexicon-consumer.ts';
import { SYMPTOM_WORDS, misspeltSpans } from './safety/misspelt.ts';
import { NEAR_WORDS } from './safety/misspelt-near.ts';

export type { LexiconGroup, MatchMode, Requirement } from './safety/lexicon-types.ts';

/** Order matters only for reporting: crisis kinds first, so decision_path leads with them. */
export const SAFETY_LEXICON: readonly LexiconGroup[] = [
  SELF_HARM,
  SUICIDE_TOPIC,
  EMERGENCY,
  OVERDOSE,
  MEDICATION_ERROR,
  PRODUCT_QUALITY,
  REACTION_EVENTS,
  CASE_REPORT,
  CASE_REPORT_LINK,
  SYMPTOMS_EN,
  COMPLAINTS_EN,
  CONSUMER_EFFECTS_EN,
  CHANGES_EN,
  REACTION_WORDS_EN,
  SYMPTOMS_ES,
  COMPLAINTS_ES,
  REACTION_WORDS_ES,
  SYMPTOMS_OTHER,
  SERIOUS_OUTCOMES,
  PRIVACY_BREACH,
  FRAUD,
  FRAUD_DENIED_CHARGE,
  LEGAL,
];

/** The context sets scanned with the lexicon, in the same pass (see safety/context.ts). */
const CONTEXT_SETS = [EXPERIENCE_CUES, SUBJECT_CUES, GENERAL_MARKERS, TOPIC_MARKERS, NEGATORS, MEDICATION_WORDS];

export interface MessageSpans {
  /** Matches of SAFETY_LEXICON[i], in text order. */
  lexicon: Span[][];
  experience: Span[];
  subjects: Span[];
  markers: Span[];
  topicMarkers: Span[];
  negators: Span[];
  medicationWords: Span[];
}

// Built once at module load: one sticky regex per literal word prefix, all sets in each (see scanner.ts).
const scanner = createScanner([...SAFETY_LEXICON.map((g) => g.patterns), ...CONTEXT_SETS]);

/**
 * One pass over a folded message for every lexicon group and every context set. The guard and the second
 * stage's praise reading (benefit.ts) scan the same message in one request: the last answer is kept, as the
 * guard keeps its last scan. Callers only read the spans.
 */
export function scanMessage(folded: string): MessageSpans {
  if (lastScan !== undefined && lastScan.folded === folded) return lastScan.spans;
  const spans = scanOnce(folded);
  lastScan = { folded, spans };
  return spans;
}

let lastScan: { folded: string; spans: MessageSpans } | undefined;

/** Lets go of the last message's spans (its folded text with them): see forgetLastMessage in safety-guard.ts. */
export function forgetLastSpans(): boolean {
  const held = lastScan !== undefined;
  lastScan = undefined;
  return held;
}

// The lexicon group each symptom word of misspelt.ts belongs to: the first that matches the whole word.
const GROUP_OF_SYMPTOM = new Map(
  SYMPTOM_WORDS.flatMap((word) => {
    const index = scanner(word).findIndex((spans, i) => i < SAFETY_LEXICON.length && spans.some((s) => s.start === 0 && s.end === word.length));
    return index >= 0 ? [[word, index] as const] : [];
  }),
);
const SYMPTOM_GROUPS = new Set(GROUP_OF_SYMPTOM.values());

/** A misspelt symptom word ("diahharea") is filed as a match of its symptom word's group (misspelt.ts). */
function addMisspelt(folded: string, lexicon: Span[][]): void {
  const taken = [...SYMPTOM_GROUPS].flatMap((i) => lexicon[i] ?? []);
  for (const { span, symptom } of misspeltSpans(folded, taken, NEAR_WORDS)) {
    const spans = lexicon[GROUP_OF_SYMPTOM.get(symptom) ?? -1];
    if (spans === undefined) continue;
    spans.push(span);
    spans.sort((a, b) => a.start - b.start);
  }
}

function scanOnce(folded: string): MessageSpans {
  const found = scanner(folded);
  addMisspelt(folded, found);
  const context = found.slice(SAFETY_LEXICON.length);
  const [experience = [], subjects = [], markers = [], topicMarkers = [], negators = [], medicationWords = []] = context;
  return { lexicon: found.slice(0, SAFETY_LEXICON.length), experience, subjects, markers, topicMarkers, negators, medicationWords };
}
