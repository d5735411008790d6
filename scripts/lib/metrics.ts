/** Pure classification figures shared by train and eval (unit-tested in test/scripts/eval.test.ts). */

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** matrix[actual][predicted] counts. */
export function confusionMatrix(actual: readonly number[], predicted: readonly number[], classes: number): number[][] {
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  actual.forEach((a, i) => {
    matrix[a]![predicted[i]!]! += 1;
  });
  return matrix;
}

/** Per-class precision, recall and F1; a class never predicted (or never present) scores 0, not NaN. */
export function classFigures(matrix: readonly (readonly number[])[]): ClassFigures[] {
  return matrix.map((row, c) => {
    const tp = row[c]!;
    const support = row.reduce((s, v) => s + v, 0);
    const predicted = matrix.reduce((s, r) => s + r[c]!, 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, support };
  });
}

export function accuracy(matrix: readonly (readonly number[])[]): number {
  const total = matrix.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  const correct = matrix.reduce((s, row, c) => s + row[c]!, 0);
  return total === 0 ? 0 : correct / total;
}

/**
 * Mean F1 over the classes present in the data (support > 0): on a file holding one class only, the
 * absent classes are not scored as 0 (that would put a perfect answer at 0.333).
 */
export function macroF1(matrix: readonly (readonly number[])[]): number {
  const present = classFigures(matrix).filter((f) => f.support > 0);
  return present.length === 0 ? 0 : present.reduce((s, f) => s + f.f1, 0) / present.length;
}

/**
 * Expected calibration error with equal-width confidence bins (15 by default, as in Guo et al. 2017):
 * sum over bins of |bin| / n * |accuracy(bin) - mean confidence(bin)|.
 */
export function expectedCalibrationError(confidences: readonly number[], correct: readonly boolean[], bins = 15): number {
  const count = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const mass = new Array<number>(bins).fill(0);
  confidences.forEach((p, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[b]! += 1;
    mass[b]! += p;
    if (correct[i]) hits[b]! += 1;
  });
  const n = confidences.length;
  if (n === 0) return 0;
  return count.reduce((sum, c, b) => (c === 0 ? sum : sum + (c / n) * Math.abs(hits[b]! / c - mass[b]! / c)), 0);
}

/** Percentile with linear interpolation between closest ranks (p in [0, 100]); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Mean negative log-likelihood of the true classes. */
export function logLoss(probabilities: readonly (readonly number[])[], actual: readonly number[]): number {
  const total = probabilities.reduce((s, p, i) => s - Math.log(Math.max(1e-15, p[actual[i]!]!)), 0);
  return probabilities.length === 0 ? 0 : total / probabilities.length;
}
