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
const DROPPED = /[,"()[\]{}*\t\u201C\u201D\u00AB\u00BB]/g;
const EXTRA_SPACES = /(^|[ \n]) +/g;
const DROPPED_CODES = new Set([...',"()[]{}*\t\u201C\u201D\u00AB\u00BB'].map((ch) => ch.charCodeAt(0)));
const SPACE = 0x20;
const NEWLINE = 0x0a;

export interface FoldedText {
  folded: string;
  /** origin[i]: index in the message of folded character i. */
  readonly origin: readonly number[];
}

/** Walks the same steps as foldText to map folded characters back to the message. */
function originOf(stripped: string): number[] {
  const origin: number[] = [];
  // Character codes, not one-character strings: the same steps, a dropped character read as a space.
  let last = -1;
  for (let i = 0; i < stripped.length; i++) {
    const raw = stripped.charCodeAt(i);
    const ch = DROPPED_CODES.has(raw) ? SPACE : raw;
    if (ch === SPACE && (origin.length === 0 || last === SPACE || last === NEWLINE)) continue;
    origin.push(i);
    last = ch;
  }
  return origin;
}

/**
 * The message's fold, shared: the guard and the local model's second-stage rules (request, command,
 * slot and information turns, domain words, card requests) each fold the same message, up to six
 * times a request. The last answer is kept, one text at a time as the guard keeps its last scan; the
 * fold is pure and callers only read it, so the same object serves them all (its origin map too).
 */
let lastFold: { text: string; fold: FoldedText } | undefined;

export function foldText(text: string): FoldedText {
  if (lastFold !== undefined && lastFold.text === text) return lastFold.fold;
  const fold = foldUncached(text);
  lastFold = { text, fold };
  return fold;
}

/** Lets go of the last fold (customer text): see forgetLastMessage in safety-guard.ts. */
export function forgetLastFold(): boolean {
  const held = lastFold !== undefined;
  lastFold = undefined;
  return held;
}

/** Hands back a fold made earlier of `text` (see rememberScan in safety-guard.ts): the LLM path's local model runs after other requests folded. */
export const rememberFold = (text: string, fold: FoldedText): void => void (lastFold = { text, fold });

/**
 * The fold of a piece of a message (a clause), without the shared memo: folding a clause through foldText would
 * push the message's own fold out of the memo and make the next reader of the message fold it again.
 */
export const foldPiece = (text: string): FoldedText => foldUncached(text);

function foldUncached(text: string): FoldedText {
  const stripped = lowerAndStrip(text);
  const folded = stripped.replace(DROPPED, ' ').replace(EXTRA_SPACES, '$1');
  let origin: number[] | undefined;
  // Most messages have no signal: the map is only built when a term must be cut from the message.
  return {
    folded,
    get origin() {
      origin ??= folded.length === text.length ? Array.from({ length: folded.length }, (_, i) => i) : originOf(stripped);
      return origin;
    },
  };
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

/** Index of the first span that starts at or after `pos` (spans sorted by start): a binary search. */
export function firstStartAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does any span start in [start, end)? */
export function anyStartIn(spans: readonly Span[], start: number, end: number): boolean {
  return (spans[firstStartAtOrAfter(spans, start)]?.start ?? end) < end;
}
