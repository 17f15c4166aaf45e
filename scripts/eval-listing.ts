/**
 * Measures the listing extractor on a directory of saved product pages.
 *   npm run eval:listing -- DIR [--verbose] [--null-availability-is-instock]
 * Each NN-*.html is read with the `url` from NN-*.json and compared with its `expected` values by the
 * corpus scoring rules (title token Jaccard >= 0.8, brand normalised, price within 0.01, currency ISO,
 * availability short name, image/url ignoring scheme, query and fragment, `accept` alternatives,
 * `unscored` fields skipped, a null expectation wanting null).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractListing } from '../lib/listing';
import type { Listing } from '../lib/listing/types';

type Field = keyof Listing;
const FIELDS: Field[] = ['title', 'brand', 'price', 'currency', 'availability', 'image', 'url'];

interface Case {
  url: string;
  expected: Record<Field, unknown>;
  accept?: Partial<Record<Field, unknown[]>>;
  unscored?: Field[];
}

function isCase(v: unknown): v is Case {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return typeof c.url === 'string' && typeof c.expected === 'object' && c.expected !== null;
}

// ---- scoring (the corpus README's rules) ----

const words = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 1;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return common / (A.size + B.size - common);
}

function titleMatches(got: string, want: string, brand: string | null): boolean {
  const g = words(got);
  const w = words(want);
  if (g.join(' ') === w.join(' ') || jaccard(g, w) >= 0.8) return true;
  if (!brand) return false;
  const b = new Set(words(brand));
  const gb = g.filter((t) => !b.has(t));
  const wb = w.filter((t) => !b.has(t));
  return gb.join(' ') === wb.join(' ') || jaccard(gb, wb) >= 0.8;
}

const brandKey = (s: string) =>
  s.toLowerCase().replace(/\(r\)|\(tm\)|®|™/g, '').replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
const urlKey = (s: string) => s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[?#].*$/, '');
const shortAvailability = (s: string) => s.trim().split('/').pop()!.toLowerCase();

function fieldMatches(field: Field, got: unknown, want: unknown, brand: string | null): boolean {
  if (want === null || want === undefined) return got === null || got === undefined;
  if (got === null || got === undefined) return false;
  switch (field) {
    case 'title':
      return titleMatches(String(got), String(want), brand);
    case 'brand':
      return brandKey(String(got)) === brandKey(String(want));
    case 'price':
      return typeof got === 'number' && Math.abs(got - Number(want)) <= 0.01 + 1e-9;
    case 'currency':
      return String(got).toUpperCase() === String(want).toUpperCase();
    case 'availability':
      return shortAvailability(String(got)) === shortAvailability(String(want));
    case 'image':
      return urlKey(String(got)) === urlKey(String(want));
    case 'url':
      return urlKey(String(got)).replace(/\/+$/, '') === urlKey(String(want)).replace(/\/+$/, '');
  }
}

function scoreField(c: Case, field: Field, got: unknown): boolean {
  const brand = typeof c.expected.brand === 'string' ? c.expected.brand : null;
  const wants = [c.expected[field], ...(c.accept?.[field] ?? [])];
  return wants.some((w) => fieldMatches(field, got, w, brand));
}

// ---- run ----

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: eval-listing DIR [--verbose] [--null-availability-is-instock]\n');
    process.exitCode = 2;
    return;
  }
  const verbose = args.includes('--verbose');
  const nullIsInStock = args.includes('--null-availability-is-instock');
  const pages = readdirSync(dir).filter((f) => /^\d+-.*\.html$/.test(f)).sort();
  const right: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const scored: Record<Field, number> = { ...right };
  let allRight = 0;
  const times: Array<{ page: string; ms: number; bytes: number }> = [];
  const misses: string[] = [];
  for (const page of pages) {
    const name = basename(page, '.html');
    let meta: unknown;
    try {
      meta = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    } catch {
      process.stderr.write(`skip ${page}: no readable ${name}.json\n`);
      continue;
    }
    if (!isCase(meta)) continue;
    const html = readFileSync(join(dir, page), 'utf8');
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
  }
  report(pages.length, right, scored, allRight, times);
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
    lines.push(`${f.padEnd(14)} ${`${right[f]}/${scored[f]}`.padEnd(7)} ${(scored[f] ? right[f] / scored[f] : 0).toFixed(3)}`);
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
