import { minimiseLbfgs } from './lbfgs.ts';
import type { Csr } from './vocabulary.ts';

const K = 3;

export interface SoftmaxOptions {
  /** L2 penalty on the weights (not the biases), per example: loss = mean CE + l2 / 2 * |W|^2. */
  l2: number;
  maxIterations: number;
  /**
   * Weight of each row in the mean cross-entropy (default 1 each); scaled to a mean of 1, so the
   * L2 penalty means the same with or without weights.
   */
  sampleWeights?: ArrayLike<number> | undefined;
}

export interface SoftmaxFit {
  /** Feature-major: weights[j * 3 + k]. */
  weights: Float64Array;
  bias: Float64Array;
  iterations: number;
  loss: number;
}

/**
 * Multinomial logistic regression fitted by full-batch L-BFGS. Convex with L2, so the optimum does
 * not depend on a seed or on example order: the same data always gives the same model.
 */
export function trainSoftmax(x: Csr, labels: ArrayLike<number>, options: SoftmaxOptions): SoftmaxFit {
  const nw = x.columns * K;
  const n = x.rows;
  const z = new Float64Array(K);
  const w = rowWeights(n, options.sampleWeights);
  const objective = (params: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const start = x.indptr[i]!;
      const end = x.indptr[i + 1]!;
      for (let k = 0; k < K; k++) z[k] = params[nw + k]!;
      for (let p = start; p < end; p++) {
        const base = x.indices[p]! * K;
        const v = x.values[p]!;
        z[0]! += v * params[base]!;
        z[1]! += v * params[base + 1]!;
        z[2]! += v * params[base + 2]!;
      }
      const max = Math.max(z[0]!, z[1]!, z[2]!);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      const y = labels[i]!;
      const wi = w[i]!;
      loss -= wi * Math.log(z[y]! / sum);
      // z becomes the gradient of the loss w.r.t. the scores: w_i (p - onehot(y)), scaled by 1/n.
      for (let k = 0; k < K; k++) z[k] = (wi * (z[k]! / sum - (k === y ? 1 : 0))) / n;
      for (let p = start; p < end; p++) {
        const base = x.indices[p]! * K;
        const v = x.values[p]!;
        grad[base]! += v * z[0]!;
        grad[base + 1]! += v * z[1]!;
        grad[base + 2]! += v * z[2]!;
      }
      for (let k = 0; k < K; k++) grad[nw + k]! += z[k]!;
    }
    let penalty = 0;
    for (let j = 0; j < nw; j++) {
      penalty += params[j]! * params[j]!;
      grad[j]! += options.l2 * params[j]!;
    }
    return loss / n + (options.l2 / 2) * penalty;
  };
  const result = minimiseLbfgs(objective, new Float64Array(nw + K), {
    maxIterations: options.maxIterations,
    memory: 10,
    gradientTolerance: 1e-6,
    relativeTolerance: 1e-9,
  });
  return {
    weights: result.x.slice(0, nw),
    bias: result.x.slice(nw),
    iterations: result.iterations,
    loss: result.value,
  };
}

function rowWeights(n: number, given: ArrayLike<number> | undefined): Float64Array {
  const w = new Float64Array(n).fill(1);
  if (given === undefined) return w;
  if (given.length !== n) throw new Error(`sampleWeights has ${given.length} entries for ${n} rows`);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += given[i]!;
  for (let i = 0; i < n; i++) w[i] = (given[i]! * n) / sum;
  return w;
}

/** Raw class scores (logits) of every row. */
export function scoreRows(x: Csr, fit: Pick<SoftmaxFit, 'weights' | 'bias'>): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < x.rows; i++) {
    const z = [fit.bias[0]!, fit.bias[1]!, fit.bias[2]!];
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) {
      const base = x.indices[p]! * K;
      const v = x.values[p]!;
      z[0]! += v * fit.weights[base]!;
      z[1]! += v * fit.weights[base + 1]!;
      z[2]! += v * fit.weights[base + 2]!;
    }
    out.push(z);
  }
  return out;
}
