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
import { gatherPage, train } from './lib/detect-data';
import { repoPages, sharedPages } from './lib/labelled-pages';

installBundledGazetteer();
const OUT = 'lib/detect/generated/detect-model.ts';
const pages = [...repoPages(join('tests', 'fixtures')), ...sharedPages()];
const data = pages.map(gatherPage);
const model = train(data);
const n = data.reduce((s, d) => s + d.y.length, 0);
const pos = data.reduce((s, d) => s + d.y.filter(Boolean).length, 0);
const body = FEATURE_NAMES.map((f, k) => `//   ${f.padEnd(24)} ${model.weights[k]}`).join('\n');
writeFileSync(
  OUT,
  `// GENERATED FILE — do not edit. Built by scripts/train-detect.ts (npm run train:detect)\n` +
    `// from ${pages.length} labelled pages (${n} candidates, ${pos} positive).\n\n` +
    `// Weights by feature (lib/detect/feature-names.ts):\n${body}\n\n` +
    `/** Logistic-regression weights, one per entry of the feature vector (lib/detect/features.ts). */\n` +
    `export interface DetectModel {\n  weights: readonly number[];\n}\n\n` +
    `export const DETECT_MODEL: DetectModel = { weights: ${JSON.stringify(model.weights)} };\n`,
);
console.log(`${pages.length} pages, ${n} candidates (${pos} positive) → ${OUT}`);
