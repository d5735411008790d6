import { scoreRows, trainSoftmax, type SoftmaxFit } from './softmax-regression.ts';
import { buildVocabulary, vectoriseAll, type Vocabulary } from './vocabulary.ts';

export interface TrainParams {
  l2: number;
  minDf: number;
  maxFeatures: number;
  charWeight: number;
  maxIterations: number;
}

/** FNV-1a: a stable pseudo-random order that depends on the text, not on its place in the file. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Stratified k-fold assignment: within each class, texts ordered by hash and dealt round-robin. */
export function stratifiedFolds(texts: readonly string[], labels: readonly number[], k: number): Int32Array {
  const folds = new Int32Array(texts.length);
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  for (const c of classes) {
    const members = labels.flatMap((l, i) => (l === c ? [i] : []));
    members.sort((a, b) => fnv1a(texts[a]!) - fnv1a(texts[b]!) || a - b);
    members.forEach((i, rank) => {
      folds[i] = rank % k;
    });
  }
  return folds;
}

export interface FittedModel {
  vocab: Vocabulary;
  fit: SoftmaxFit;
}

export function fitModel(docs: readonly Map<string, number>[], labels: readonly number[], params: TrainParams, sampleWeights?: readonly number[]): FittedModel {
  const vocab = buildVocabulary(docs, { minDf: params.minDf, maxFeatures: params.maxFeatures });
  const x = vectoriseAll(docs, vocab, params.charWeight);
  const fit = trainSoftmax(x, labels, { l2: params.l2, maxIterations: params.maxIterations, sampleWeights });
  return { vocab, fit };
}

/** Out-of-fold logits: each row scored by a model (vocabulary included) that never saw it. */
export function outOfFoldLogits(
  docs: readonly Map<string, number>[],
  labels: readonly number[],
  folds: Int32Array,
  k: number,
  params: TrainParams,
  sampleWeights?: readonly number[],
): number[][] {
  const out: number[][] = new Array(docs.length);
  for (let f = 0; f < k; f++) {
    const trainIdx = docs.flatMap((_, i) => (folds[i] !== f ? [i] : []));
    const testIdx = docs.flatMap((_, i) => (folds[i] === f ? [i] : []));
    const model = fitModel(trainIdx.map((i) => docs[i]!), trainIdx.map((i) => labels[i]!), params, sampleWeights && trainIdx.map((i) => sampleWeights[i]!));
    const x = vectoriseAll(testIdx.map((i) => docs[i]!), model.vocab, params.charWeight);
    scoreRows(x, model.fit).forEach((z, r) => {
      out[testIdx[r]!] = z;
    });
  }
  return out;
}
