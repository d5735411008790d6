import { softmax } from '../../src/classifier/local/inference.ts';
import { expectedCalibrationError, logLoss } from './metrics.ts';

const SAFETY = 2;

/** Adds the safety bias to the safety_compliance score of every row (returns new rows). */
export function withSafetyBias(logits: readonly number[][], bias: number): number[][] {
  return logits.map((z) => z.map((v, k) => (k === SAFETY ? v + bias : v)));
}

export const argmax = (p: readonly number[]): number => p.indexOf(Math.max(...p));

/**
 * Temperature scaling (Guo et al. 2017): one scalar T minimising the log-loss of softmax(z / T) on
 * out-of-fold scores. Golden-section search on log T: the loss is unimodal in T.
 */
export function fitTemperature(logits: readonly number[][], labels: readonly number[]): number {
  const loss = (logT: number) => logLoss(logits.map((z) => softmax(z, Math.exp(logT))), labels);
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = loss(a);
  let fb = loss(b);
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = loss(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = loss(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}

export interface BiasChoice {
  bias: number;
  safetyRecall: number;
  accuracy: number;
}

/**
 * The smallest decision bias for safety_compliance (steps of 0.05, up to `maxBias`) whose out-of-fold
 * safety recall reaches `target`. Unlike a cost that weighs misses against false alarms, whose minimum
 * lies on a flat floor (session 14: the cost at 1.3, 1.5 and 1.6 differed by under 1%, so a few hundred
 * messages more or less moved the choice from 1.25 to 1.6), recall grows with the bias step by step:
 * the same data gives nearly the same bias, and what the bias buys is stated (the recall), not implied.
 * `forced[i]` marks rows the safety guard already sends to safety_compliance. When no bias reaches the
 * target, `maxBias`.
 */
export function chooseSafetyBiasForRecall(
  logits: readonly number[][],
  labels: readonly number[],
  target: number,
  forced: readonly boolean[] = [],
  maxBias = 3,
): BiasChoice {
  const safety = labels.filter((l) => l === SAFETY).length;
  let last: BiasChoice | undefined;
  for (let step = 0; step <= maxBias * 20; step++) {
    const bias = step / 20;
    let errors = 0;
    let missed = 0;
    logits.forEach((z, i) => {
      const predicted = forced[i] ? SAFETY : argmax(z.map((v, k) => (k === SAFETY ? v + bias : v)));
      if (predicted !== labels[i]) {
        errors++;
        if (labels[i] === SAFETY) missed++;
      }
    });
    const recall = safety === 0 ? 1 : 1 - missed / safety;
    last = { bias, safetyRecall: recall, accuracy: 1 - errors / logits.length };
    if (recall >= target) return last;
  }
  return last!;
}

/** ECE (15 bins) of the top-class confidence of softmax(z / T). */
export function calibrationError(logits: readonly number[][], labels: readonly number[], temperature: number): number {
  const probs = logits.map((z) => softmax(z, temperature));
  return expectedCalibrationError(
    probs.map((p) => Math.max(...p)),
    probs.map((p, i) => argmax(p) === labels[i]),
  );
}
