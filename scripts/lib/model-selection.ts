import { softmax } from '../../src/classifier/local/inference.ts';
import { argmax } from './calibration.ts';
import { outOfFoldLogits, type TrainParams } from './cross-validate.ts';
import { accuracy, confusionMatrix, logLoss, macroF1 } from './metrics.ts';

export interface Candidate {
  params: TrainParams;
  /** Out-of-fold logits, no safety bias, no temperature. */
  logits: number[][];
  accuracy: number;
  macroF1: number;
  logLoss: number;
}

export function scoreCandidate(params: TrainParams, logits: number[][], labels: readonly number[]): Candidate {
  const matrix = confusionMatrix(labels, logits.map(argmax), 3);
  return {
    params,
    logits,
    accuracy: accuracy(matrix),
    macroF1: macroF1(matrix),
    logLoss: logLoss(logits.map((z) => softmax(z)), labels),
  };
}

/** Every grid point cross-validated on the same folds. */
export function evaluateGrid(
  docs: readonly Map<string, number>[],
  labels: readonly number[],
  folds: Int32Array,
  k: number,
  grid: readonly TrainParams[],
  onCandidate: (c: Candidate) => void = () => {},
  sampleWeights?: readonly number[],
): Candidate[] {
  return grid.map((params) => {
    const candidate = scoreCandidate(params, outOfFoldLogits(docs, labels, folds, k, params, sampleWeights), labels);
    onCandidate(candidate);
    return candidate;
  });
}

/**
 * Best macro-F1; within 0.002 of it (noise at this corpus size) the stronger regularisation wins,
 * because it generalises better to styles the corpus does not have.
 */
export function pickBest(candidates: readonly Candidate[]): Candidate {
  const top = Math.max(...candidates.map((c) => c.macroF1));
  const near = candidates.filter((c) => c.macroF1 >= top - 0.002);
  return near.sort((a, b) => b.params.l2 - a.params.l2 || a.logLoss - b.logLoss)[0]!;
}

export function gridOf(base: Omit<TrainParams, 'l2' | 'charWeight'>, l2s: number[], charWeights: number[]): TrainParams[] {
  return l2s.flatMap((l2) => charWeights.map((charWeight) => ({ ...base, l2, charWeight })));
}
