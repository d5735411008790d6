/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives such
 * as L2-regularised softmax regression. Deterministic: no randomness, fixed iteration order.
 * @see Nocedal & Wright, Numerical Optimization (2006), algorithm 7.4 (two-loop recursion).
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations: number;
  memory: number;
  /** Stop when the largest gradient component is below this. */
  gradientTolerance: number;
  /** Stop when one step lowers the objective by less than this fraction. */
  relativeTolerance: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export function minimiseLbfgs(objective: Objective, x0: Float64Array, options: LbfgsOptions): LbfgsResult {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let f = objective(x, g);
  const history: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  const direction = new Float64Array(n);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    let gMax = 0;
    for (let i = 0; i < n; i++) gMax = Math.max(gMax, Math.abs(g[i]!));
    if (gMax < options.gradientTolerance) break;

    // Two-loop recursion: direction = -H g.
    direction.set(g);
    const alphas = new Array<number>(history.length);
    for (let h = history.length - 1; h >= 0; h--) {
      const { s, y, rho } = history[h]!;
      const a = rho * dot(s, direction);
      alphas[h] = a;
      for (let i = 0; i < n; i++) direction[i]! -= a * y[i]!;
    }
    const last = history[history.length - 1];
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < n; i++) direction[i]! *= gamma;
    for (let h = 0; h < history.length; h++) {
      const { s, y, rho } = history[h]!;
      const b = rho * dot(y, direction);
      for (let i = 0; i < n; i++) direction[i]! += s[i]! * (alphas[h]! - b);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      history.length = 0;
      const scale = 1 / Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) direction[i] = -g[i]! * scale;
      slope = dot(g, direction);
    }

    let step = 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * direction[i]!;
      fNew = objective(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      history.push({ s, y, rho: 1 / sy });
      if (history.length > options.memory) history.shift();
    }
    const decrease = (f - fNew) / Math.max(1, Math.abs(f));
    x = xNew;
    g = gNew;
    f = fNew;
    if (decrease < options.relativeTolerance) {
      iterations++;
      break;
    }
  }
  return { x, value: f, iterations };
}
