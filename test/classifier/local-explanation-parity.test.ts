import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topPhrases } from '../../src/classifier/local/evidence.ts';
import { countFeatures, countsToIds, tokensFor, visitFeatures, weigh } from '../../src/classifier/local/features.ts';
import { predict } from '../../src/classifier/local/inference.ts';
import { compileModel } from '../../src/classifier/local/model.ts';
import { loadLocalModel } from '../../src/classifier/local/model-file.ts';
import { CATEGORIES } from '../../src/domain.ts';
import { displaySpans } from '../../src/classifier/local/tokenise.ts';

/**
 * predict()'s explanation reads each feature's share through the position score() leaves in its Int32 tally
 * (inference.ts). The reference here takes none of inference's shortcuts: string features from the training
 * path, shares in a Map by feature key, spread over the tokens each occurrence came from, in the same order.
 */
const model = compileModel(loadLocalModel());
const K = CATEGORIES.length;

function referenceEvidence(text: string, best: number): string[] {
  const { features } = model;
  const { ids, counts } = countsToIds(countFeatures(text, features), model.index);
  const x = weigh(ids, counts, model.idf, model.isChar, features.char_weight);
  const share = new Map<number, number>();
  ids.forEach((id, k) => {
    let others = 0;
    for (let c = 0; c < K; c++) if (c !== best) others += model.weights[id * K + c]!;
    share.set(id, (x.values[k]! * (model.weights[id * K + best]! - others / (K - 1))) / counts[k]!);
  });
  const tokens = tokensFor(text, features);
  // Per token, the shares of its own features (unigram, character n-grams) in visiting order; the bigram starting at it apart.
  const own: number[][] = tokens.map(() => []);
  const bigramAt = new Map<number, number>();
  visitFeatures(tokens, features, (key, start, span) => {
    const id = model.index.get(key);
    if (id === undefined) return;
    if (span === 2) bigramAt.set(start, share.get(id)!);
    else own[start]!.push(share.get(id)!);
  });
  // Inference's order: a token's own features, then half of the bigram it starts to it and half to the next.
  const perToken = new Float64Array(tokens.length);
  tokens.forEach((_, t) => {
    for (const s of own[t]!) perToken[t]! += s;
    const b = bigramAt.get(t);
    if (b !== undefined) {
      perToken[t]! += b / 2;
      perToken[t + 1]! += b / 2;
    }
  });
  const shown = displaySpans(text.length > features.max_chars ? text.slice(0, features.max_chars) : text, tokens.length);
  return topPhrases(tokens, perToken, 3, shown);
}

const corpus = readFileSync('data/corpus/test.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 300)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('local explanation against a reference without shortcuts', () => {
  it('when messages of the test split are explained twice, then the evidence phrases equal the reference', () => {
    for (const pass of [1, 2]) {
      for (const text of corpus) {
        const got = predict(model, text);
        expect({ pass, text, evidence: got.evidence }).toEqual({ pass, text, evidence: referenceEvidence(text, got.best) });
      }
    }
  });

  it('when a text is empty, unicode, emoji, repeated, longer than max_chars or short after a long one, then the evidence equals the reference and the tally is zero after', () => {
    const long = `my lips started swelling after lisinopril ${'and it keeps getting worse '.repeat(120)} please call me back today`;
    expect(long.length).toBeGreaterThan(model.features.max_chars);
    const texts = ['', '   ', '😟😟', 'Náusea con 10MG de Losartán desde ayer', 'Tôi bị đau đầu sau khi uống thuốc', '头痛 after the new pills', 'rash rash rash rash', long, 'my lips are swelling'];
    // The long text grows the reused per-text arrays (inference.ts); the short one after reads only its own part of them.
    for (const text of texts) {
      const got = predict(model, text);
      expect({ text, evidence: got.evidence }).toEqual({ text, evidence: referenceEvidence(text, got.best) });
    }
    expect(model.scratchTally.every((v) => v === 0)).toBe(true);
    expect(predict(model, long).evidence.join(' ')).not.toContain('call me back');
  });
});
