import { DETECTORS } from './redact/detectors.ts';
import { PII_TOKENS, type PiiKind, type PiiSpan } from './redact/kinds.ts';
import { findNames } from './redact/names.ts';
import { findInContext } from './redact/context.ts';
import { maskEchoes } from './redact/echoes.ts';
import { findPeople } from './redact/people.ts';
import { findRelatives } from './redact/relatives.ts';
import { CLINICIAN_BEFORE, findSpokenNames, tokenize } from './redact/spoken-names.ts';

/**
 * PII redaction for everything that leaves the request: logs, metrics labels, ticket descriptions and
 * the compliance narrative. Errs on the side of masking, but keeps the numbers triage needs (doses,
 * quantities, times, years, store numbers). The cue before a value stays ("dob [DOB]") so a redacted
 * message still reads as what the customer asked.
 * @see https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/ (Safe Harbor identifiers)
 */
export type { PiiKind, PiiSpan } from './redact/kinds.ts';
export { PII_KINDS, PII_TOKENS } from './redact/kinds.ts';

function collect(text: string): PiiSpan[] {
  const found: Array<PiiSpan & { rank: number }> = [];
  DETECTORS.forEach(({ kind, re, accept, requires }, rank) => {
    if (requires !== undefined && !(typeof requires === 'string' ? text.includes(requires) : requires.test(text))) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m.indices?.groups?.['v'];
      const [start, end] = value ?? [m.index, m.index + m[0].length];
      // A rejected match resumes after itself rather than one character on: linear time over the input.
      if (accept && !accept(text.slice(start, end))) continue;
      found.push({ kind, start, end, rank });
    }
  });
  for (const span of findNames(text)) found.push({ ...span, rank: DETECTORS.length });
  const tokens = tokenize(text);
  // A clinician named with a title ("dr patel", "Dr. Samuel") stays: the prescriber, not the customer.
  const byName = (span: PiiSpan) => !CLINICIAN_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start));
  for (const span of [...findPeople(text), ...findRelatives(text), ...findSpokenNames(text, tokens)]) if (byName(span)) found.push({ ...span, rank: DETECTORS.length + 1 });
  for (const span of findInContext(text, found)) found.push({ ...span, rank: DETECTORS.length + 2 });
  // Leftmost-longest wins so no tail of a longer match stays visible; the detector order breaks ties.
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: PiiSpan[] = [];
  let covered = 0;
  for (const { kind, start, end } of found) {
    const last = kept[kept.length - 1];
    if (last && start < covered) {
      // Overlapping detections merge, so the tail of the later one is masked too.
      if (end > covered) last.end = covered = end;
      continue;
    }
    kept.push({ kind, start, end });
    covered = end;
  }
  return kept;
}

/** Where the personal data in `text` is, in order, without overlaps; offsets are UTF-16 indices. */
export function findPii(text: string): Array<{ kind: PiiKind; start: number; end: number }> {
  if (text.length === 0) return [];
  return collect(text);
}

/** `text` with every personal datum replaced by its kind's token ("[PHONE]"); idempotent. */
export function redactPii(text: string): string {
  return mask(text, findPii(text));
}

function mask(text: string, spans: readonly PiiSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { kind, start, end } of spans) {
    out += text.slice(at, start) + PII_TOKENS[kind];
    at = end;
  }
  return out + text.slice(at);
}

/**
 * `source` redacted, and a redactor for texts derived from it (a summary, a reasoning line, a case
 * fact): each is redacted, and every identifier found in `source` is masked where the derived text
 * repeats it without its cue or cuts it short at its end. `source` is scanned once.
 */
export function redactWithEchoes(source: string): { redacted: string; derived: (text: string) => string } {
  const spans = findPii(source);
  return { redacted: mask(source, spans), derived: (text) => maskEchoes(redactPii(text), source, spans) };
}
