/**
 * What the stacking experiments (glove-stack.ts, nb-stack.ts) share: a decision with a safety bias, the smallest bias
 * that reaches the shipped out-of-fold safety recall target, aggregate figures, and scores added with a weight.
 */
import { readFileSync } from 'node:fs';
import { createLocalClassifier } from '../../src/classifier/local/local-classifier.ts';
import type { LocalModel } from '../../src/classifier/local/model.ts';
import { CATEGORIES } from '../../src/domain.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import { readDataset } from '../lib/dataset.ts';
import { SAFETY_RECALL_TARGET } from '../train.ts';

const SAFETY = 2;

export const argmax = (z: readonly number[]): number => z.indexOf(Math.max(...z));
export const decide = (z: readonly number[], bias: number): number => argmax([z[0]!, z[1]!, z[2]! + bias]);

/** The smallest bias (steps of 0.05 from `from`) with safety recall at the target; 6 when none reaches it. */
export function biasFor(z: readonly number[][], y: readonly number[], from = 0): number {
  const safety = y.filter((l) => l === SAFETY).length;
  for (let step = Math.round(from * 20); step <= 120; step++) {
    const missed = z.filter((q, i) => y[i] === SAFETY && decide(q, step / 20) !== SAFETY).length;
    if (1 - missed / safety >= SAFETY_RECALL_TARGET) return step / 20;
  }
  return 6;
}

export function figures(z: readonly number[][], y: readonly number[], bias: number): string {
  let right = 0;
  let safety = 0;
  let caught = 0;
  z.forEach((q, i) => {
    const p = decide(q, bias);
    if (p === y[i]) right++;
    if (y[i] === SAFETY) {
      safety++;
      if (p === SAFETY) caught++;
    }
  });
  return `accuracy ${(right / z.length).toFixed(4)}  safety recall ${safety ? (caught / safety).toFixed(4) : '-'}`;
}

export const stack = (a: readonly number[][], b: readonly number[][], w: number): number[][] => a.map((q, i) => q.map((v, c) => v + w * b[i]![c]!));

/**
 * The evaluation-only sets the experiments report (pooled healthcare, druglibsent, acid): per set its normalised
 * texts, labels and the regression's scores without the safety bias (a model of series 2 without its naive Bayes half).
 */
export function evaluationSets(modelPath: string): { name: string; texts: string[]; labels: number[]; linear: number[][] }[] {
  const raw = JSON.parse(readFileSync(modelPath, 'utf8')) as LocalModel;
  const linear = createLocalClassifier({ model: { ...raw, naive_bayes: undefined } });
  return [['cadec', 'twitteradr', 'ichi', 'mqp'], ['druglibsent'], ['acid']].map((set) => {
    const rows = set.flatMap((s) => readDataset(`data/corpus/eval-only/${s}.jsonl`));
    const texts = rows.map((m) => normaliseMessage(m.text, m.channel));
    return {
      name: set.join('+'),
      texts,
      labels: rows.map((m) => CATEGORIES.indexOf(m.category)),
      linear: texts.map((t) => [...linear.explain(t).logits].map((v, c) => (c === SAFETY ? v - raw.safety_bias : v))),
    };
  });
}
