/**
 * Scores the detector on a folder of articles: for each X.html with an X.expected.json beside it,
 * prints found / expected / matched, precision and recall, then the totals.
 *   npx tsx scripts/eval-detect.ts tests/fixtures/article-formats [--verbose]
 *   npm run eval:detect -- --corpus ../shared/corpus/articles/cases [--out DIR]   predictions for score.mjs
 *   npm run eval:detect -- --pages DIR [--misses FILE]   a labelled folder (flat or SITE/ subfolders) with the
 *     shipped model; FILE gets each page's misses (-) and false mentions (+)
 *   npm run eval:detect -- --holdout LIST   trains without the folders listed in LIST (one
 *     tests/fixtures/labelled/SITE per line) and scores on them: a batch's figure after it joined the repo
 *   npm run eval:detect -- --cv [--no-docs] [--misses FILE]   leave-one-site-out cross-validation; updates
 *     docs/detection-quality.md; FILE gets each page's misses (-) and false mentions (+)
 * Matching is scripts/lib/detect-score.ts (shared with the held-out regression test); brand,
 * retailer and link agreement are reported separately as field accuracy.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectMentions } from '../lib/detect';
import type { Mention } from '../lib/detect/types';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';
import { foldForScore as fold, scoreMentions } from './lib/detect-score';
import { readSharedCases, sharedCasesDir, writePrediction } from './lib/shared-corpus';
import { runCv, writeMisses } from './lib/detect-cv-report';
import { shipped, summary, table } from './lib/detect-cv';
import { gatherPage } from './lib/detect-data';
import { holdOut } from './lib/detect-holdout';
import { oracle } from './lib/detect-oracle';
import { formatStats } from './lib/detect-stats';
import { repoPages, sharedPages } from './lib/labelled-pages';

// Node reads the gazetteer data built into lib/; only the content script loads it by message.
installBundledGazetteer();

const argv = process.argv.slice(2);
if (argv.includes('--oracle')) {
  // Diagnostics on the shared corpus (all pages with --all, one folder with --pages DIR): what candidates cover.
  const dir = argv.includes('--pages') ? argv[argv.indexOf('--pages') + 1]! : undefined;
  const pages = dir
    ? repoPages(dirname(dir), [basename(dir)])
    : argv.includes('--all')
      ? [...repoPages(join('tests', 'fixtures')), ...sharedPages()]
      : sharedPages();
  const data = pages.map(gatherPage);
  oracle(data, argv.includes('--verbose'));
  formatStats(data);
  process.exit(0);
}
const pagesAt = argv.indexOf('--pages');
if (pagesAt >= 0) {
  // A labelled folder read in place (flat, or SITE/ subfolders), scored with the shipped model: a first-run figure.
  const dir = argv[pagesAt + 1]!;
  const rep = shipped(repoPages(dirname(dir), [basename(dir)]));
  if (argv.includes('--misses')) writeMisses(argv[argv.indexOf('--misses') + 1]!, rep.diffs);
  console.log(`${summary(rep)}\n\n${table('language', rep.byLang)}\n\n${table('kind of page', rep.byKind)}`);
  process.exit(0);
}
if (argv.includes('--holdout')) {
  const pages = [...repoPages(join('tests', 'fixtures')), ...sharedPages()];
  console.log(holdOut(pages, argv[argv.indexOf('--holdout') + 1]!));
  process.exit(0);
}
if (argv.includes('--cv')) {
  // --extra DIR: one more labelled folder read in place (e.g. a batch not yet merged).
  runCv(
    argv.includes('--no-docs'),
    argv.flatMap((a, k) => (a === '--extra' ? [argv[k + 1]!] : [])),
    argv.includes('--misses') ? argv[argv.indexOf('--misses') + 1] : undefined,
  );
  process.exit(0);
}
const corpusAt = argv.indexOf('--corpus');
if (corpusAt >= 0) {
  // The shared corpus: predictions go to --out (or a temp dir) for ../shared/corpus/articles/score.mjs.
  const casesDir = sharedCasesDir(argv[corpusAt + 1]);
  if (!casesDir) throw new Error('no shared corpus found');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1]! : mkdtempSync(join(tmpdir(), 'magpie-pred-'));
  mkdirSync(out, { recursive: true });
  for (const c of readSharedCases(casesDir)) {
    const { document } = parseHTML(c.html);
    writePrediction(out, c.slug, detectMentions(document as unknown as Document, c.url));
  }
  console.log(`predictions in ${out}\nscore: node ${join(casesDir, '..', 'score.mjs')} ${out} ${casesDir}`);
  process.exit(0);
}
const [dir, ...rest] = argv;
if (!dir) {
  console.error('usage: npx tsx scripts/eval-detect.ts DIR [--verbose]');
  process.exit(2);
}
const verbose = rest.includes('--verbose');
let F = 0;
let E = 0;
let M = 0;
const fields = { brand: 0, retailer: 0, url: 0 };
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const json = join(dir, file.replace(/\.html$/, '.expected.json'));
  // A page without an expected file is a negative one: it must yield nothing.
  const exp = (
    existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : { pageUrl: `https://example.com/${file}`, mentions: [] }
  ) as {
    pageUrl: string;
    mentions: Mention[];
  };
  const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
  const found = detectMentions(document as unknown as Document, exp.pageUrl);
  const score = scoreMentions(found, exp.mentions);
  const notes: string[] = [];
  const matched = score.matched.length;
  for (const { expected: e, found: f } of score.matched) {
    if (fold(e.brand) === fold(f.brand)) fields.brand++;
    else if (verbose)
      notes.push(`   ~ brand   ${JSON.stringify(e.brand)} found ${JSON.stringify(f.brand)} (${f.name})`);
    if (fold(e.retailer) === fold(f.retailer)) fields.retailer++;
    else if (verbose)
      notes.push(`   ~ shop    ${JSON.stringify(e.retailer)} found ${JSON.stringify(f.retailer)} (${f.name})`);
    if ((e.url ?? null) === (f.url ?? null)) fields.url++;
    else if (verbose) notes.push(`   ~ url     ${JSON.stringify(e.url)} found ${JSON.stringify(f.url)} (${f.name})`);
  }
  F += found.length;
  E += exp.mentions.length;
  M += matched;
  const { precision: p, recall: r, extra, missed: left } = score;
  console.log(
    `${file.padEnd(34)} found ${String(found.length).padStart(2)}  ` +
      `expected ${String(exp.mentions.length).padStart(2)}  matched ${String(matched).padStart(2)}  ` +
      `precision ${(p * 100).toFixed(0).padStart(3)}%  recall ${(r * 100).toFixed(0).padStart(3)}%`,
  );
  if (verbose) {
    for (const n of notes) console.log(n);
    for (const x of extra)
      console.log(
        `   + extra   ${JSON.stringify({ brand: x.brand, name: x.name, price: x.price, retailer: x.retailer })}`,
      );
    for (const x of left)
      console.log(
        `   - missed  ${JSON.stringify({ brand: x.brand, name: x.name, price: x.price, retailer: x.retailer })}`,
      );
  }
}
const pct = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(1) : '100.0');
console.log(`\nTOTAL found ${F}  expected ${E}  matched ${M}  precision ${pct(M, F)}%  recall ${pct(M, E)}%`);
console.log(
  `field accuracy on matched: brand ${pct(fields.brand, M)}%  ` +
    `retailer ${pct(fields.retailer, M)}%  url ${pct(fields.url, M)}%`,
);
