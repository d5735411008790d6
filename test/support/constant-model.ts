import { CATEGORIES, type Category } from '../../src/domain.ts';
import type { LocalModel } from '../../src/classifier/local/model.ts';

/**
 * A local model that knows no word and gives every text the same answer: what the second stage does
 * to that answer shows alone.
 */
export function constantModel(category: Category): LocalModel {
  return {
    format: 'careroute-local-model',
    format_version: 1,
    version: `test-${category}`,
    algorithm: 'softmax-regression',
    categories: ['informational', 'service_action', 'safety_compliance'],
    features: { word_ngrams: 1, char_ngram_min: 3, char_ngram_max: 0, char_weight: 0, max_chars: 2000 },
    vocabulary: ['zzzz'],
    idf: [1],
    weights: [0, 0, 0],
    bias: CATEGORIES.map((c) => (c === category ? 4 : 0)),
    temperature: 1,
    safety_bias: 0,
    hyperparameters: {},
    training: {},
    metrics: {},
  };
}
