/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares). Deterministic: same data, same weights. Small enough for the detector's ~60 features.
 */

/** Solves A x = b for a symmetric positive-definite A (Gaussian elimination with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      if (!f) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / (M[r]![r]! || 1e-12);
  }
  return x;
}

export interface FitOptions {
  /** L2 penalty (not applied to the bias, feature 0). */
  l2?: number;
  iterations?: number;
  /** Weight of positive examples relative to negative ones. */
  positiveWeight?: number;
  /** Start from these weights (warm start for cross-validation folds). */
  start?: readonly number[];
}

/** Each row's non-zero entries, kept per row (cross-validation folds refit on the same rows many times). */
const NON_ZEROS = new WeakMap<readonly number[], Int32Array>();
function nonZeros(x: readonly number[]): Int32Array {
  let idx = NON_ZEROS.get(x);
  if (!idx) NON_ZEROS.set(x, (idx = Int32Array.from(x.flatMap((v, k) => (v ? [k] : [])))));
  return idx;
}

/** Fits weights w so that sigmoid(w·x) predicts y (0 or 1). */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], opts: FitOptions = {}): number[] {
  const d = X[0]?.length ?? 0;
  const l2 = opts.l2 ?? 1;
  const pw = opts.positiveWeight ?? 1;
  const w = opts.start ? [...opts.start] : new Array<number>(d).fill(0);
  // Each row's non-zero entries once: most features are 0 on most rows, and the Hessian's cost is the
  // square of a row's non-zeros (the sums run in the same order as over the dense rows: same weights).
  const nz = X.map(nonZeros);
  for (let it = 0; it < (opts.iterations ?? 25); it++) {
    const g = w.map((v, k) => (k ? l2 * v : 0));
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? (i ? l2 : 1e-6) : 0)));
    for (let n = 0; n < X.length; n++) {
      const x = X[n]!;
      const idx = nz[n]!;
      let z = 0;
      for (let a = 0; a < idx.length; a++) z += w[idx[a]!]! * x[idx[a]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = y[n] ? pw : 1;
      const r = s * (p - y[n]!);
      const q = s * p * (1 - p);
      for (let a = 0; a < idx.length; a++) {
        const i = idx[a]!;
        const xi = x[i]!;
        g[i]! += r * xi;
        const Hi = H[i]!;
        const qx = q * xi;
        for (let b = 0; b < idx.length; b++) Hi[idx[b]!]! += qx * x[idx[b]!]!;
      }
    }
    const step = solve(H, g);
    let moved = 0;
    for (let k = 0; k < d; k++) {
      w[k]! -= step[k]!;
      moved = Math.max(moved, Math.abs(step[k]!));
    }
    if (moved < 1e-6) break;
  }
  return w;
}
