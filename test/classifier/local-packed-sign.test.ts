import { describe, expect, it } from 'vitest';
import { countFeatures, countsToIds, weigh, weighSigned } from '../../src/classifier/local/features.ts';
import { linearScores, predict } from '../../src/classifier/local/inference.ts';
import { compileModel, PACKED_STRIDE } from '../../src/classifier/local/model.ts';
import { loadLocalModel } from '../../src/classifier/local/model-file.ts';
import { addNaiveBayes } from '../../src/classifier/local/naive-bayes.ts';
import { CATEGORIES } from '../../src/domain.ts';

describe('the character block carried in the sign of the packed idf', () => {
  it('when counts are weighed from signed idf, then the values equal weigh() with the block array, to the bit', () => {
    const idf = [1.25, 2, 1.5, 3.75, 1.1];
    const isChar = [0, 1, 1, 0, 1];
    const signed = new Float64Array(idf.length * PACKED_STRIDE);
    idf.forEach((v, j) => (signed[j * PACKED_STRIDE] = isChar[j] === 1 ? -v : v));
    const ids = Int32Array.from([0, 1, 2, 3, 4]);
    const counts = [1, 3, 2, 70, 1];
    expect([...weighSigned(ids, counts, signed, 1.4, PACKED_STRIDE).values]).toEqual([...weigh(ids, counts, idf, isChar, 1.4).values]);
  });

  it('when a model has an idf that is not positive, then it keeps the block array and still answers as the training path does', () => {
    const raw = loadLocalModel();
    const model = compileModel({ ...raw, idf: raw.idf.map((v, j) => (j === 7 ? 0 : v)) });
    expect(model.charInSign).toBe(false);
    expect(compileModel(raw).charInSign).toBe(true);
    for (const text of ['I got a rash after the new pills', 'refill my prescription please', 'what time do you close']) {
      const { ids, counts } = countsToIds(countFeatures(text, model.features), model.index);
      const logits = linearScores(weigh(ids, counts, model.idf, model.isChar, model.features.char_weight), model.weights, model.bias);
      if (model.naiveBayes) addNaiveBayes(logits, ids, ids.length, model.naiveBayes.table, model.isChar, model.naiveBayes.weight);
  logits[CATEGORIES.indexOf('safety_compliance')]! += model.safetyBias;
      expect(predict(model, text).logits).toEqual(logits);
    }
  });
});
