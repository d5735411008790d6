import type { SafetyScan, SafetySignal, SuppressionReason } from './safety-types.ts';
import { forgetLastSpans, SAFETY_LEXICON, scanMessage, type MessageSpans } from './safety-lexicon.ts';
import { readsAsBenefit } from './safety/benefit.ts';
import { forgetCaseReportFold } from './safety/case-report.ts';
import { prepareContext } from './safety/context.ts';
import { namesOnlyIllness } from './safety/illness-course.ts';
import { judge } from './safety/judge.ts';
import { foldText, forgetLastFold, originalText } from './safety/text.ts';

interface Finding {
  signal: SafetySignal;
  key: string;
  start: number;
  always: boolean;
  /** A symptom word (adverse_event, mode symptom), the only kind a benefit statement can name. */
  symptom: boolean;
}

// A mail subject names the topic of its body: "Subject: Double dose of Tylenol" over a body that asks in
// general ("if a toddler gets a double dose, is that dangerous?") is no more a report than the body.
const SUBJECT_LINE = /^subject:[^\n]*/;
const GENERAL_BODY = /\b(?:general question|just curious|in general|asking for a friend|hypothetical)/;

// A reply's subject ("Re: Your adverse event report #AE-20931") names an earlier thread. When the body says
// that is over ("all cleared up months ago") and tells of nothing coming back, the subject is history;
// anything the body itself reports still fires on its own.
const REPLY_SUBJECT = /^subject:\s*(?:(?:re|aw|sv|rv|res)\s*:\s*)+/;
const RESOLVED_BODY =
  /(?<![a-z])(?:resolved|all (?:good|fine|sorted|cleared up|done|better)|(?:all |been |got |is |it'?s |that'?s )sorted|cleared up|turned out|(?:months|years|weeks|a year|a month) ago|last (?:year|month)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the fall|the winter)|(?:was|is|been) closed|nothing to do with|no (?:new )?(?:issues|problems|symptoms) since|fine ever since|replacement arrived|all done with|turned out fine)(?![a-z])/;
const RECURRENCE =
  /(?<![a-z])(?:again|came back|coming back|is back|returned|worse|recurr\w*|another (?:reaction|episode|one)|new (?:symptoms?|reaction|rash)|still (?:have|having|get|getting|itch\w*|hurts?|swollen|dizzy|sick))(?![a-z])/;

function demoteSubjectLine(folded: string, fired: Finding[], quiet: Finding[]): void {
  const subject = SUBJECT_LINE.exec(folded);
  if (subject === null) return;
  const inSubject = (f: Finding) => f.start < subject[0].length;
  const body = folded.slice(subject[0].length);
  const generalBody = GENERAL_BODY.test(body);
  const resolvedThread = REPLY_SUBJECT.test(subject[0]) && RESOLVED_BODY.test(body) && !RECURRENCE.test(body);
  for (const f of [...fired]) {
    if (!inSubject(f) || f.always) continue;
    const kind = f.signal.kind;
    if (fired.some((o) => !inSubject(o) && o.signal.kind === kind)) continue;
    const bodyQuiet = quiet.find((o) => !inSubject(o) && o.signal.kind === kind);
    if (bodyQuiet === undefined && !generalBody && !resolvedThread) continue;
    fired.splice(fired.indexOf(f), 1);
    const reason = bodyQuiet?.signal.reason ?? (resolvedThread ? 'resolved_thread' : 'general_question');
    quiet.push({ ...f, signal: { ...f.signal, reason } });
  }
}

/**
 * "Prozac stopped my panic attacks", "It eliminated my migraines and the nausea with them": a statement
 * that only credits a medicine with what it relieved names symptoms as what the medicine is for
 * (safety/benefit.ts; LABELING.md, review sentence). Its symptoms are quiet as a treatment mention.
 */
function quietBenefit(folded: string, spans: MessageSpans, namesMedicine: () => boolean, fired: Finding[], quiet: Finding[]): void {
  if (fired.length === 0 || !fired.every((f) => f.symptom) || !readsAsBenefit(folded, () => spans, namesMedicine)) return;
  for (const f of fired.splice(0)) quiet.push({ ...f, signal: { ...f.signal, reason: 'indication' } });
}

/**
 * "I couldn't get out of bed for months before I started", "didnt touch my depression even at the max dose": a
 * review sentence that tells the illness's own course, or a medicine that did not relieve it, names its symptoms
 * as what the medicine is for (safety/illness-course.ts; LABELING.md, review sentence). Its symptoms are quiet as
 * a treatment mention; anything that ties a symptom to the medicine leaves them to fire.
 */
function quietIllnessCourse(folded: string, fired: Finding[], quiet: Finding[]): void {
  if (fired.length === 0 || !fired.every((f) => f.symptom) || !namesOnlyIllness(folded, fired)) return;
  for (const f of fired.splice(0)) quiet.push({ ...f, signal: { ...f.signal, reason: 'indication' } });
}

function unique(findings: readonly Finding[]): SafetySignal[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.key) && seen.add(f.key)).map((f) => f.signal);
}

