/**
 * Listing extractor cost: a small fixture product page against generated pages of 500 KB and 5 MB
 * (does time grow with size, and how much of it is linkedom's parse), and the heap a 5 MB page
 * needs, per MB of HTML.
 */
import { isDeepStrictEqual } from 'node:util';
import { GCProfiler } from 'node:v8';
import { parseHTML } from 'linkedom';
import { extractListing, type Listing } from '../../lib/listing';
import { gc } from './gc';
import { compare, cpuMs, keep, type Timing } from './measure';
import { readRepoFile } from './pages';
import { productPage, PRODUCT_URL, readsRight } from './product-page';
import { ratio, size, table, timingCells, TIMING_HEAD, type Out } from './report';
import type { Section } from './section';

const FIXTURE = 'tests/fixtures/retail/jsonld-offers-per-size';
const MB = 1024 * 1024;

const heapUsed = () => process.memoryUsage().heapUsed;

/** Heap over the starting point while `run` works (highest seen by any collection, or at the end) and after it. */
function heapCost<T>(run: () => T): { peak: number; retained: number; result: T } {
  gc();
  const base = heapUsed();
  const profiler = new GCProfiler();
  profiler.start();
  const result = run();
  const end = heapUsed();
  const seen = profiler.stop().statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize);
  gc();
  return { peak: Math.max(end, ...seen) - base, retained: heapUsed() - base, result };
}

interface BigPass {
  listing: Listing;
  extractMs: number;
  parseMs: number;
}

/** One extractListing and one parseHTML of the big page, for heap use (and a single-call time each). */
function memory(out: Out, html: string): BigPass {
  const mbOfHtml = html.length / MB;
  const perMb = (bytes: number) => `${(bytes / MB / mbOfHtml).toFixed(1)} MB per MB of HTML`;
  let t = cpuMs();
  const extract = heapCost(() => extractListing(html, PRODUCT_URL));
  const extractMs = cpuMs() - t;
  t = cpuMs();
  const parsed = heapCost(() => parseHTML(html).document);
  const parseMs = cpuMs() - t;
  keep(parsed.result);
  out(`  heap for ${size(html.length)} of HTML (heapUsed over a collected start; peak as seen by V8's GC profiler):`);
  out(
    ...table(
      ['', 'peak', 'held after', 'per MB of HTML'],
      [
        ['extractListing', size(extract.peak), size(Math.max(0, extract.retained)), perMb(extract.peak)],
        ['parseHTML alone (document kept)', size(parsed.peak), size(parsed.retained), perMb(parsed.retained)],
      ],
    ).map((l) => `    ${l}`),
  );
  keep(null);
  return { listing: extract.result, extractMs, parseMs };
}

export const listingSection: Section = {
  name: 'listing',
  title: 'Listing extractor: extractListing on product pages',
  run(out: Out) {
    const meta = JSON.parse(readRepoFile(`${FIXTURE}.json`)) as { url: string; expected: Listing };
    const fixture = readRepoFile(`${FIXTURE}.html`);
    const mid = productPage(MB / 2);
    const big = productPage(5 * MB);
    const right = (l: Listing, want?: Listing) => ((want ? isDeepStrictEqual(l, want) : readsRight(l)) ? 'yes' : 'NO');
    const t = compare(
      {
        fixture: {
          label: `extractListing, fixture ${FIXTURE.split('/').pop()}`,
          run: () => extractListing(fixture, meta.url),
        },
        mid: { label: 'extractListing, generated', run: () => extractListing(mid, PRODUCT_URL) },
        parse: { label: 'linkedom parseHTML alone, generated', run: () => parseHTML(mid).document },
      },
      { ms: 2000, minRounds: 5, sampleMs: 20 },
    );
    const pass = memory(out, big);
    out();
    // The 5 MB page is timed against the 500 KB one only: each call takes seconds on a loaded machine.
    const b = compare(
      {
        mid: { label: 'extractListing, generated', run: () => extractListing(mid, PRODUCT_URL) },
        big: { label: 'extractListing, generated', run: () => extractListing(big, PRODUCT_URL) },
      },
      { ms: 0, warmup: 0, minRounds: 3 },
    );
    const fixtureRatio = (x: Timing) => ratio(x.median / t.fixture.median);
    const midToBig = b.big.median / b.mid.median;
    const rows: string[][] = [
      [
        t.fixture.label,
        size(fixture.length),
        right(extractListing(fixture, meta.url), meta.expected),
        ...timingCells(t.fixture),
        '1.00×',
        '',
      ],
      [
        t.mid.label,
        size(mid.length),
        right(extractListing(mid, PRODUCT_URL)),
        ...timingCells(t.mid),
        fixtureRatio(t.mid),
        ratio(t.mid.median / t.parse.median),
      ],
      [t.parse.label, size(mid.length), '', ...timingCells(t.parse), fixtureRatio(t.parse), '1.00×'],
      [
        b.big.label,
        size(big.length),
        right(pass.listing),
        ...timingCells(b.big),
        `${ratio((midToBig * t.mid.median) / t.fixture.median)}*`,
        '',
      ],
    ];
    out(...table(['case', 'HTML', 'own product', ...TIMING_HEAD, '÷ fixture', '÷ parseHTML'], rows));
    out();
    const vsFixture = big.length / fixture.length;
    const vsMid = big.length / mid.length;
    const bigVsFixture = (midToBig * t.mid.median) / t.fixture.median;
    out(
      `  5 MB against 500 KB, same recipe, side by side: ${ratio(midToBig)} the time for ${ratio(vsMid)} the HTML → ` +
        `${ratio(midToBig / vsMid)} per byte (≈ 1× linear)`,
    );
    out(
      `  5 MB against the fixture (* through the 500 KB page, timed side by side with each): ` +
        `${ratio(bigVsFixture)} the time for ${ratio(vsFixture)} the HTML → ` +
        `${ratio(bigVsFixture / vsFixture)} per byte`,
    );
    out(
      `  parsing is ${ratio(t.parse.median / t.mid.median)} of extractListing at 500 KB, ` +
        `${ratio(pass.parseMs / pass.extractMs)} at 5 MB (one call each, from the heap pass); ` +
        'extractListing parses after dropping style and svg bodies',
    );
  },
};
