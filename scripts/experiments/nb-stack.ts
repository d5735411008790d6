/**
 * Experiment, not shipped (issue #11, session 16): a multinomial naive Bayes over words and word pairs, alone and
 * added to the linear model's scores, on real people's text. Prints aggregate figures only.
 *
 *   npm run train -- --out /tmp/model.json --oof-out /tmp/oof.json
 *   node scripts/experiments/nb-stack.ts /tmp/oof.json /tmp/model.json
 *
 * Environment: NB_TOKENS=model (the model's tokens; default: plain words and numbers), NB_MINDF (default 1: every
 * word), NB_ALPHA (0.3), NB_WEIGHTS ("0,0.1,0.25,0.5,1"). Session 16, out of fold at the recall target: regression
 * alone 0.896; with the model's tokens and vocabulary (NB_TOKENS=model NB_MINDF=2, what `npm run train` ships) 0.903 at
 * 0.25; with every word (NB_MINDF=1) 0.907 at 0.25, plain words 0.909 at 0.5.
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { stratifiedFolds } from '../lib/cross-validate.ts';
import { defaultTrainingFiles, FEATURE_BASE, heldOutTexts, loadTrainingMessages } from '../train.ts';
import { biasFor, evaluationSets, figures, stack } from './stacking.ts';
import { tokensFor } from '../../src/classifier/local/features.ts';

const [oofPath, modelPath] = process.argv.slice(2);
if (!oofPath || !modelPath) throw new Error('usage: nb-stack.ts OOF.json MODEL.json');
const WEIGHTS = (process.env.NB_WEIGHTS ?? "0,0.1,0.25,0.5,1").split(",").map(Number);
const ALPHA = Number(process.env.NB_ALPHA ?? 0.3);

const tokens = (t: string): string[] => {
  const w = process.env.NB_TOKENS === 'model' ? tokensFor(t, { ...FEATURE_BASE, char_weight: 1 }) : (t.toLowerCase().replace(/[’']/g, '').match(/[a-z]+|\d+/g) ?? []);
  const out = w.slice();
  for (let i = 1; i < w.length; i++) out.push(`${w[i - 1]} ${w[i]}`);
  return out;
};

const { items } = loadTrainingMessages(defaultTrainingFiles(), heldOutTexts());
const texts = items.map((m) => normaliseMessage(m.text, m.channel));
const labels = items.map((m) => CATEGORIES.indexOf(m.category));
const oof = JSON.parse(readFileSync(oofPath, 'utf8')) as { logits: number[][]; labels: number[] };
if (oof.labels.length !== labels.length || oof.labels.some((l, i) => l !== labels[i])) throw new Error(`${oofPath} is not of this training set`);
const toks = texts.map((t) => [...new Set(tokens(t))]);

type NB = { counts: Map<string, Float64Array>; totals: Float64Array; vocab: number };
function fit(rows: readonly number[]): NB {
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(3);
  for (const r of rows) {
    for (const w of toks[r]!) {
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Float64Array(3)));
      c[labels[r]!]! += 1;
      totals[labels[r]!]! += 1;
    }
  }
  const minDf = Number(process.env.NB_MINDF ?? 1);
  if (minDf > 1) for (const [w, c] of counts) if (c[0]! + c[1]! + c[2]! < minDf) { counts.delete(w); for (let k = 0; k < 3; k++) totals[k]! -= c[k]!; }
  return { counts, totals, vocab: counts.size };
}
/** Mean log-likelihood ratio per known word (uniform prior), so long texts do not swamp the linear scores. */
function scores(nb: NB, ws: readonly string[]): number[] {
  const z = [0, 0, 0];
  let known = 0;
  for (const w of ws) {
    const c = nb.counts.get(w);
    if (!c) continue;
    known++;
    for (let k = 0; k < 3; k++) z[k]! += Math.log((c[k]! + ALPHA) / (nb.totals[k]! + ALPHA * nb.vocab));
  }
  if (known === 0) return z;
  const mean = (z[0]! + z[1]! + z[2]!) / 3;
  return z.map((v) => (v - mean) / Math.sqrt(known));
}


const folds = stratifiedFolds(texts, labels, 5);
const nbScores: number[][] = new Array<number[]>(texts.length);
for (let f = 0; f < 5; f++) {
  const nb = fit([...labels.keys()].filter((i) => folds[i] !== f));
  for (let i = 0; i < texts.length; i++) if (folds[i] === f) nbScores[i] = scores(nb, toks[i]!);
}
console.log(`naive Bayes alone, out of fold: ${figures(nbScores, labels, biasFor(nbScores, labels, -2))}`);
const biases = WEIGHTS.map((w) => {
  const z = stack(oof.logits, nbScores, w);
  const bias = biasFor(z, labels, -2);
  console.log(`out of fold, a = ${w}: bias ${bias.toFixed(2)}  ${figures(z, labels, bias)}`);
  return bias;
});

const all = fit([...labels.keys()]);
for (const { name, texts: normalised, labels: y, linear: zl } of evaluationSets(modelPath)) {
  const zn = normalised.map((t) => scores(all, [...new Set(tokens(t))]));
  console.log(`${name} (scores alone, no second stage, no guard):`);
  console.log(`  naive Bayes alone: ${figures(zn, y, biasFor(nbScores, labels, -2))}`);
  WEIGHTS.forEach((w, k) => console.log(`  a = ${w}: ${figures(stack(zl, zn, w), y, biases[k]!)}`));
}

if (process.env.NB_DUMP) {
  const { writeFileSync } = await import('node:fs');
  const w = Number(process.env.NB_WEIGHT ?? 0.5);
  const k = WEIGHTS.indexOf(w);
  const table: Record<string, number[]> = {};
  for (const [word, c] of all.counts) table[word] = [...c].map((v, j) => Math.log((v + ALPHA) / (all.totals[j]! + ALPHA * all.vocab)));
  const unknown = [0, 1, 2].map((j) => 0 * j);
  writeFileSync(process.env.NB_DUMP, JSON.stringify({ weight: w, bias: biases[k], unknown, table }));
  console.log(`wrote ${process.env.NB_DUMP}: ${all.vocab} entries, weight ${w}, bias ${biases[k]}`);
}
