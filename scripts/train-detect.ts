/**
 * Trains the detector's scorer from every labelled page in the repo (tests/fixtures sets) plus the
 * shared corpus read in place, and writes lib/detect/generated/detect-model.ts. Deterministic:
 * the same pages give the same file.
 *   npm run train:detect
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';
import { FEATURE_NAMES } from '../lib/detect/feature-names';
import { SECOND_PASS_NAMES } from '../lib/detect/second-pass';
import { gatherPage } from './lib/detect-data';
import { fitModels } from './lib/detect-train';
import { repoPages, sharedPages } from './lib/labelled-pages';

installBundledGazetteer();
const OUT = 'lib/detect/generated/detect-model.ts';
const pages = [...repoPages(join('tests', 'fixtures')), ...sharedPages()];
const data = pages.map(gatherPage);
const { full: model } = fitModels(data, false);
if (!model.trees && model.weights.length !== FEATURE_NAMES.length) throw new Error('feature names and vector disagree');
const n = data.reduce((s, d) => s + d.y.length, 0);
const pos = data.reduce((s, d) => s + d.y.filter(Boolean).length, 0);
const list = (names: readonly string[], w: readonly number[]) =>
  names.map((f, k) => `//   ${f.padEnd(30)} ${w[k]}`).join('\n');
const first = model.trees
  ? `// First pass: ${model.trees.length} boosted trees over ${FEATURE_NAMES.length} features.`
  : `// First-pass weights by feature (lib/detect/feature-names.ts):\n${list(FEATURE_NAMES, model.weights)}`;
writeFileSync(
  OUT,
  `// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)\n` +
    `// from ${pages.length} labelled pages (${n} candidates, ${pos} positive).\n\n${first}\n\n` +
    `// Second-pass weights (lib/detect/second-pass.ts):\n${list(SECOND_PASS_NAMES, model.second ?? [])}\n\n` +
    `/** A regression tree: a leaf value, or [feature index, cut, subtree for x <= cut, subtree for x > cut]. */\n` +
    `export type TreeNode = number | readonly [number, number, TreeNode, TreeNode];\n\n` +
    `/**\n * The scorer: first-pass logistic weights (one per feature, lib/detect/features.ts) or boosted trees\n` +
    ` * over the same features, the page-level second pass, and the one decision boundary.\n */\n` +
    `export interface DetectModel {\n  weights: readonly number[];\n  base?: number;\n` +
    `  trees?: readonly TreeNode[];\n` +
    `  /** Page-level second-pass weights (lib/detect/second-pass.ts), applied to the first pass's scores. */\n` +
    `  second?: readonly number[];\n  accept: number;\n}\n\n` +
    `export const DETECT_MODEL: DetectModel = ${JSON.stringify(model)};\n`,
);
console.log(`${pages.length} pages, ${n} candidates (${pos} positive) → ${OUT}`);
