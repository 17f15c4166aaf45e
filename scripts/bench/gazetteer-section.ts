/**
 * Gazetteer cost where the detector starts: decoding the generated brand data into its lookup
 * maps (once per worker start, and again when new data is installed), against the least any
 * decoder must do (splitting the data into lines and names); the data's size raw and gzipped;
 * and findBrands over 100,000 characters of prose and of brand-dense product lines.
 */
import { gzipSync } from 'node:zlib';
import { buildBrandIndex } from '../../lib/gazetteer/brand-index';
import { findBrands } from '../../lib/gazetteer/brands';
import { installBundledGazetteer } from '../../lib/gazetteer/bundled';
import { BRAND_DATA, LEXICON_DATA, RETAILER_DATA } from '../../lib/gazetteer/generated/content-data';
import { compare } from './measure';
import { ms, ratio, size, table, TIMING_HEAD, timingCells, type Out } from './report';
import type { Section } from './section';

const SCAN_CHARS = 100_000;
const TEXTS = {
  prose: 'The mayor said the new bridge would open next spring, after a long winter of delays and rising costs. ',
  products: 'Ganni puff-sleeve dress, £225 at Net-a-Porter; Veja Campo trainers, €120; Charlotte Tilbury lipstick. ',
};
const long = (unit: string) => unit.repeat(Math.ceil(SCAN_CHARS / unit.length)).slice(0, SCAN_CHARS);

function sizes(out: Out): void {
  const row = (label: string, s: string) => {
    const raw = Buffer.byteLength(s);
    return [label, String(s.split('\n').length), size(raw), size(gzipSync(s, { level: 9 }).length)];
  };
  out(
    ...table(
      ['generated data', 'lines', 'raw', 'gzip -9'],
      [
        row('brands', BRAND_DATA),
        row('retailers', RETAILER_DATA),
        row('lexicon', LEXICON_DATA),
        row('all three', BRAND_DATA + RETAILER_DATA + LEXICON_DATA),
      ],
    ),
  );
}

function indexBuild(out: Out): void {
  const t = compare(
    {
      build: { label: 'buildBrandIndex(BRAND_DATA)', run: () => buildBrandIndex(BRAND_DATA) },
      split: { label: 'split into lines and names', run: () => BRAND_DATA.split('\n').map((l) => l.split('|')) },
    },
    { ms: 2000, minRounds: 7 },
  );
  out(
    ...table(
      ['decode', ...TIMING_HEAD],
      [
        [t.build.label, ...timingCells(t.build)],
        [t.split.label, ...timingCells(t.split)],
      ],
    ),
  );
  out();
  const entries = buildBrandIndex(BRAND_DATA).byKey.size;
  out(
    `  the index holds ${entries} keys; ` +
      `building it costs ${ratio(t.build.median / t.split.median)} a plain split of the data`,
  );
}

function scans(out: Out): void {
  installBundledGazetteer();
  const texts = { prose: long(TEXTS.prose), products: long(TEXTS.products) };
  const t = compare(
    {
      prose: { label: 'prose', run: () => findBrands(texts.prose) },
      products: { label: 'product lines', run: () => findBrands(texts.products) },
    },
    { ms: 1500 },
  );
  const rows = (['prose', 'products'] as const).map((k) => {
    const found = findBrands(texts[k]);
    const plain = found.filter((b) => !b.ambiguous).length;
    return [
      `findBrands, 100k chars of ${t[k].label}`,
      String(found.length),
      String(plain),
      ms(t[k].median),
      ms(t[k].p90),
    ];
  });
  // Flagged (ambiguous) hits need more evidence downstream; unflagged ones in prose are false anchors.
  out(...table(['scan', 'brands', 'unflagged', 'median', 'p90'], rows));
  out();
  out(`  product lines cost ${ratio(t.products.median / t.prose.median)} the time of prose`);
}

export const gazetteerSection: Section = {
  name: 'gazetteer',
  title: 'Gazetteer: data size, brand index build, findBrands',
  run(out: Out) {
    sizes(out);
    out();
    indexBuild(out);
    out();
    scans(out);
  },
};
