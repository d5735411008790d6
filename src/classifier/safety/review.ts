import { SAFETY_LEXICON, type MessageSpans } from '../safety-lexicon.ts';
import type { Span } from './text.ts';

/**
 * Review-style side-effect statements: patients list what a medicine did to them without naming it
 * or saying "I" ("Insomnia, dry mouth, appetite loss.", "Mild drowsiness.", "the only side effect
 * for me was weight gain"). Such a statement reports an adverse event (LABELING.md, "review
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
function symptomSpans(spans: MessageSpans): Span[] {
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
export function isSymptomStatement(folded: string, spans: MessageSpans, markers: readonly Span[]): boolean {
  if (folded.includes('?')) return false;
  // "side effects were mild upset stomach, insomnia if taken before bed": the frame outweighs an "if".
  if (REVIEW_FRAME.test(folded)) return true;
  if (markers.length > 0 || folded.length > LIST_MAX_CHARS) return false;
  const found = symptomSpans(spans);
  if (found.length === 0) return false;
  if (isSymptomList(folded, found, folded.length)) return true;
  const but = BUT_CLAUSE.exec(folded);
  if (but === null) return false;
  const before = found.filter((s) => s.end <= but.index);
  return before.length >= 2 && isSymptomList(folded, before, but.index);
}

/** The symptoms `found` cover enough of `folded` up to `end` to make it a list of them. */
function isSymptomList(folded: string, found: readonly Span[], end: number): boolean {
  const qualifier = QUALIFIER_BEFORE.exec(folded.slice(Math.max(0, found[0]!.start - 20), found[0]!.start));
  const covered = found.reduce((sum, s) => sum + letters(folded.slice(s.start, s.end)), 0) + letters(qualifier?.[0] ?? '');
  if (covered < LIST_COVERAGE * letters(folded.slice(0, end))) return false;
  return found.length >= 2 || qualifier !== null || QUALIFIED_PHRASE.test(folded.slice(found[0]!.start, found[0]!.end));
}
