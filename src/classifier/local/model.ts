import { z } from 'zod';
import { CATEGORIES } from '../../domain.ts';
import { buildCharTrie, type CharTrie } from './char-trie.ts';
import { CHAR_PREFIX, type FeatureConfig } from './features.ts';
import { createIdSorter, type IdSorter } from './id-sort.ts';

/**
 * The versioned artifact written by `npm run train` (data/model/local-model.json) and its
 * runtime form. Weights are stored flat, feature-major: weights[j * 3 + k] is feature j, class k,
 * classes in CATEGORIES order.
 */
export const FeatureConfigSchema = z.object({
  word_ngrams: z.union([z.literal(1), z.literal(2)]),
  char_ngram_min: z.number().int().min(1).max(8),
  char_ngram_max: z.number().int().min(0).max(8),
  char_weight: z.number().min(0).max(10),
  max_chars: z.number().int().positive(),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const LocalModelSchema = z
  .object({
    format: z.literal('careroute-local-model'),
    format_version: z.literal(1),
    version: z.string().min(1),
    algorithm: z.string().min(1),
    categories: z.tuple([z.literal(CATEGORIES[0]), z.literal(CATEGORIES[1]), z.literal(CATEGORIES[2])]),
    features: FeatureConfigSchema,
    vocabulary: z.array(z.string().min(1)),
    idf: z.array(finite),
    weights: z.array(finite),
    bias: z.array(finite).length(3),
    temperature: z.number().positive(),
    /** Added to the safety_compliance logit before the softmax (chosen by cross-validation). */
    safety_bias: finite,
    /**
     * The naive Bayes half (naive-bayes.ts), when the model has one: its smoothing, the weight of its scores
     * beside the linear ones, and 3 centred log-probabilities per word feature of the vocabulary, in vocabulary
     * order, character n-grams skipped.
     */
    naive_bayes: z.object({ alpha: z.number().positive(), weight: z.number().min(0), log_probs: z.array(finite) }).optional(),
    hyperparameters: z.record(z.string(), z.unknown()),
    training: z.record(z.string(), z.unknown()),
    metrics: z.record(z.string(), z.unknown()),
  })
  .superRefine((m, ctx) => {
    if (m.idf.length !== m.vocabulary.length) {
      ctx.addIssue({ code: 'custom', path: ['idf'], message: `has ${m.idf.length} entries for ${m.vocabulary.length} features` });
    }
    if (m.weights.length !== m.vocabulary.length * 3) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: `has ${m.weights.length} entries, expected ${m.vocabulary.length * 3}` });
    }
    if (m.naive_bayes) {
      const words = m.vocabulary.filter((key) => !key.startsWith(CHAR_PREFIX)).length;
      if (m.naive_bayes.log_probs.length !== words * 3) {
        ctx.addIssue({ code: 'custom', path: ['naive_bayes', 'log_probs'], message: `has ${m.naive_bayes.log_probs.length} entries, expected ${words * 3} (3 per word feature)` });
      }
    }
  });

export type LocalModel = z.infer<typeof LocalModelSchema>;

/** The model made fast to query: a hash index over the vocabulary and typed arrays. */
export interface CompiledModel {
  version: string;
  features: FeatureConfig;
  vocabulary: readonly string[];
  index: Map<string, number>;
  idf: Float64Array;
  /** 1 where the feature is a character n-gram (second block). */
  isChar: Uint8Array;
  weights: Float64Array;
  /**
   * Per feature j, its idf then its K weights at [j * PACKED_STRIDE ...]: what scoring reads of a feature
   * sits in one cache line instead of two arrays' (the features of a text are scattered over the model).
   * When `charInSign`, a character n-gram's idf is stored negated: its block is read from the same line.
   */
  packed: Float64Array;
  /** Every idf is positive, so the sign of the packed idf can say "character n-gram" (see `packed`). */
  charInSign: boolean;
  bias: Float64Array;
  temperature: number;
  safetyBias: number;
  /** The naive Bayes half (naive-bayes.ts): 3 centred log-probabilities per feature id (0 for character n-grams), and its weight. */
  naiveBayes: { table: Float64Array; weight: number } | undefined;
  trie: CharTrie;
  /** Each feature of one prediction as it is first seen, sorted into ascending ids after (id-sort.ts): grown when a text needs more. */
  scratchFirstSeen: Int32Array;
  idSorter: IdSorter;
  /** One text's per-feature and per-token arrays, reused (inference.ts): a view of them lives until the next prediction. */
  scratchText: TextScratch;
  /**
   * Occurrences per feature while a prediction counts (zeroed as it reads them back, or, for an explanation, left
   * holding each feature's position among the text's ids until predict() zeroes it): 4 bytes a feature, not 8.
   */
  scratchTally: Int32Array;
  /** Feature occurrences of one prediction, token by token: grown when a text needs more. */
  scratchOcc: Int32Array;
  /** A number for each word of a bigram of the vocabulary: bigrams are looked up by the pair. */
  bigramWords: Map<string, number>;
  bigrams: BigramTable;
  /** What inference knows of tokens seen before: words recur, so most lookups and trie walks are skipped. */
  tokens: Map<string, TokenFeatures>;
}

/**
 * Arrays sized by one text's features or tokens, grown to the largest text seen: a typed array beyond 64 bytes
 * gets its own backing store, allocated and later freed by the collector, on each of ~7 arrays a prediction.
 */
