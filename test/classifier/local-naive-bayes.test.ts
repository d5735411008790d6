import { describe, expect, it } from 'vitest';
import { countFeatures, countsToIds, weigh } from '../../src/classifier/local/features.ts';
import { linearScores, predict } from '../../src/classifier/local/inference.ts';
import { compileModel, LocalModelSchema } from '../../src/classifier/local/model.ts';
import { loadLocalModel } from '../../src/classifier/local/model-file.ts';
import { addNaiveBayes, fitNaiveBayes } from '../../src/classifier/local/naive-bayes.ts';
import { CATEGORIES } from '../../src/domain.ts';

const SAFETY = CATEGORIES.indexOf('safety_compliance');

describe('the naive Bayes half of the local model', () => {
  // Features 0..3 are words, 4 is a character n-gram. Category 0 holds feature 0, category 2 feature 2.
  const isChar = Uint8Array.from([0, 0, 0, 0, 1]);
  const docs = [[0, 1, 4], [0, 3], [2, 1, 4], [2], [1, 3]];
  const labels = [0, 0, 2, 2, 1];

  it('when a word stands only in one category, then its log-probability is highest there, centred over the categories', () => {
    const table = fitNaiveBayes(docs, labels, isChar, 0.3);
    const row = (j: number) => [table[j * 3]!, table[j * 3 + 1]!, table[j * 3 + 2]!];
    expect(row(0)[0]).toBeGreaterThan(row(0)[1]!);
    expect(row(0)[0]).toBeGreaterThan(row(0)[2]!);
    expect(row(2)[2]).toBeGreaterThan(row(2)[0]!);
    for (const j of [0, 1, 2, 3]) expect(row(j).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(row(4)).toEqual([0, 0, 0]);
  });

  it('when a text is scored, then character n-grams are skipped and the sum is scaled by the weight over the root of the word count', () => {
    const table = fitNaiveBayes(docs, labels, isChar, 0.3);
    const logits = [1, 2, 3];
    addNaiveBayes(logits, [0, 2, 4], 3, table, isChar, 0.5);
    const scale = 0.5 / Math.sqrt(2);
    for (let k = 0; k < 3; k++) expect(logits[k]).toBeCloseTo(1 + k + scale * (table[k]! + table[6 + k]!), 12);
  });

  it('when a text has no word feature, then the scores are left as they were', () => {
    const table = fitNaiveBayes(docs, labels, isChar, 0.3);
    const logits = [1, 2, 3];
    addNaiveBayes(logits, [4], 1, table, isChar, 1);
    expect(logits).toEqual([1, 2, 3]);
  });

  it('when an artifact carries a wrong number of log-probabilities, then it is refused with the count expected', () => {
    const raw = loadLocalModel();
    const words = raw.vocabulary.filter((key) => !key.startsWith('~')).length;
    const result = LocalModelSchema.safeParse({ ...raw, naive_bayes: { alpha: 0.3, weight: 0.5, log_probs: [0, 0, 0] } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(`expected ${words * 3}`);
  });

  it('when the shipped model has the half, then its scores are the linear ones plus the weighted naive Bayes ones, and without it the answer changes', () => {
    const raw = loadLocalModel();
    expect(raw.naive_bayes?.weight).toBeGreaterThan(0);
    const model = compileModel(raw);
    const bare = compileModel({ ...raw, naive_bayes: undefined });
    let differ = 0;
    for (const text of ['I got a rash after the new pills', 'refill my prescription please', 'what time do you close', 'it helped my anxiety a lot']) {
      const { ids, counts } = countsToIds(countFeatures(text, model.features), model.index);
      const logits = linearScores(weigh(ids, counts, model.idf, model.isChar, model.features.char_weight), model.weights, model.bias);
      addNaiveBayes(logits, ids, ids.length, model.naiveBayes!.table, model.isChar, model.naiveBayes!.weight);
      logits[SAFETY]! += model.safetyBias;
      const got = predict(model, text).logits;
      logits.forEach((v, k) => expect(got[k]).toBeCloseTo(v, 9));
      if (predict(bare, text).logits.some((v, k) => Math.abs(v - got[k]!) > 1e-6)) differ++;
    }
    expect(differ).toBe(4);
  });
});
