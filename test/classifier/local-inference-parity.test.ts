import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countFeatures, countsToIds, weigh } from '../../src/classifier/local/features.ts';
import { linearScores, predict, predictScores, softmax } from '../../src/classifier/local/inference.ts';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import { compileModel } from '../../src/classifier/local/model.ts';
import { loadLocalModel } from '../../src/classifier/local/model-file.ts';
import { addNaiveBayes } from '../../src/classifier/local/naive-bayes.ts';
import { CATEGORIES } from '../../src/domain.ts';

/**
 * Inference takes shortcuts (cached token features, bigrams by token pair, a radix sort of the ids,
 * an ASCII fold): none may change a single bit of what the model answers. The reference is the
 * training path (string features, a Map of counts), which shares no shortcut with inference.
 */
const model = compileModel(loadLocalModel());
const texts = readFileSync('data/corpus/test.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

function reference(text: string): { logits: number[]; probabilities: number[] } {
  const { ids, counts } = countsToIds(countFeatures(text, model.features), model.index);
  const logits = linearScores(weigh(ids, counts, model.idf, model.isChar, model.features.char_weight), model.weights, model.bias);
  if (model.naiveBayes) addNaiveBayes(logits, ids, ids.length, model.naiveBayes.table, model.isChar, model.naiveBayes.weight);
  logits[CATEGORIES.indexOf('safety_compliance')]! += model.safetyBias;
  return { logits, probabilities: softmax(logits, model.temperature) };
}

describe('local inference against the training path', () => {
  it('when every message of the test split is predicted twice, then logits and probabilities equal the reference to the bit', () => {
    expect(texts.length).toBeGreaterThan(400);
    // Twice: the second pass answers from the per-token cache the first one filled.
    for (const pass of [1, 2]) {
      for (const text of texts) {
        const got = predict(model, text);
        const want = reference(text);
        expect({ pass, text, logits: got.logits, probabilities: got.probabilities }).toEqual({ pass, text, ...want });
        expect(Object.is(got.probabilities[got.best], Math.max(...want.probabilities))).toBe(true);
      }
    }
  });

  it('when only the category is asked (the shadow comparison), then it is the category classify() answers, second stage included, for every message of the test split', async () => {
    const local = createLocalClassifier();
    for (const text of texts) {
      const full = predict(model, text);
      expect(predictScores(model, text)).toEqual({ probabilities: full.probabilities, best: full.best });
      const input = { text, channel: 'chat' as const };
      expect([text, await local.categorise(input)]).toEqual([text, (await local.classify(input)).category]);
    }
  });

  it('when a prediction ends, then the scratch space it used is all zero again', () => {
    for (const text of texts.slice(0, 50)) {
      predict(model, text);
      predictScores(model, text);
    }
    expect(model.scratchTally.every((v) => v === 0)).toBe(true);
  });
});
