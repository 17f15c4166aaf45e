/**
 * How the pre-check splits the pages we know: every positive page (the seed and tests/fixtures/articles, labelled,
 * tests/fixtures/article-formats, ../shared/corpus/articles/cases with expected mentions) must pass it;
 * negatives should stop there. Prints the rejected positives, and the passed negatives with the reason.
 * Usage: npx tsx scripts/eval-precheck.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { precheckReason } from '../lib/detect/precheck';
import { browserBenchPages } from './bench/browser-pages';

const ROOT = process.cwd();
interface Page {
  name: string;
  html: string;
  positive: boolean;
  url?: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
/** A page's labels: how many mentions, and the address it was served from (as a browser tab would know it). */
const labelsOf = (json: string): { mentions: number; url?: string } => {
  try {
    type Labels = { mentions?: unknown[]; expected?: unknown[] | number; pageUrl?: string; url?: string };
    const j = JSON.parse(readFileSync(json, 'utf8')) as Labels;
    const n = typeof j.expected === 'number' ? j.expected : (j.mentions ?? j.expected ?? []).length;
    return { mentions: n, url: j.pageUrl ?? j.url };
  } catch {
    return { mentions: 0 };
  }
};
const labelled = (name: string, html: string, json: string): Page => {
  const { mentions, url } = labelsOf(json);
  return { name, html, positive: mentions > 0, url };
};

const pages: Page[] = [];
const fx = join(ROOT, 'tests/fixtures');
for (const dir of ['labelled', 'article-formats', 'negative']) {
  for (const file of walk(join(fx, dir)).filter((f) => f.endsWith('.html'))) {
    const json = file.replace(/\.html$/, '.expected.json');
    pages.push(labelled(file.slice(fx.length + 1), readFileSync(file, 'utf8'), json));
  }
}
// The seed and the project's own format fixtures (tests/fixtures/articles).
for (const file of walk(join(fx, 'articles')).filter((f) => f.endsWith('.html'))) {
  const json = file.replace(/\.html$/, '.expected.json');
  pages.push(labelled(file.slice(fx.length + 1), readFileSync(file, 'utf8'), json));
}
// The shared corpus sits beside the main checkout (../shared) or at /work/shared; read it in place.
const cases = [join(ROOT, '../shared/corpus/articles/cases'), '/work/shared/corpus/articles/cases'].find(existsSync);
if (cases) {
  for (const file of readdirSync(cases).filter((f) => f.endsWith('.html'))) {
    const json = join(cases, file.replace(/\.html$/, '.json'));
    pages.push(labelled(`corpus/${file}`, readFileSync(join(cases, file), 'utf8'), json));
  }
}
for (const p of browserBenchPages()) {
  pages.push({ name: `bench/${p.id}`, html: p.html, positive: p.id === 'products-200' || p.id === 'seed' });
}

/** Per set (the first folder of the name): positives, rejected positives, negatives, passed negatives. */
const sets = new Map<string, [number, number, number, number]>();
let rejected = 0,
  passedNeg = 0,
  pos = 0;
for (const p of pages) {
  const { document } = parseHTML(p.html);
  // linkedom has no location; a tab has, and the pre-check tells the page's own links from other sites' by it.
  if (p.url) Object.defineProperty(document, 'location', { value: new URL(p.url), configurable: true });
  const reason = precheckReason(document as unknown as Document);
  const set = p.name.split('/')[0]!;
  const row = sets.get(set) ?? [0, 0, 0, 0];
  sets.set(set, row);
  if (p.positive) {
    pos++;
    row[0]++;
    if (reason === null) (rejected++, row[1]++, console.log(`REJECTED positive  ${p.name}`));
  } else {
    row[2]++;
    if (reason !== null) (passedNeg++, row[3]++, console.log(`passed negative    ${p.name}  (${reason})`));
  }
}
console.log('\nset          positives  rejected  negatives  passed');
for (const [set, [p, r, n, pn]] of [...sets].sort()) {
  const cells = [String(p).padStart(9), String(r).padStart(9), String(n).padStart(10), String(pn).padStart(7)];
  console.log(`${set.padEnd(12)} ${cells.join(' ')}`);
}
const neg = pages.length - pos;
console.log(
  `positives ${pos}: rejected ${rejected}; negatives ${neg}: stopped ${neg - passedNeg}, passed ${passedNeg}`,
);
