import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../scripts/lib/logistic';

// Sparse rows like the detector's feature vectors: a bias and a few one-hot cues, mostly zero. Feature 1 is
// a positive cue, feature 2 a negative one, feature 3 noise; labels follow the cues with some exceptions.
const X: number[][] = [];
const y: number[] = [];
for (let i = 0; i < 60; i++) {
  const pos = i % 3 === 0 ? 1 : 0;
  const neg = i % 5 === 0 ? 1 : 0;
  X.push([1, pos, neg, i % 7 === 0 ? 0.5 : 0, 0]);
  y.push((pos && !neg) || i % 11 === 0 ? 1 : 0);
}

/** The textbook fit, summing over every entry of the dense rows: the reference the sparse sums must equal. */
function denseFit(rows: number[][], labels: number[], l2: number, iterations: number): number[] {
  const d = rows[0]!.length;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = w.map((v, k) => (k ? l2 * v : 0));
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? (i ? l2 : 1e-6) : 0)));
    rows.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k]!, 0)));
      for (let i = 0; i < d; i++) {
        g[i]! += (p - labels[n]!) * x[i]!;
        for (let j = 0; j < d; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    });
    // Newton step by Gauss-Jordan elimination (the matrices here are tiny).
    const M = H.map((r, i) => [...r, g[i]!]);
    for (let c = 0; c < d; c++) {
      const piv = M[c]![c]!;
      for (let r = 0; r < d; r++) {
        if (r === c) continue;
        const f = M[r]![c]! / piv;
        for (let k = c; k <= d; k++) M[r]![k]! -= f * M[c]![k]!;
      }
    }
    for (let k = 0; k < d; k++) w[k]! -= M[k]![d]! / M[k]![k]!;
  }
  return w;
}

describe('logistic regression on sparse rows', () => {
  it('weighs a positive cue up and a negative cue down', () => {
    const w = fitLogistic(X, y, { l2: 1 });
    expect(w[1]).toBeGreaterThan(0.5);
    expect(w[2]).toBeLessThan(-0.5);
    // A feature that is never set keeps weight 0 under the penalty.
    expect(w[4]).toBeCloseTo(0, 12);
  });

  it('gives the weights of the dense sums', () => {
    const w = fitLogistic(X, y, { l2: 1, iterations: 25 });
    const ref = denseFit(X, y, 1, 25);
    w.forEach((v, k) => expect(v).toBeCloseTo(ref[k]!, 8));
  });

  it('fits a fold of the same rows as it fits fresh copies of them (no state carried between fits)', () => {
    fitLogistic(X, y, { l2: 1 });
    const keep = X.flatMap((_, i) => (i % 4 ? [i] : []));
    const fold = fitLogistic(
      keep.map((i) => X[i]!),
      keep.map((i) => y[i]!),
      { l2: 1 },
    );
    const fresh = fitLogistic(
      keep.map((i) => [...X[i]!]),
      keep.map((i) => y[i]!),
      { l2: 1 },
    );
    expect(fold).toEqual(fresh);
  });
});
