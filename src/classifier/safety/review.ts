import { SAFETY_LEXICON, type MessageSpans } from '../safety-lexicon.ts';
import type { Span } from './text.ts';

/**
 * Review-style side-effect statements: patients list what a medicine did to them without naming it
 * or saying "I" ("Poor sleep, dry eyes, no appetite.", "Slight drowsiness.", "my one side effect
 * was some weight gain"). Such a statement reports an adverse event (LABELING.md, "review
 * sentence"); a question about the same words is information, so any question mark or general
 * marker in the message rules it out.
 */

/** "the only side effect was ...", "side effects: ...", "side effects I had were ..."; not "no side effects were". */
const REVIEW_FRAME =
  /(?<!(?:no|any|zero|without|few|minimal|little|not have|not had|n'?t have|n'?t had) (?:\S+ )?)(?<![a-z])(?:(?:the|my|his|her) )?(?:(?:only|main|worst|biggest|major|one|first|noticeable|real) )*side ?effects? (?:of (?:\S+ ){1,3}?)?(?:for me |i (?:had|have|got|noticed|experienced|get|felt) |i'?ve (?:had|noticed|experienced|felt) |(?:that )?i (?:have )?(?:experienced|noticed) )?(?:was|were|is|are|has been|have been|included|includes|include|:)(?! (?:listed|common|rare|usually|generally|printed|similar|possible|known|on the|in the|what|why|how)(?![a-z]))|(?:is|was|are|were) (?:the|my) only (?:real |noticeable )?side ?effects?/;

/** A severity or frequency word right before a symptom: "mild drowsiness", "occasional dry mouth". */
/** A symptom phrase that carries its own qualifier: "decreased sex drive", "loss of appetite". */
const QUALIFIED_PHRASE = /^(?:decreased|increased|reduced|lowered|loss of|lost|low|no|inability|unable|can'?t|cannot|couldn'?t|could not|could no longer)(?![a-z])/;

const QUALIFIER_BEFORE =
  /(?<![a-z])(?:mild|mildly|moderate|severe|extreme|extremely|excessive|slight|occasional|constant|continual|persistent|some|terrible|bad|horrible|awful|increased|decreased|major|minor|significant|sometimes|frequent|permanent|temporary)\s$/;

/** Letters covered by at least this share of symptom matches make a message a list of symptoms. */
const LIST_COVERAGE = 0.4;
/**
 * One symptom with no qualifier is a statement when it is nearly the whole text, time words aside:
 * "Drowsiness.", "Sore stomach", "Sleeplessness the first days." (the review-sentence rule of
 * LABELING.md). "I have a headache" keeps its subject and verb: the other rules judge it.
 */
const SINGLE_COVERAGE = 0.8;
/** When the symptom came, as reviews say it: "the first week", "in the morning", "when first taking it". */
const TIME_FRAME =
  /(?<![a-z])(?:(?:for |in |during )?the (?:first|following|next|initial) (?:few )?(?:day|days|week|weeks|month|months|morning|night)|in the (?:beginning|morning|mornings|am|evening|evenings)|the next (?:day|morning)|at (?:first|night|times|the start)|when (?:i )?first (?:taking|taken|started|starting|taking it)|initially|at the beginning|sometimes|occasionally|mainly|mostly|only)(?![a-z])/g;
/** Longer texts are stories, not lists; the model reads them. */
const LIST_MAX_CHARS = 200;

// Symptom words only: a case-report frame ("a 45-year-old man presented") is no symptom of its own.
const SYMPTOM_GROUPS = SAFETY_LEXICON.flatMap((g, i) => (g.kind === 'adverse_event' && g.mode === 'symptom' && !g.name.startsWith('case-report') ? [i] : []));

function letters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** Symptom matches in text order with overlaps merged. */
export function symptomSpans(spans: MessageSpans): Span[] {
  const all = SYMPTOM_GROUPS.flatMap((i) => spans.lexicon[i] ?? []).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of all) {
    const last = merged.at(-1);
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/**
 * "Zero energy, weight gain, brain fog, but it keeps my moods level": a list of symptoms, then a
 * "but" that credits the medicine. The list before the "but" is read on its own (two symptoms at least).
 */
const BUT_CLAUSE =
  /,? but (?:overall |still |otherwise )?(?:(?:it|this|they|this med|the med)(?: still| really| definitely|'s| is| was)? )?(?:works?|worked|helps?|helped|keeps?|kept|worth it|is worth it|effective|does (?:the|its) job|did (?:the|its) job)(?![a-z])/;

/** The message is a review-style statement of side effects (see above). */
export function isSymptomStatement(folded: string, spans: MessageSpans, markers: readonly Span[], breaks: readonly number[]): boolean {
  if (folded.includes('?')) return false;
  // "side effects were a sore stomach, poor sleep if taken late": the frame outweighs an "if".
  if (REVIEW_FRAME.test(folded)) return true;
  const found = symptomSpans(spans);
  if (found.length === 0) return false;
  if (markers.length === 0 && folded.length <= LIST_MAX_CHARS && isStatementIn(folded, found, 0, folded.length)) return true;
  // "Weight loss, decreased appetite. If taken late in the day, it may affect sleep.": the opening
  // sentence is the list; what follows (conditions, advice, a longer story) does not undo it.
  const end = breaks.find((b) => b > 0 && b < folded.length - 1);
  if (end === undefined || end > LIST_MAX_CHARS || markers.some((m) => m.start < end)) return false;
  return isStatementIn(folded, found.filter((s) => s.end <= end), 0, end);
}

/** The text from `start` to `end` states symptoms: a list of them, or a list and a "but" that credits the medicine. */
function isStatementIn(folded: string, found: readonly Span[], start: number, end: number): boolean {
  if (found.length === 0) return false;
  if (isSymptomList(folded, found, start, end)) return true;
  const but = BUT_CLAUSE.exec(folded.slice(start, end));
  if (but === null) return false;
  const before = found.filter((s) => s.end <= start + but.index);
  return before.length >= 2 && isSymptomList(folded, before, start, start + but.index);
}

/** The symptoms `found` cover enough of `folded` from `start` to `end` to make it a list of them. */
function isSymptomList(folded: string, found: readonly Span[], start: number, end: number): boolean {
  const qualifier = QUALIFIER_BEFORE.exec(folded.slice(Math.max(start, found[0]!.start - 20), found[0]!.start));
  const covered = found.reduce((sum, s) => sum + letters(folded.slice(s.start, s.end)), 0) + letters(qualifier?.[0] ?? '');
  const total = letters(folded.slice(start, end));
  // "Dry skin for the first days.": when the symptom came is part of the statement, not other content.
  const timed = [...folded.slice(start, end).matchAll(TIME_FRAME)].reduce((sum, m) => sum + letters(m[0]), 0);
  if (covered + timed < LIST_COVERAGE * total) return false;
  if (found.length >= 2 || qualifier !== null || QUALIFIED_PHRASE.test(folded.slice(found[0]!.start, found[0]!.end))) return true;
  return covered + timed >= SINGLE_COVERAGE * total;
}
