/**
 * Fits the detector's two-pass scorer. First pass: L2 logistic regression on the candidate features
 * (or boosted trees with DETECT_FIRST=trees, kept for comparison). Second pass: a small logistic model on
 * page-level features built from the first pass's scores of the other candidates (lib/detect/second-pass),
 * trained on out-of-fold first-pass scores (each site scored by a first pass fitted without it), so it
 * learns how far to trust scores it has not seen the labels of.
 */
import type { DetectModel } from '../../lib/detect/generated/detect-model';
import { probability } from '../../lib/detect/model';
import { FIRST_ACCEPT, secondPassFeatures } from '../../lib/detect/second-pass';
import { binFeatures, fitTrees, type BoostOptions } from './boosted-trees';
import { fitLogistic } from './logistic';
import type { PageData } from './detect-data';

/** First-pass L2 penalty, chosen by leave-one-site-out CV (1 beat 3 and 0.3 on 852 pages, session 18). */
export const L2 = Number(process.env.DETECT_L2 ?? 1);
/** First pass: positives count less than negatives (a wrong product costs the reader more than a missed one). */
export const POSITIVE_WEIGHT = Number(process.env.DETECT_PW ?? 0.5);
/** Second pass: balanced; its boundary is the one global decision value (chosen by cross-validation). */
const SECOND = { l2: 1, positiveWeight: 1 };
export const ACCEPT = Number(process.env.DETECT_ACCEPT ?? 0.5);
const TREES: BoostOptions = { rounds: 200, depth: 3, shrinkage: 0.1, lambda: 1, minHessian: 1, positiveWeight: 0.5 };

/** The training's settings (defaults above, from the environment); experiments pass their own. */
export interface TrainOptions {
  l2: number;
  positiveWeight: number;
  /** Boosted trees for the first pass instead of logistic regression. */
  trees: BoostOptions | null;
  second: { l2: number; positiveWeight: number };
  accept: number;
}

export const TRAIN: TrainOptions = {
  l2: L2,
  positiveWeight: POSITIVE_WEIGHT,
  trees: process.env.DETECT_FIRST === 'trees' ? TREES : null,
  second: SECOND,
  accept: ACCEPT,
};

const round = (w: readonly number[]) => w.map((v) => Math.round(v * 1e4) / 1e4);

/** All candidates of the pages as rows, with their site (the cross-validation unit). */
function rows(data: readonly PageData[]): { X: number[][]; y: number[]; site: string[] } {
  const X: number[][] = [];
  const y: number[] = [];
  const site: string[] = [];
  for (const d of data) {
    if (Array.isArray(d.g)) continue;
    X.push(...d.g.X);
    y.push(...d.y);
    for (const _ of d.y) site.push(d.page.site);
  }
  return { X, y, site };
}

type First = Pick<DetectModel, 'weights' | 'base' | 'trees'>;

/** One first-pass model per site, fitted without that site's pages (`null` site: fitted on every page). */
function firstPasses(
  X: number[][],
  y: number[],
  site: string[],
  sites: string[],
  o: TrainOptions,
): Map<string | null, First> {
  const out = new Map<string | null, First>();
  const trees = o.trees;
  if (trees) {
    const B = binFeatures(X);
    out.set(null, { weights: [], ...fitTrees(B, y, trees) });
    for (const s of sites)
      out.set(s, {
        weights: [],
        ...fitTrees(
          B,
          y,
          trees,
          site.map((t) => (t === s ? 0 : 1)),
        ),
      });
    return out;
  }
  const full = fitLogistic(X, y, { l2: o.l2, positiveWeight: o.positiveWeight });
  out.set(null, { weights: round(full) });
  for (const s of sites) {
    const keep = site.flatMap((t, i) => (t === s ? [] : [i]));
    const w = fitLogistic(
      keep.map((i) => X[i]!),
      keep.map((i) => y[i]!),
      { l2: o.l2, positiveWeight: o.positiveWeight, start: full, iterations: 8 },
    );
    out.set(s, { weights: round(w) });
  }
  return out;
}

/** Second-pass rows from out-of-fold first-pass scores (each page scored by its site's held-out model). */
function secondRows(data: readonly PageData[], first: Map<string | null, First>): number[][] {
  const Z: number[][] = [];
  for (const d of data) {
    if (Array.isArray(d.g)) continue;
    const m = { ...first.get(d.page.site)!, accept: FIRST_ACCEPT };
    Z.push(
      ...secondPassFeatures(
        d.g.cands,
        d.g.X.map((x) => probability(m, x)),
        FIRST_ACCEPT,
      ),
    );
  }
  return Z;
}

/**
 * Models for leave-one-site-out cross-validation (`perSite`) and the one to ship (`full`). The shipped
 * first pass sees every page; its second pass is fitted on out-of-fold first-pass scores. In each fold
 * the second pass is refitted without the held-out site (the other sites' out-of-fold scores came from
 * first passes that did see it: a second-order leak through ten page-level weights).
 */
export function fitModels(
  data: readonly PageData[],
  perSite: boolean,
  o: TrainOptions = TRAIN,
): { full: DetectModel; bySite: Map<string, DetectModel> } {
  const { X, y, site } = rows(data);
  const sites = [...new Set(site)];
  const first = firstPasses(X, y, site, sites, o);
  const Z = secondRows(data, first);
  const second = fitLogistic(Z, y, o.second);
  const full: DetectModel = { ...first.get(null)!, second: round(second), accept: o.accept };
  const bySite = new Map<string, DetectModel>();
  if (perSite)
    for (const s of sites) {
      const keep = site.flatMap((t, i) => (t === s ? [] : [i]));
      const w = fitLogistic(
        keep.map((i) => Z[i]!),
        keep.map((i) => y[i]!),
        { ...o.second, start: second, iterations: 8 },
      );
      bySite.set(s, { ...first.get(s)!, second: round(w), accept: o.accept });
    }
  return { full, bySite };
}
