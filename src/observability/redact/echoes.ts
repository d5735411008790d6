import { PII_TOKENS, type PiiSpan } from './kinds.ts';

/**
 * A summary, a reasoning line or a case fact written from a message can repeat its identifiers
 * without the cue that made them recognisable ("Maria Lopez, 14 March 1962, wants a refill"), or cut
 * one short at its end ("call 555-201-88…"). Every value found in the source is masked wherever the
 * derived text repeats it, and a value's beginning is masked when the derived text ends on it.
 */
const MIN_ECHO = 3;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flexible = (value: string) => escape(value).replace(/\s+/g, String.raw`\s+`);
const TAIL = /(?<![\s.…])[\s.…]*$/u;
// Letters and digits, Latin with accents included, without the u flag (cheaper to compile per value).
const WORD_CHAR = String.raw`[A-Za-z0-9\u00C0-\u024F]`;
const IS_WORD_CHAR = new RegExp(WORD_CHAR);

export function maskEchoes(text: string, source: string, spans: readonly PiiSpan[]): string {
  const pairs: Array<[string, PiiSpan['kind']]> = [];
  for (const s of spans) {
    const value = source.slice(s.start, s.end).trim().toLowerCase();
    pairs.push([value, s.kind]);
    // "Maria" alone in a summary is still Maria Lopez.
    if (s.kind === 'name') for (const part of value.split(/\s+/)) pairs.push([part, s.kind]);
  }
  const values = [...new Map(pairs).entries()].filter(([v]) => v.length >= MIN_ECHO);
  if (values.length === 0) return text;
  let out = text;
  // Longest first, so "maria lopez" is masked whole before "maria" could split it.
  values.sort((a, b) => b[0].length - a[0].length);
  for (const [value, kind] of values) {
    // Most values are not repeated: look for the first word before compiling a pattern for the value.
    if (!out.toLowerCase().includes(value.split(/\s/, 1)[0]!)) continue;
    out = out.replace(new RegExp(String.raw`(?<!${WORD_CHAR})${flexible(value)}(?!${WORD_CHAR})`, 'gi'), PII_TOKENS[kind]);
  }
  const body = out.slice(0, out.length - (TAIL.exec(out)?.[0].length ?? 0));
  const lower = body.toLowerCase();
  for (const [value, kind] of values) {
    for (let k = Math.min(value.length - 1, lower.length); k >= MIN_ECHO; k--) {
      const at = lower.length - k;
      if (lower.endsWith(value.slice(0, k)) && (at === 0 || !IS_WORD_CHAR.test(lower[at - 1]!))) {
        return `${out.slice(0, at)}${PII_TOKENS[kind]}${out.slice(body.length)}`;
      }
    }
  }
  return out;
}