/**
 * Step 2 of triage: a deterministic scan for safety signals that runs on every message, whatever the
 * classifier says. A missed adverse event is the worst error, so it leans to firing:
 * - self-harm and emergencies fire whatever the phrasing, questions included;
 * - an event phrase ("took two doses by mistake", "someone used my insurance") fires unless negated
 *   or asked as a general question ("what happens if I take two doses");
 * - a symptom fires when somebody is having it (an experience cue: "since I started", "my son",
 *   "broke out in") or when a medicine is named ("metformin rash"), unless it is negated ("no rash"),
 *   asked about in general ("can X cause rash"), or names what a medicine treats ("rash cream").
 * A question that carries experience ("is it normal that my face is swelling?") still fires.
 * Pure and synchronous; regexes are compiled once at load and are linear (bounded gaps only).
 */
export function scanSafety(text: string): SafetyScan {
  // One message is scanned by triage and again by the local classifier's second stage: the last
  // answer is kept (the scan is pure; callers only read it).
  if (last !== undefined && last.text === text) return last.scan;
  const scan = scanUncached(text);
  last = { text, scan };
  return scan;
}

let last: { text: string; scan: SafetyScan } | undefined;

/**
 * Hands the guard a scan made earlier of `text` (triage's own), to answer the next scanSafety(text)
 * with: the LLM path classifies with the local model (shadow, fallback) only after the LLM answered,
 * when other requests have scanned since and the last answer is theirs.
 */
export function rememberScan(text: string, scan: SafetyScan): void {
  last = { text, scan };
}

/**
 * Lets go of the last message every one-text memo of the guard holds (its scan, the shared fold, the lexicon's
 * spans, the case-report reading's fold), so that no customer text outlives its request in this process: the app
 * calls it when a response is sent. The memos only save work within a request; a text scanned again is rescanned.
 * Returns whether any memo held a text (for tests).
 */
export function forgetLastMessage(): boolean {
  const held = last !== undefined;
  last = undefined;
  const fold = forgetLastFold();
  const spans = forgetLastSpans();
  const report = forgetCaseReportFold();
  return held || fold || spans || report;
}

function scanUncached(text: string): SafetyScan {
  const prepared = foldText(text);
  const { folded } = prepared;
  const spans = scanMessage(folded);
  if (spans.lexicon.every((matches) => matches.length === 0)) return { fired: false, signals: [], suppressed: [] };
  const ctx = prepareContext(text, prepared, spans);
  const fired: Finding[] = [];
  const quiet: Finding[] = [];
  SAFETY_LEXICON.forEach((group, index) => {
    for (const span of spans.lexicon[index] ?? []) {
      const term = originalText(text, prepared.origin, span);
      const verdict = judge(ctx, group, span);
      const finding = {
        key: `${group.kind}|${folded.slice(span.start, span.end)}`,
        start: span.start,
        always: group.mode === 'always',
        symptom: group.kind === 'adverse_event' && group.mode === 'symptom',
      };
      if (verdict.fired) fired.push({ ...finding, signal: { kind: group.kind, term } });
      else quiet.push({ ...finding, signal: { kind: group.kind, term, reason: verdict.reason } });
    }
  });
  demoteSubjectLine(folded, fired, quiet);
  quietBenefit(folded, spans, () => ctx.medication(), fired, quiet);
  quietIllnessCourse(folded, fired, quiet);
  const signals = unique(fired);
  return { fired: signals.length > 0, signals, suppressed: unique(quiet) };
}

const REASON_TEXT: Record<SuppressionReason, string> = {
  negated: 'negated',
  general_question: 'general question',
  indication: 'treatment mention',
  no_experience: 'no experience cue',
  no_medication: 'no medication mention',
  resolved_thread: 'subject of an earlier, resolved thread',
  clinical_finding: 'clinical finding with no treatment',
  service_thing: 'a card, app, website, document or house, no product or person',
};
const MAX_TERMS = 3;
const MAX_TERM_CHARS = 60;

function clip(term: string): string {
  const oneLine = term.replace(/\s+/g, ' ');
  return oneLine.length > MAX_TERM_CHARS ? `${oneLine.slice(0, MAX_TERM_CHARS - 1)}…` : oneLine;
}

/** "label [a, b], label2 [c]" with the terms grouped under their label, in first-seen order. */
function grouped(items: readonly { label: string; term: string }[]): string {
  const byLabel = new Map<string, string[]>();
  for (const { label, term } of items) {
    const terms = byLabel.get(label) ?? [];
    if (terms.length < MAX_TERMS && !terms.includes(clip(term))) terms.push(clip(term));
    byLabel.set(label, terms);
  }
  return [...byLabel].map(([label, terms]) => `${label} [${terms.join(', ')}]`).join(', ');
}

/**
 * The guard's decision_path fragment, e.g.
 * `safety guard: adverse_event [swelling], overdose [took two doses by mistake] -> safety_compliance` or
 * `safety guard: no signal (suppressed: general question [side effects])`.
 */
export function describeScan(scan: SafetyScan): string {
  const quiet = scan.suppressed.map((s) => ({ label: REASON_TEXT[s.reason ?? 'no_experience'], term: s.term }));
  const suffix = quiet.length > 0 ? ` (suppressed: ${grouped(quiet)})` : '';
  if (!scan.fired) return `safety guard: no signal${suffix}`;
  const fired = grouped(scan.signals.map((s) => ({ label: s.kind, term: s.term })));
  return `safety guard: ${fired} -> safety_compliance${suffix}`;
}