export interface TextScratch {
  ids: Int32Array;
  counts: Float64Array;
  values: Float64Array;
  share: Float64Array;
  ends: Int32Array;
  bigrams: Int32Array;
  perToken: Float64Array;
}

/** A token's own features, looked up once per distinct token (inference.ts). */
export interface TokenFeatures {
  /** Feature id of the token as a unigram, or -1. */
  unigram: number;
  /** Ids of its character n-grams, in visiting order. */
  charGrams: readonly number[];
  /** This token's number as a word of the vocabulary's bigrams, or -1 when no bigram has it. */
  bigramWord: number;
}

/** Doubles per feature in `CompiledModel.packed`: its idf and one weight per category. */
export const PACKED_STRIDE = 4;

function packFeatures(idf: readonly number[], weights: readonly number[], charSign?: Uint8Array): Float64Array {
  const k = PACKED_STRIDE - 1;
  const packed = new Float64Array(idf.length * PACKED_STRIDE);
  for (let j = 0; j < idf.length; j++) {
    packed[j * PACKED_STRIDE] = charSign?.[j] === 1 ? -idf[j]! : idf[j]!;
    for (let c = 0; c < k; c++) packed[j * PACKED_STRIDE + 1 + c] = weights[j * k + c]!;
  }
  return packed;
}

/** The artifact's per-word-feature log-probabilities spread over every feature id (character n-grams 0). */
function spreadNaiveBayes(logProbs: readonly number[], isChar: Uint8Array): Float64Array {
  const table = new Float64Array(isChar.length * 3);
  let at = 0;
  for (let j = 0; j < isChar.length; j++) {
    if (isChar[j] === 1) continue;
    table[j * 3] = logProbs[at]!;
    table[j * 3 + 1] = logProbs[at + 1]!;
    table[j * 3 + 2] = logProbs[at + 2]!;
    at += 3;
  }
  return table;
}

export function compileModel(model: LocalModel): CompiledModel {
  const n = model.vocabulary.length;
  const index = new Map<string, number>();
  const isChar = new Uint8Array(n);
  const bigramWords = new Map<string, number>();
  const pairs: Array<[number, number, number]> = [];
  const wordNumber = (word: string) => {
    if (!bigramWords.has(word)) bigramWords.set(word, bigramWords.size);
    return bigramWords.get(word)!;
  };
  model.vocabulary.forEach((key, j) => {
    index.set(key, j);
    if (key.startsWith(CHAR_PREFIX)) isChar[j] = 1;
    else if (key.includes(' ')) {
      // Tokens never hold a space, so "a b" is the bigram of the tokens a and b.
      const space = key.indexOf(' ');
      pairs.push([wordNumber(key.slice(0, space)), wordNumber(key.slice(space + 1)), j]);
    }
  });
  const charInSign = model.idf.every((v) => v > 0);
  return {
    version: model.version,
    features: model.features,
    vocabulary: model.vocabulary,
    index,
    idf: Float64Array.from(model.idf),
    isChar,
    weights: Float64Array.from(model.weights),
    packed: packFeatures(model.idf, model.weights, charInSign ? isChar : undefined),
    charInSign,
    bias: Float64Array.from(model.bias),
    temperature: model.temperature,
    safetyBias: model.safety_bias,
    naiveBayes: model.naive_bayes && { table: spreadNaiveBayes(model.naive_bayes.log_probs, isChar), weight: model.naive_bayes.weight },
    trie: buildCharTrie(model.vocabulary),
    scratchFirstSeen: new Int32Array(4096),
    idSorter: createIdSorter(n),
    scratchText: { ids: new Int32Array(1024), counts: new Float64Array(1024), values: new Float64Array(1024), share: new Float64Array(1024), ends: new Int32Array(256), bigrams: new Int32Array(256), perToken: new Float64Array(256) },
    scratchTally: new Int32Array(n),
    scratchOcc: new Int32Array(4096),
    bigramWords,
    bigrams: buildBigramTable(pairs),
    tokens: new Map(),
  };
}

/**
 * Bigram feature ids by (first word, second word) number pair, in one open-addressing table of
 * [first, second, id] triples: one probe reads one cache line, where a Map of Maps read several.
 */
export interface BigramTable {
  slots: Int32Array;
  mask: number;
}

const pairSlot = (first: number, second: number, mask: number): number => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b)) & mask;

function buildBigramTable(pairs: ReadonlyArray<readonly [number, number, number]>): BigramTable {
  let capacity = 16;
  while (capacity < pairs.length * 2) capacity *= 2;
  const table: BigramTable = { slots: new Int32Array(capacity * 3).fill(-1), mask: capacity - 1 };
  for (const [first, second, id] of pairs) {
    let slot = pairSlot(first, second, table.mask);
    while (table.slots[slot * 3] !== -1) slot = (slot + 1) & table.mask;
    table.slots.set([first, second, id], slot * 3);
  }
  return table;
}

/** The feature id of the bigram of two word numbers, or -1. */
export function bigramOf(table: BigramTable, first: number, second: number): number {
  const { slots, mask } = table;
  for (let slot = pairSlot(first, second, mask); ; slot = (slot + 1) & mask) {
    const at = slot * 3;
    const f = slots[at]!;
    if (f === -1) return -1;
    if (f === first && slots[at + 1] === second) return slots[at + 2]!;
  }
}
