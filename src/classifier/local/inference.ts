import { CATEGORIES } from '../../domain.ts';
import { visitCharGrams } from './char-trie.ts';
import { tokensFor, weigh, weighSigned, type SparseVector } from './features.ts';
import { topPhrases } from './evidence.ts';
import { PACKED_STRIDE, bigramOf, type CompiledModel, type TextScratch, type TokenFeatures } from './model.ts';
import { displaySpans, isEmoji } from './tokenise.ts';
import { sortIds } from './id-sort.ts';
import { addNaiveBayes } from './naive-bayes.ts';

const K = CATEGORIES.length;
/** Bound of the per-token cache (~50k distinct tokens: a few MB), so odd input cannot grow it forever. */
const TOKEN_CACHE_MAX = 50_000;

/** One token's unigram, character n-grams and following bigrams: from the cache, or looked up once. */
function featuresOf(model: CompiledModel, token: string): TokenFeatures {
  const cached = model.tokens.get(token);
  if (cached) return cached;
  const charGrams: number[] = [];
  if (!isEmoji(token)) visitCharGrams(model.trie, token, model.features.char_ngram_min, model.features.char_ngram_max, (id) => charGrams.push(id));
  const features: TokenFeatures = { unigram: model.index.get(token) ?? -1, charGrams, bigramWord: model.bigramWords.get(token) ?? -1 };
  if (model.tokens.size < TOKEN_CACHE_MAX) model.tokens.set(token, features);
  return features;
}
const SAFETY = CATEGORIES.indexOf('safety_compliance');

type IntScratch = 'ids' | 'ends' | 'bigrams';
type FloatScratch = 'counts' | 'values' | 'share' | 'perToken';

/** The first n entries of one of the text scratch arrays (grown when short): a view, not a copy; not zeroed. */
function intView(scratch: TextScratch, key: IntScratch, n: number): Int32Array {
  if (scratch[key].length < n) scratch[key] = new Int32Array(Math.max(n, scratch[key].length * 2));
  return scratch[key].subarray(0, n);
}
function floatView(scratch: TextScratch, key: FloatScratch, n: number): Float64Array {
  if (scratch[key].length < n) scratch[key] = new Float64Array(Math.max(n, scratch[key].length * 2));
  return scratch[key].subarray(0, n);
}

/**
 * Linear scores z_k = b_k + sum_j x_j * W[j, k] (shared with the trainer so both agree). W[j, k] is at
 * weights[j * stride + offset + k]: K apart by default, or inside the model's packed features.
 */
export function linearScores(x: SparseVector, weights: ArrayLike<number>, bias: ArrayLike<number>, stride: number = K, offset = 0): number[] {
  const z = [bias[0]!, bias[1]!, bias[2]!];
  for (let k = 0; k < x.ids.length; k++) {
    const base = x.ids[k]! * stride + offset;
    const v = x.values[k]!;
    z[0]! += v * weights[base]!;
    z[1]! += v * weights[base + 1]!;
    z[2]! += v * weights[base + 2]!;
  }
  return z;
}

