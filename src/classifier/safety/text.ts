/**
 * Text preparation for the safety guard: lowercase, no accents, straight apostrophes, no commas,
 * quotes or brackets, one space between words ("daily, now" reads "daily now" for the patterns). An
 * index map leads from every folded character back to the message, where terms are cut from.
 */

// Latin letters with diacritics (and the combining-mark-free ones NFD cannot split) in the BMP.
const ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const NO_DECOMPOSITION: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 's', æ: 'a', œ: 'o' };

function foldChar(ch: string): string {
  const base = ch.normalize('NFD')[0] ?? ch;
  return base === ch ? (NO_DECOMPOSITION[ch] ?? ch) : base;
}

function lowerAndStrip(text: string): string {
  let lower = text.toLowerCase();
  // A few characters change length when lowercased (İ); fold those one by one to keep indexes aligned.
  if (lower.length !== text.length) {
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join('');
  }
  return lower.replace(APOSTROPHES, "'").replace(ACCENTED, foldChar);
}

// Dropped like spaces: they never carry meaning for the lexicon and would split "daily, now".
const DROPPED = new Set([...',"()[]{}*\u201C\u201D\u00AB\u00BB']);

export interface FoldedText {
  folded: string;
  /** origin[i]: index in the message of folded character i. */
  origin: number[];
}

export function foldText(text: string): FoldedText {
  const stripped = lowerAndStrip(text);
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < stripped.length; i++) {
    let ch = stripped[i] ?? ' ';
    if (DROPPED.has(ch) || ch === '\t') ch = ' ';
    if (ch === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ' || chars[chars.length - 1] === '\n')) continue;
    chars.push(ch);
    origin.push(i);
  }
  return { folded: chars.join(''), origin };
}

/** The message text under a folded span. */
export function originalText(text: string, origin: readonly number[], span: Span): string {
  const start = origin[span.start] ?? 0;
  const end = (origin[span.end - 1] ?? start) + 1;
  return text.slice(start, end);
}

// Sentence ends: . ! ? ; … and line breaks. A dot between digits (2.5mg) or letters (e.r.) is not one.
const SENTENCE_END = /[!?;\n\u2026\u3002\uff01\uff1f]|\.(?=\s|$)/g;

/** Sorted indexes of sentence-ending characters. */
export function sentenceBreaks(folded: string): number[] {
  const breaks: number[] = [];
  for (const m of folded.matchAll(SENTENCE_END)) breaks.push(m.index);
  return breaks;
}

export interface Span {
  start: number;
  end: number;
}

/** The sentence (start inclusive, end exclusive) that contains the span. */
export function sentenceOf(breaks: readonly number[], span: Span, length: number): Span {
  let start = 0;
  let end = length;
  for (const b of breaks) {
    if (b < span.start) start = b + 1;
    else if (b >= span.end) {
      end = b;
      break;
    }
  }
  return { start, end };
}

/** All matches of a global regex as spans. */
export function spansOf(re: RegExp, folded: string): Span[] {
  const spans: Span[] = [];
  for (const m of folded.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * Compiles alternatives into one global regex bounded by ASCII word edges (the text is folded, so
 * accented Latin letters are ASCII by now; CJK terms need no edges and the edges never block them).
 */
export function compileAlternatives(patterns: readonly RegExp[]): RegExp {
  const body = patterns.map((p) => p.source).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, 'g');
}
