import { isEmoji, tokenise } from './tokenise.ts';

/**
 * Feature extraction of the local model. Two blocks, each L2-normalised on its own so that long
 * mails (many character n-grams) and one-word chats weigh alike:
 * - words: unigrams and bigrams of folded tokens (the readable part, used to explain a decision);
 * - chars: character n-grams inside word boundaries (`<swel`, `ling>`), robust to typos and
 *   transcription splits ("lisa no pril") and shared across languages.
 */
export interface FeatureConfig {
  word_ngrams: 1 | 2;
  char_ngram_min: number;
  char_ngram_max: number;
  /** Weight of the character block relative to the word block (1). */
  char_weight: number;
  /** Only the first max_chars characters are read: bounds latency on 5,000-character mails. */
  max_chars: number;
}

/** Character n-gram keys start with `~`, which never occurs in a token, so they cannot clash with words. */
export const CHAR_PREFIX = '~';

/** Called once per feature occurrence; `start`/`span` locate the tokens it came from (explanations). */
export type FeatureVisitor = (key: string, start: number, span: number) => void;

export function visitFeatures(tokens: readonly string[], config: FeatureConfig, visit: FeatureVisitor): void {
  const { char_ngram_min: nMin, char_ngram_max: nMax } = config;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    visit(token, i, 1);
    if (config.word_ngrams === 2 && i + 1 < tokens.length) visit(`${token} ${tokens[i + 1]!}`, i, 2);
    if (nMax < nMin || isEmoji(token)) continue;
    const marked = `<${token}>`;
    for (let n = nMin; n <= nMax; n++) {
      for (let s = 0; s + n <= marked.length; s++) visit(CHAR_PREFIX + marked.slice(s, s + n), i, 1);
    }
  }
}

export function tokensFor(text: string, config: FeatureConfig): string[] {
  return tokenise(text.length > config.max_chars ? text.slice(0, config.max_chars) : text);
}

/** Raw feature counts of one text (training: vocabulary and document frequencies). */
export function countFeatures(text: string, config: FeatureConfig): Map<string, number> {
  const counts = new Map<string, number>();
  visitFeatures(tokensFor(text, config), config, (key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  return counts;
}

export interface SparseVector {
  /** Feature ids, ascending. */
  ids: Int32Array;
  values: Float64Array;
}

/**
 * Sublinear TF-IDF, L2-normalised per block: (1 + ln count) * idf, then each block scaled to its
 * weight (words 1, characters `charWeight`). `ids` must be ascending, `counts` aligned with them; feature
 * j's idf is at idf[j * idfStride] (1, or the model's packed features).
 */
// ln of the small counts nearly every feature has, taken from Math.log once: the same numbers, no call per feature.
const SMALL_LOGS = Float64Array.from({ length: 64 }, (_, n) => Math.log(n));
const logOf = (n: number) => (n < 64 && Number.isInteger(n) ? SMALL_LOGS[n]! : Math.log(n));

export function weigh(
  ids: Int32Array,
  counts: ArrayLike<number>,
  idf: ArrayLike<number>,
  isChar: ArrayLike<number>,
  charWeight: number,
  idfStride = 1,
): SparseVector {
  const values = new Float64Array(ids.length);
  let wordNorm = 0;
  let charNorm = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const v = (1 + logOf(counts[k]!)) * idf[id * idfStride]!;
    values[k] = v;
    if (isChar[id] === 1) charNorm += v * v;
    else wordNorm += v * v;
  }
  const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? charWeight / Math.sqrt(charNorm) : 0;
  for (let k = 0; k < ids.length; k++) values[k]! *= isChar[ids[k]!] === 1 ? charScale : wordScale;
  return { ids, values };
}

/**
 * weigh() over the model's packed features whose idf carries the block in its sign (negative: a character
 * n-gram; see CompiledModel.packed): the same values in the same order, with no second array to read.
 * `values` (ids.length long, written whole) may be reused scratch.
 */
export function weighSigned(
  ids: Int32Array,
  counts: ArrayLike<number>,
  signedIdf: ArrayLike<number>,
  charWeight: number,
  idfStride: number,
  values: Float64Array = new Float64Array(ids.length),
): SparseVector {
  let wordNorm = 0;
  let charNorm = 0;
  for (let k = 0; k < ids.length; k++) {
    const signed = signedIdf[ids[k]! * idfStride]!;
    const count = counts[k]!;
    // Most features occur once in a text: (1 + ln 1) * idf is idf itself, bit for bit.
    if (signed < 0) {
      const v = count === 1 ? -signed : (1 + logOf(count)) * -signed;
      charNorm += v * v;
      // Kept negated until the scales are known: the sign says "character n-gram" without reading the model again.
      values[k] = -v;
    } else {
      const v = count === 1 ? signed : (1 + logOf(count)) * signed;
      wordNorm += v * v;
      values[k] = v;
    }
  }
  const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
  const charScale = charNorm > 0 ? charWeight / Math.sqrt(charNorm) : 0;
  for (let k = 0; k < ids.length; k++) {
    const v = values[k]!;
    values[k] = v < 0 ? -v * charScale : v * wordScale;
  }
  return { ids, values };
}

/** Maps string counts onto a vocabulary (unknown features dropped): ascending ids, aligned counts. */
export function countsToIds(counts: Map<string, number>, index: Map<string, number>): { ids: Int32Array; counts: Float64Array } {
  const byId = new Map<number, number>();
  for (const [key, count] of counts) {
    const id = index.get(key);
    if (id !== undefined) byId.set(id, count);
  }
  const ids = Int32Array.from(byId.keys()).sort();
  return { ids, counts: Float64Array.from(ids, (id) => byId.get(id)!) };
}
