import { z } from 'zod';
import { CATEGORIES } from '../../domain.ts';
import { buildCharTrie, type CharTrie } from './char-trie.ts';
import { CHAR_PREFIX, type FeatureConfig } from './features.ts';

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
  bias: Float64Array;
  temperature: number;
  safetyBias: number;
  trie: CharTrie;
  /** Per-feature counter reused by every prediction (zeroed after each). */
  scratchCount: Float64Array;
  /** One bit per feature, set while a prediction counts (zeroed as it reads them back). */
  scratchSeen: Uint32Array;
  /** Word bigrams by first token, then second: a lookup without building the "a b" string. */
  bigrams: Map<string, Map<string, number>>;
  /** What inference knows of tokens seen before: words recur, so most lookups and trie walks are skipped. */
  tokens: Map<string, TokenFeatures>;
}

/** A token's own features, looked up once per distinct token (inference.ts). */
export interface TokenFeatures {
  /** Feature id of the token as a unigram, or -1. */
  unigram: number;
  /** Ids of its character n-grams, in visiting order. */
  charGrams: readonly number[];
  /** Bigrams starting with this token, by the token that follows. */
  bigramsAfter: Map<string, number> | undefined;
}

export function compileModel(model: LocalModel): CompiledModel {
  const n = model.vocabulary.length;
  const index = new Map<string, number>();
  const isChar = new Uint8Array(n);
  const bigrams = new Map<string, Map<string, number>>();
  model.vocabulary.forEach((key, j) => {
    index.set(key, j);
    if (key.startsWith(CHAR_PREFIX)) isChar[j] = 1;
    else if (key.includes(' ')) {
      // Tokens never hold a space, so "a b" is the bigram of the tokens a and b.
      const space = key.indexOf(' ');
      const first = key.slice(0, space);
      if (!bigrams.has(first)) bigrams.set(first, new Map());
      bigrams.get(first)!.set(key.slice(space + 1), j);
    }
  });
  return {
    version: model.version,
    features: model.features,
    vocabulary: model.vocabulary,
    index,
    idf: Float64Array.from(model.idf),
    isChar,
    weights: Float64Array.from(model.weights),
    bias: Float64Array.from(model.bias),
    temperature: model.temperature,
    safetyBias: model.safety_bias,
    trie: buildCharTrie(model.vocabulary),
    scratchCount: new Float64Array(n),
    scratchSeen: new Uint32Array(Math.ceil(n / 32)),
    bigrams,
    tokens: new Map(),
  };
}
