import type { Candidate } from './context';
import type { DetectModel, TreeNode } from './generated/detect-model';
import { FIRST_ACCEPT, secondPassFeatures } from './second-pass';

/** The value of the leaf a feature vector reaches in one tree. */
function leaf(t: TreeNode, x: readonly number[]): number {
  while (typeof t !== 'number') t = (x[t[0]] ?? 0) <= t[1] ? t[2] : t[3];
  return t;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** sigmoid(w·x), missing weights read as 0 (a vector longer than the model adds nothing). */
export function logistic(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (w[k] ?? 0) * x[k]!;
  return sigmoid(z);
}

/** The first pass's probability that a candidate is a product mention: boosted trees if the model has them. */
export function probability(model: DetectModel, x: readonly number[]): number {
  if (!model.trees) return logistic(model.weights, x);
  let z = model.base ?? 0;
  for (const t of model.trees) z += leaf(t, x);
  return sigmoid(z);
}

/**
 * Every candidate's final probability: the first pass, then (when the model has second-pass weights)
 * the page-level second pass over the first pass's scores of the page's other candidates.
 */
export function scoreAll(model: DetectModel, cands: readonly Candidate[], X: readonly (readonly number[])[]): number[] {
  const p = X.map((x) => probability(model, x));
  const second = model.second;
  if (!second) return p;
  return secondPassFeatures(cands, p, FIRST_ACCEPT).map((z) => logistic(second, z));
}
