/**
 * Gradient-boosted regression trees for a binary label (logistic loss, Newton leaf values, shrinkage),
 * grown level by level on binned features. Deterministic: no sampling, ties go to the first feature and
 * the first cut, so the same data gives the same trees. Works for any number of features.
 */
import type { TreeNode } from '../../lib/detect/generated/detect-model';

export interface BoostOptions {
  rounds?: number;
  depth?: number;
  /** Learning rate: each tree's leaf values are scaled by it. */
  shrinkage?: number;
  /** L2 penalty on leaf values (Newton step −G / (H + λ)). */
  lambda?: number;
  /** A split must leave at least this much (weighted) hessian on each side. */
  minHessian?: number;
  /** Weight of positive examples relative to negative ones. */
  positiveWeight?: number;
  /** Most cut points per feature (quantiles of its distinct values). */
  maxCuts?: number;
}

/** Per-feature cut points and each example's bin (sparse: only entries off the feature's most common bin). */
export interface Binned {
  n: number;
  cuts: number[][];
  /** The bin most examples fall in; the entries below list the others. */
  common: number[];
  rows: Int32Array[];
  bins: Uint8Array[];
  /** Every example's bin, row-major (n × features), for routing. */
  dense: Uint8Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Cut points halfway between distinct values (at most `maxCuts`, spread by rank), and the sparse bins. */
export function binFeatures(X: readonly (readonly number[])[], maxCuts = 32): Binned {
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const out: Binned = { n, cuts: [], common: [], rows: [], bins: [], dense: new Uint8Array(n * d) };
  for (let k = 0; k < d; k++) {
    const vals = [...new Set(X.map((x) => x[k]!))].sort((a, b) => a - b);
    let cuts = vals.slice(1).map((v, j) => (v + vals[j]!) / 2);
    if (cuts.length > maxCuts)
      cuts = Array.from({ length: maxCuts }, (_, j) => cuts[Math.floor((j * cuts.length) / maxCuts)]!);
    cuts = cuts.map((c) => Math.round(c * 1e6) / 1e6);
    const binOf = (v: number) => {
      let b = 0;
      while (b < cuts.length && v > cuts[b]!) b++;
      return b;
    };
    const all = X.map((x) => binOf(x[k]!));
    all.forEach((b, i) => (out.dense[i * d + k] = b));
    const count = new Array<number>(cuts.length + 1).fill(0);
    for (const b of all) count[b]!++;
    const common = count.indexOf(Math.max(...count));
    const idx = all.flatMap((b, i) => (b === common ? [] : [i]));
    out.cuts.push(cuts);
    out.common.push(common);
    out.rows.push(Int32Array.from(idx));
    out.bins.push(Uint8Array.from(idx.map((i) => all[i]!)));
  }
  return out;
}

interface Split {
  gain: number;
  k: number;
  b: number;
}

/**
 * Fits boosted trees; `sampleWeight` (0 leaves an example out, as cross-validation folds do) multiplies
 * the positive weighting. Returns the base log-odds and the trees.
 */
export function fitTrees(
  data: Binned,
  y: readonly number[],
  opts: BoostOptions = {},
  sampleWeight?: readonly number[],
): { base: number; trees: TreeNode[] } {
  const { n, cuts } = data;
  const d = cuts.length;
  const depth = opts.depth ?? 3;
  const eta = opts.shrinkage ?? 0.1;
  const lambda = opts.lambda ?? 1;
  const minH = opts.minHessian ?? 1;
  const w = Float64Array.from(
    { length: n },
    (_, i) => (sampleWeight?.[i] ?? 1) * (y[i] ? (opts.positiveWeight ?? 1) : 1),
  );
  let sw = 0;
  let sp = 0;
  for (let i = 0; i < n; i++) ((sw += w[i]!), (sp += w[i]! * y[i]!));
  const base = Math.log(Math.max(sp, 1e-9) / Math.max(sw - sp, 1e-9));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const off: number[] = [];
  let T = 0;
  for (const c of cuts) (off.push(T), (T += c.length + 1));
  // Each example's slot among the level's open nodes (−1 once its node is a leaf), and its node id.
  const slotOf = new Int32Array(n);
  const nodeOf = new Int32Array(n);
  const trees: TreeNode[] = [];
  for (let round = 0; round < (opts.rounds ?? 200); round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(F[i]!);
      g[i] = w[i]! * (p - y[i]!);
      h[i] = w[i]! * p * (1 - p);
    }
    nodeOf.fill(0);
    slotOf.fill(0);
    // Level-wise growth: `open` holds the node ids still to split; `shape` the tree by node id.
    const shape: ({ leaf: number } | { k: number; cut: number; l: number; r: number })[] = [{ leaf: 0 }];
    let open = [0];
    for (let level = 0; level <= depth && open.length; level++) {
      const G = new Float64Array(open.length);
      const H = new Float64Array(open.length);
      for (let i = 0; i < n; i++) {
        const j = slotOf[i]!;
        if (j < 0) continue;
        G[j]! += g[i]!;
        H[j]! += h[i]!;
      }
      const splits: (Split | null)[] = open.map(() => null);
      if (level < depth) {
        const hg = new Float64Array(open.length * T);
        const hh = new Float64Array(open.length * T);
        for (let k = 0; k < d; k++) {
          const rows = data.rows[k]!;
          const bins = data.bins[k]!;
          const o = off[k]!;
          for (let e = 0; e < rows.length; e++) {
            const i = rows[e]!;
            const j = slotOf[i]!;
            if (j < 0) continue;
            const at = j * T + o + bins[e]!;
            hg[at]! += g[i]!;
            hh[at]! += h[i]!;
          }
        }
        for (let j = 0; j < open.length; j++)
          splits[j] = bestSplit(data, hg, hh, j * T, off, G[j]!, H[j]!, lambda, minH);
      }
      const next: number[] = [];
      const route: ({ k: number; b: number; l: number; r: number } | null)[] = open.map(() => null);
      open.forEach((id, j) => {
        const s = splits[j];
        if (!s) {
          shape[id] = { leaf: Math.round((-G[j]! / (H[j]! + lambda)) * eta * 1e4) / 1e4 };
          return;
        }
        const l = shape.push({ leaf: 0 }) - 1;
        const r = shape.push({ leaf: 0 }) - 1;
        shape[id] = { k: s.k, cut: cuts[s.k]![s.b]!, l, r };
        route[j] = { k: s.k, b: s.b, l: next.length, r: next.length + 1 };
        next.push(l, r);
      });
      for (let i = 0; i < n; i++) {
        const j = slotOf[i]!;
        if (j < 0) continue;
        const s = route[j];
        if (!s) {
          slotOf[i] = -1;
          continue;
        }
        slotOf[i] = data.dense[i * d + s.k]! <= s.b ? s.l : s.r;
        nodeOf[i] = next[slotOf[i]!]!;
      }
      open = next;
    }
    const build = (id: number): TreeNode => {
      const s = shape[id]!;
      return 'leaf' in s ? s.leaf : [s.k, s.cut, build(s.l), build(s.r)];
    };
    trees.push(build(0));
    for (let i = 0; i < n; i++) F[i]! += (shape[nodeOf[i]!] as { leaf: number }).leaf;
  }
  return { base: Math.round(base * 1e4) / 1e4, trees };
}

/** The split of one node with the largest gain, from its per-feature histograms (the common bin filled in here). */
function bestSplit(
  data: Binned,
  hg: Float64Array,
  hh: Float64Array,
  at: number,
  off: readonly number[],
  G: number,
  H: number,
  lambda: number,
  minH: number,
): Split | null {
  let best: Split | null = null;
  const parent = (G * G) / (H + lambda);
  for (let k = 0; k < off.length; k++) {
    const nb = data.cuts[k]!.length + 1;
    if (nb < 2) continue;
    const o = at + off[k]!;
    const c = data.common[k]!;
    let sg = 0;
    let sh = 0;
    for (let b = 0; b < nb; b++) if (b !== c) ((sg += hg[o + b]!), (sh += hh[o + b]!));
    hg[o + c] = G - sg;
    hh[o + c] = H - sh;
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < nb - 1; b++) {
      gl += hg[o + b]!;
      hl += hh[o + b]!;
      const hr = H - hl;
      if (hl < minH || hr < minH) continue;
      const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (hr + lambda) - parent;
      if (gain > 1e-9 && (!best || gain > best.gain)) best = { gain, k, b };
    }
  }
  return best;
}
