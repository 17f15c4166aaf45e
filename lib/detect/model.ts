import type { DetectModel } from './generated/detect-model';

/** The probability a candidate is a product mention, from the logistic model's weights. */
export function probability(model: DetectModel, x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** Candidates at or above this probability are kept: the model's own decision boundary, one for all formats. */
export const ACCEPT = 0.5;