/** Softmax of z / temperature, numerically stable. */
export function softmax(z: readonly number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface Prediction {
  /** Calibrated probabilities, CATEGORIES order. */
  probabilities: number[];
  /** Scores with the safety bias, before temperature. */
  logits: number[];
  /** Index in CATEGORIES of the most probable class. */
  best: number;
  /** Readable phrases that pushed hardest toward `best`, strongest first. */
  evidence: string[];
}

/** A text's features and scores: what both the category and its explanation are read from. */
interface Scored {
  tokens: string[];
  /** Feature occurrences token by token: ends[t] closes token t's run in occ; bigrams[t] starts at t (or -1). */
  occ: Int32Array;
  ends: Int32Array;
  bigrams: Int32Array;
  ids: Int32Array;
  counts: Float64Array;
  x: SparseVector;
  logits: number[];
  probabilities: number[];
  best: number;
}

/**
 * Scores one (normalised) text. Extracts the same features as `visitFeatures` (the training path)
 * but looks character n-grams up through the trie and counts into the model's scratch arrays.
 * Synchronous and single-threaded, so the scratch space cannot be shared by two calls at once.
 * Without `explain` (the category alone) the occurrences by token are not recorded. The typed arrays it
 * returns are views of the model's scratch (model.scratchText): read them before the next prediction.
 */
function score(model: CompiledModel, text: string, explain = true): Scored {
  const { features, scratchTally: count } = model;
  const tokens = tokensFor(text, features);
  // Occurrences of known features, token by token: ends[t] closes token t's run in `occ`; the
  // bigram starting at token t (or -1) is kept apart because it belongs to two tokens.
  let occ = model.scratchOcc;
  let occLength = 0;
  const scratch = model.scratchText;
  const ends = intView(scratch, 'ends', tokens.length);
  const bigrams = intView(scratch, 'bigrams', tokens.length).fill(-1);
  // Each feature as it is first seen (its tally still 0): sorted into ascending ids below.
  let firstSeen = model.scratchFirstSeen;
  // Counting is written out in the loops below (no closure over the counter): the hottest lines of a classification.
  let distinct = 0;
  // Each token's features are looked up once: as the next token, then as the token of its turn.
  let next = tokens.length > 0 ? featuresOf(model, tokens[0]!) : undefined;
  for (let t = 0; t < tokens.length; t++) {
    const known = next!;
    next = t + 1 < tokens.length ? featuresOf(model, tokens[t + 1]!) : undefined;
    const grams = known.charGrams;
    // At most the token's unigram, its n-grams and the bigram it starts are new.
    if (distinct + grams.length + 2 > firstSeen.length) {
      const grown = new Int32Array(Math.max(firstSeen.length * 2, distinct + grams.length + 2));
      grown.set(firstSeen.subarray(0, distinct));
      firstSeen = model.scratchFirstSeen = grown;
    }
    if (explain && occLength + grams.length + 1 > occ.length) {
      const grown = new Int32Array(Math.max(occ.length * 2, occLength + grams.length + 1));
      grown.set(occ.subarray(0, occLength));
      occ = model.scratchOcc = grown;
    }
    const unigram = known.unigram;
    if (unigram >= 0) {
      if (count[unigram] === 0) firstSeen[distinct++] = unigram;
      count[unigram]! += 1;
      if (explain) occ[occLength++] = unigram;
    }
    for (let g = 0; g < grams.length; g++) {
      const id = grams[g]!;
      if (count[id] === 0) firstSeen[distinct++] = id;
      count[id]! += 1;
      if (explain) occ[occLength++] = id;
    }
    ends[t] = occLength;
    if (features.word_ngrams === 2 && next !== undefined && known.bigramWord >= 0 && next.bigramWord >= 0) {
      const bigram = bigramOf(model.bigrams, known.bigramWord, next.bigramWord);
      if (bigram >= 0) {
        if (count[bigram] === 0) firstSeen[distinct++] = bigram;
        count[bigram]! += 1;
        bigrams[t] = bigram;
      }
    }
  }
  const ids = sortIds(model.idSorter, firstSeen, distinct, intView(scratch, 'ids', distinct));
  const counts = floatView(scratch, 'counts', ids.length);
  // With `explain`, the tally is left holding each feature's position in `ids` (predict reads its share by
  // it, then zeroes it): the tally's lines of these features are in cache, a second per-feature array's not.
  for (let k = 0; k < ids.length; k++) {
    counts[k] = count[ids[k]!]!;
    count[ids[k]!] = explain ? k : 0;
  }

  // Read from the packed features (model.ts): a feature's idf and weights in one cache line.
  const x = model.charInSign
    ? weighSigned(ids, counts, model.packed, features.char_weight, PACKED_STRIDE, floatView(scratch, 'values', ids.length))
    : weigh(ids, counts, model.packed, model.isChar, features.char_weight, PACKED_STRIDE);
  const logits = linearScores(x, model.packed, model.bias, PACKED_STRIDE, 1);
  if (model.naiveBayes) addNaiveBayes(logits, ids, ids.length, model.naiveBayes.table, model.isChar, model.naiveBayes.weight);
  logits[SAFETY]! += model.safetyBias;
  const probabilities = softmax(logits, model.temperature);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return { tokens, occ, ends, bigrams, ids, counts, x, logits, probabilities, best };
}

/** predict(...)'s probabilities and best class without the explanation. */
export function predictScores(model: CompiledModel, text: string): Pick<Prediction, 'probabilities' | 'best'> {
  const { probabilities, best } = score(model, text, false);
  return { probabilities, best };
}

/** The scores and the words that explain them (see score()). */
export function predict(model: CompiledModel, text: string): Prediction {
  const { features, scratchTally: position } = model;
  const { tokens, occ, ends, bigrams, ids, counts, x, logits, probabilities, best } = score(model, text);
  // Contribution of each feature toward `best` against the mean of the other classes, spread over
  // the tokens it came from, so the explanation names words rather than n-grams. score() left each
  // feature's position in `ids` in the tally: `share` is read through it, and the tally zeroed below.
  const share = floatView(model.scratchText, 'share', ids.length);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * PACKED_STRIDE + 1;
    let others = 0;
    for (let c = 0; c < K; c++) if (c !== best) others += model.packed[base + c]!;
    share[k] = (x.values[k]! * (model.packed[base + best]! - others / (K - 1))) / counts[k]!;
  }
  const perToken = floatView(model.scratchText, 'perToken', tokens.length).fill(0);
  let o = 0;
  for (let t = 0; t < tokens.length; t++) {
    for (; o < ends[t]!; o++) perToken[t]! += share[position[occ[o]!]!]!;
    const bigram = bigrams[t]!;
    if (bigram >= 0) {
      perToken[t]! += share[position[bigram]!]! / 2;
      perToken[t + 1]! += share[position[bigram]!]! / 2;
    }
  }
  for (let k = 0; k < ids.length; k++) position[ids[k]!] = 0;
  const shown = displaySpans(text.length > features.max_chars ? text.slice(0, features.max_chars) : text, tokens.length);
  return { probabilities, logits, best, evidence: topPhrases(tokens, perToken, 3, shown) };
}
