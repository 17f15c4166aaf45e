/**
 * How the pre-check splits the pages we know: every positive page (the seed, tests/fixtures/labelled,
 * tests/fixtures/article-formats, ../shared/corpus/articles/cases with expected mentions) must pass it;
 * negatives should stop there. Prints the rejected positives and the passed negatives by name.
 * Usage: npx tsx scripts/eval-precheck.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { worthReading } from '../lib/detect/precheck';
import { browserBenchPages } from './bench/browser-pages';

const ROOT = process.cwd();
interface Page { name: string; html: string; positive: boolean }

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const mentionsIn = (json: string): number => {
  try {
    const j = JSON.parse(readFileSync(json, 'utf8')) as { mentions?: unknown[]; expected?: unknown[] };
    return (j.mentions ?? j.expected ?? []).length;
  } catch {
    return 0;
  }
};

const pages: Page[] = [];
const fx = join(ROOT, 'tests/fixtures');
for (const dir of ['labelled', 'article-formats', 'negative']) {
  for (const file of walk(join(fx, dir)).filter((f) => f.endsWith('.html'))) {
    pages.push({ name: file.slice(fx.length + 1), html: readFileSync(file, 'utf8'), positive: mentionsIn(file.replace(/\.html$/, '.expected.json')) > 0 });
  }
}
pages.push({ name: 'articles/micro-purses-2018.html (seed)', html: readFileSync(join(fx, 'articles/micro-purses-2018.html'), 'utf8'), positive: true });
const cases = join(ROOT, '../shared/corpus/articles/cases');
if (existsSync(cases)) {
  for (const file of readdirSync(cases).filter((f) => f.endsWith('.html'))) {
    pages.push({ name: `corpus/${file}`, html: readFileSync(join(cases, file), 'utf8'), positive: mentionsIn(join(cases, file.replace(/\.html$/, '.json'))) > 0 });
  }
}
for (const p of browserBenchPages()) pages.push({ name: `bench/${p.id}`, html: p.html, positive: p.id === 'products-200' || p.id === 'seed' });

let rejected = 0, passedNeg = 0, pos = 0;
for (const p of pages) {
  const { document } = parseHTML(p.html);
  const ok = worthReading(document as unknown as Document);
  if (p.positive) {
    pos++;
    if (!ok) (rejected++, console.log(`REJECTED positive  ${p.name}`));
  } else if (ok) (passedNeg++, console.log(`passed negative    ${p.name}`));
}
const neg = pages.length - pos;
console.log(`positives ${pos}: rejected ${rejected}; negatives ${neg}: stopped ${neg - passedNeg}, passed ${passedNeg}`);
