import { CATEGORIES, isCategory, type Category } from '../domain.ts';

/** One output token as the chat completions API reports it with `logprobs: true`. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  top_logprobs?: Array<{ token: string; logprob: number }> | null | undefined;
}

export interface CategoryProbabilities {
  category: Category;
  /** Probability of the tokens of the category value: the product of their token probabilities. */
  confidence: number;
  /** The chosen category's probability and the mass of each alternative seen at the tokens where they part. */
  scores: Partial<Record<Category, number>>;
}

const CATEGORY_VALUE = /"category"\s*:\s*"/;

/** The categories an alternative token leads to, given the value written so far. */
function reachedBy(written: string, alternative: string, chosen: Category): Category[] {
  const quote = alternative.indexOf('"');
  const candidate = written + (quote === -1 ? alternative : alternative.slice(0, quote));
  if (candidate === written && quote === -1) return [];
  return CATEGORIES.filter((c) => c !== chosen && (quote === -1 ? c.startsWith(candidate) : c === candidate));
}

/**
 * The model's own probability for the category it wrote, read from the token log-probabilities
 * instead of the number it verbalises (verbalised confidence is poorly calibrated). By the chain rule
 * the value's probability is the product of its tokens' probabilities; where an alternative token at
 * one of them spells the start of another category, its mass (times the path so far) goes to that one.
 * Returns undefined when the tokens do not contain the category value (no logprobs, another format).
 */
export function categoryFromLogprobs(tokens: readonly TokenLogprob[] | null | undefined): CategoryProbabilities | undefined {
  if (!tokens || tokens.length === 0) return undefined;
  const text = tokens.map((t) => t.token).join('');
  const opening = CATEGORY_VALUE.exec(text);
  if (!opening) return undefined;
  const start = opening.index + opening[0].length;
  const end = text.indexOf('"', start);
  const category = text.slice(start, end);
  if (end === -1 || !isCategory(category)) return undefined;

  const scores: Partial<Record<Category, number>> = {};
  let path = 1;
  let offset = 0;
  for (const token of tokens) {
    const from = offset;
    offset += token.token.length;
    if (offset <= start || from >= end) continue;
    // The part of this token before the value (e.g. a quote) must be spelled by an alternative too.
    const lead = from < start ? text.slice(from, start) : '';
    const written = text.slice(start, Math.max(from, start));
    for (const alt of token.top_logprobs ?? []) {
      if (alt.token === token.token || !alt.token.startsWith(lead)) continue;
      const targets = reachedBy(written, alt.token.slice(lead.length), category);
      for (const target of targets) scores[target] = (scores[target] ?? 0) + (path * Math.exp(alt.logprob)) / targets.length;
    }
    path *= Math.exp(token.logprob);
  }
  const confidence = Math.min(1, Math.max(0, path));
  return { category, confidence, scores: { ...scores, [category]: confidence } };
}
