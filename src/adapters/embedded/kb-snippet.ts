import { termsOf } from './kb-text.ts';

/** The port promises about 300 characters at most; the ellipsis counts toward them. */
export const SNIPPET_MAX_CHARS = 300;
// A sentence that is too short to stand alone ("Bring your insurance card.") takes its neighbour.
const SHORT_SENTENCE_CHARS = 120;
// Sentence end: . ! or ? then space and a capital, digit or opening mark; not after a capital
// initial ("U.S. Department"), and "9 a.m. to 5 p.m." stays whole because "to" is lower case.
// Nor after a title or a common abbreviation ("Dr. Patel", "St. Louis"), nor before a time zone
// ("before 2 p.m. Eastern time"): a snippet must start where a sentence starts.
const SENTENCE_END =
  /(?<!\b\p{Lu}\.)(?<!\b(?:Dr|Mr|Mrs|Ms|St|Mt|No|vs|approx|e\.g|i\.e)\.)(?<=[.!?])\s+(?!(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)\b|[ECMP][SD]?T\b)(?=[\p{Lu}\p{N}"'(¿¡])/u;
// A sentence that gives clock times answers "when do you open / close", "what time", "hours".
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|noon|midnight)/i;
const CLOCK_TERMS = termsOf('open close hours time');

export interface Sentence {
  text: string;
  paragraph: number;
  terms: ReadonlySet<string>;
}

/** Splits a body into sentences once, at start-up, with their index terms for later scoring. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  body.split(/\n\s*\n/).forEach((paragraph, index) => {
    for (const part of paragraph.replace(/\s+/g, ' ').trim().split(SENTENCE_END)) {
      const text = part.trim();
      if (text.length === 0) continue;
      const terms = new Set(termsOf(text));
      if (CLOCK_TIME.test(text)) for (const term of CLOCK_TERMS) terms.add(term);
      sentences.push({ text, paragraph: index, terms });
    }
  });
  return sentences;
}

interface Window {
  start: number;
  end: number;
  score: number;
  length: number;
}

/**
 * The one or two adjacent sentences that cover the most (and the rarest) matched terms; two only
 * when the second adds a term the first lacks. Falls back to the opening of the article.
 */
export function pickSnippet(
  sentences: readonly Sentence[],
  matched: ReadonlySet<string>,
  weight: (term: string) => number,
): string {
  const scoreOf = (terms: Iterable<string>): number => {
    let score = 0;
    for (const term of terms) if (matched.has(term)) score += weight(term);
    return score;
  };
  let best: Window | undefined;
  const consider = (candidate: Window): void => {
    if (candidate.score <= 0) return;
    const better =
      best === undefined ||
      candidate.score > best.score + 1e-9 ||
      // Equal cover: the earlier window, where articles introduce their topic, and then the shorter.
      (Math.abs(candidate.score - best.score) <= 1e-9 && candidate.start === best.start && candidate.length < best.length);
    if (better) best = candidate;
  };
  sentences.forEach((sentence, i) => {
    const own = scoreOf(sentence.terms);
    consider({ start: i, end: i, score: own, length: sentence.text.length });
    const next = sentences[i + 1];
    if (next === undefined || next.paragraph !== sentence.paragraph) return;
    const length = sentence.text.length + 1 + next.text.length;
    if (length <= SNIPPET_MAX_CHARS) {
      // The pair's terms without building their union: the next sentence's terms the first lacks,
      // added in the order a union would list them, so the sum is the same to the last bit.
      let score = own;
      for (const term of next.terms) if (!sentence.terms.has(term) && matched.has(term)) score += weight(term);
      consider({ start: i, end: i + 1, score, length });
    }
  });
  const chosen = best ?? { start: 0, end: 0, score: 0, length: sentences[0]?.text.length ?? 0 };
  return truncate(extendShort(sentences, chosen));
}

function extendShort(sentences: readonly Sentence[], window: Window): string {
  const texts = sentences.slice(window.start, window.end + 1).map((s) => s.text);
  const text = texts.join(' ');
  if (window.start !== window.end || text.length >= SHORT_SENTENCE_CHARS) return text;
  const current = sentences[window.start];
  const next = sentences[window.end + 1];
  const previous = sentences[window.start - 1];
  const fits = (other: Sentence | undefined): other is Sentence =>
    other !== undefined && other.paragraph === current?.paragraph && text.length + 1 + other.text.length <= SNIPPET_MAX_CHARS;
  if (fits(next)) return `${text} ${next.text}`;
  if (fits(previous)) return `${previous.text} ${text}`;
  return text;
}

function truncate(text: string): string {
  if (text.length <= SNIPPET_MAX_CHARS) return text;
  const room = text.slice(0, SNIPPET_MAX_CHARS - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > SNIPPET_MAX_CHARS / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.!?-]+$/u, '')}…`;
}
