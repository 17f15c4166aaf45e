/**
 * Measures the listing extractor on folders of saved product pages.
 *   npm run eval:listing -- DIR [DIR…] [--peb-only] [--verbose] [--null-availability-is-instock]
 * Each NN-*.json case names its page (`html`: .html or .html.gz, else NN-*.html beside it) and gives
 * the `url` to pass and the `expected` values, compared by the corpus scoring rules (title token
 * Jaccard >= 0.8, brand normalised, price within 0.01, currency ISO, availability short name,
 * image/url ignoring scheme, query and fragment, `accept` alternatives, `unscored` fields skipped,
 * a null expectation wanting null). Beside the field rates it prints the product-extraction
 * benchmark's price F1 (its evaluate.py: a wrong price is a false positive and a false negative),
 * on the expected values and, for benchmark pages, on the peer's raw labels. `--peb-only` keeps the
 * benchmark's pages only (the dev corpus plus listing-peb gives all 140).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractListing } from '../lib/listing';
import type { Listing } from '../lib/listing/types';
import {
  FIELDS,
  addCounts,
  f1,
  isCase,
  priceCounts,
  scoreField,
  truePrices,
  type Case,
  type Counts,
  type Field,
} from './lib/listing-score';

const PEB = /product-extraction-benchmark@/;

interface Page {
  name: string;
  file: string;
  meta: Case;
}

/** The cases of one folder with their page files, in name order. */
function casesIn(dir: string): Page[] {
  const out: Page[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => /^\d+-.*\.json$/.test(x))
    .sort()) {
    const name = f.replace(/\.json$/, '');
    let meta: unknown;
    try {
      meta = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch {
      process.stderr.write(`skip ${f}: unreadable JSON\n`);
      continue;
    }
    if (!isCase(meta)) continue;
    const file = [meta.html, `${name}.html`, `${name}.html.gz`]
      .filter((x): x is string => typeof x === 'string')
      .map((x) => join(dir, x))
      .find(existsSync);
    if (!file) {
      process.stderr.write(`skip ${f}: no page file\n`);
      continue;
    }
    out.push({ name, file, meta });
  }
  return out;
}

function readPage(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function main(): void {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (!dirs.length) {
    process.stderr.write('usage: eval-listing DIR [DIR…] [--peb-only] [--verbose] [--null-availability-is-instock]\n');
    process.exitCode = 2;
    return;
  }
  const verbose = args.includes('--verbose');
  const nullIsInStock = args.includes('--null-availability-is-instock');
  let pages = dirs.flatMap(casesIn);
  if (args.includes('--peb-only')) pages = pages.filter((p) => PEB.test(p.meta.source ?? ''));
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const scored = { ...right };
  let allRight = 0;
  let price: Counts = [0, 0, 0];
  let priceRaw: Counts = [0, 0, 0];
  let rawPages = 0;
  const times: Array<{ page: string; ms: number; bytes: number }> = [];
  const misses: string[] = [];
  for (const { name, file, meta } of pages) {
    const html = readPage(file);
    let got: Listing | null = null;
    const t0 = performance.now();
    try {
      got = extractListing(html, meta.url);
    } catch (err) {
      misses.push(`${name}  extractor threw: ${String(err)}`);
    }
    times.push({ page: name, ms: performance.now() - t0, bytes: Buffer.byteLength(html) });
    let pageRight = true;
    for (const field of FIELDS) {
      if (meta.unscored?.includes(field)) continue;
      scored[field]++;
      let value: unknown = got ? got[field] : undefined;
      if (field === 'availability' && nullIsInStock && (value === null || value === undefined)) value = 'InStock';
      if (got && scoreField(meta, field, value)) {
        right[field]++;
      } else {
        pageRight = false;
        misses.push(`${name}  ${field}: got ${JSON.stringify(value)} want ${JSON.stringify(meta.expected[field])}`);
      }
    }
    if (pageRight) allRight++;
    const p = typeof got?.price === 'number' ? got.price : null;
    price = addCounts(price, priceCounts(truePrices(meta, false)!, p));
    const raw = PEB.test(meta.source ?? '') ? truePrices(meta, true) : null;
    if (raw) {
      rawPages++;
      priceRaw = addCounts(priceRaw, priceCounts(raw, p));
    }
  }
  report(pages.length, right, scored, allRight, times);
  const line = (c: Counts, what: string, n: number) => {
    const m = f1(c);
    return (
      `price F1 ${m.f1.toFixed(3)} (P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}; ` +
      `tp ${c[0]} fp ${c[1]} fn ${c[2]}), ${what}, ${n} pages`
    );
  };
  process.stdout.write(line(price, 'expected+accept', pages.length) + '\n');
  if (rawPages) process.stdout.write(line(priceRaw, 'benchmark raw labels', rawPages) + '\n');
  if (verbose && misses.length) process.stdout.write('\nmisses:\n' + misses.map((m) => '  ' + m).join('\n') + '\n');
}

function report(
  n: number,
  right: Record<Field, number>,
  scored: Record<Field, number>,
  allRight: number,
  times: Array<{ page: string; ms: number; bytes: number }>,
): void {
  const lines = [`listing eval: ${n} pages`, 'field          right   accuracy'];
  for (const f of FIELDS) {
    lines.push(
      `${f.padEnd(14)} ${`${right[f]}/${scored[f]}`.padEnd(7)} ${(scored[f] ? right[f] / scored[f] : 0).toFixed(3)}`,
    );
  }
  lines.push(`${'entire page'.padEnd(14)} ${`${allRight}/${n}`.padEnd(7)} ${(n ? allRight / n : 0).toFixed(3)}`);
  const sorted = [...times].sort((a, b) => a.ms - b.ms);
  const biggest = [...times].sort((a, b) => b.bytes - a.bytes)[0];
  if (sorted.length && biggest) {
    const median = sorted[Math.floor(sorted.length / 2)]!.ms;
    lines.push(
      `time per page: median ${median.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.ms.toFixed(0)} ms; ` +
        `biggest page ${biggest.page} (${(biggest.bytes / 1e6).toFixed(2)} MB) ${biggest.ms.toFixed(0)} ms`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main();
