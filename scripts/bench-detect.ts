/**
 * Times detectMentions on a page without products (the common case: it must cost close to nothing),
 * a fixture article and a generated 2 MB article, parsed with linkedom.
 *   npx tsx scripts/bench-detect.ts
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectMentions } from '../lib/detect';
import { installBundledGazetteer } from '../lib/gazetteer/bundled';

// Node reads the gazetteer data built into lib/; only the content script loads it by message.
installBundledGazetteer();

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const prose = '<p>Quiet luxury is the trend that refuses to die; the look needs no logo and no explanation.</p>';
const plain = doc(`<html><body><main><article>${prose.repeat(400)}</article></main></body></html>`);
const article = doc(readFileSync('tests/fixtures/articles/micro-purses-2018.html', 'utf8'));
let big = '';
for (let k = 0; big.length < 2_000_000; k++) big += `${prose.repeat(10)}<p>Zara Item ${k}, $${k % 90 + 10} at <a href="https://www.zara.com/p${k}">Zara</a></p>`;
const huge = doc(`<html><body><main><article>${big}</article></main></body></html>`);

function time(label: string, d: Document, runs: number): void {
  detectMentions(d, 'https://example.com/a');
  const t = performance.now();
  let n = 0;
  for (let k = 0; k < runs; k++) n = detectMentions(d, 'https://example.com/a').length;
  console.log(`${label.padEnd(32)} ${((performance.now() - t) / runs).toFixed(2).padStart(8)} ms/run  (${n} mentions)`);
}

time('no products (40 KB of prose)', plain, 200);
time('micro-purses-2018 fixture', article, 50);
time('generated 2 MB article', huge, 3);
