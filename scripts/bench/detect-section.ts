/**
 * Detector cost. The target is "close to nothing" on pages without products (most pages a reader
 * opens), so those are timed against a product page of the same size and against one read of
 * body.textContent, the least any detector must do. 2 MB pages, each against a tenth-size page of
 * the same recipe, show how the cost grows with length.
 */
import { detectMentions } from '../../lib/detect';
import { installBundledGazetteer } from '../../lib/gazetteer/bundled';
import { compare, type Case, type Timing } from './measure';
import { bigProductArticle, negativePage, newsPage, productArticle, quietPage, type BenchPage } from './detect-pages';
import { parse } from './pages';
import { ratio, size, table, timingCells, TIMING_HEAD, type Out } from './report';
import type { Section } from './section';

const BIG = 2 * 1024 * 1024;

interface Parsed extends BenchPage {
  doc: Document;
  mentions: number;
}

function prepare(page: BenchPage): Parsed {
  const doc = parse(page.html);
  return { ...page, doc, mentions: detectMentions(doc, page.url).length };
}

const detectCase = (p: Parsed): Case => ({ label: p.label, run: () => detectMentions(p.doc, p.url) });
const textCase = (p: Parsed): Case => ({ label: `textContent: ${p.label}`, run: () => p.doc.body.textContent });
const cells = (p: Parsed, t: Timing, text: Timing): string[] => [
  p.label,
  size(p.html.length),
  String(p.mentions),
  ...timingCells(t),
  ratio(t.median / text.median),
];

function sameSize(out: Out, product: Parsed): void {
  const chars = product.html.length - 500; // the page shell adds about 500 characters
  const pages = [product, prepare(quietPage(chars)), prepare(newsPage(chars)), prepare(negativePage(chars))] as const;
  const [, quiet, news, negative] = pages;
  const t = compare(
    {
      product: detectCase(product),
      quiet: detectCase(quiet),
      news: detectCase(news),
      negative: detectCase(negative),
      tProduct: textCase(product),
      tQuiet: textCase(quiet),
      tNews: textCase(news),
      tNegative: textCase(negative),
    },
    { ms: 2500, minRounds: 11 },
  );
  const det = [t.product, t.quiet, t.news, t.negative];
  const text = [t.tProduct, t.tQuiet, t.tNews, t.tNegative];
  const head = ['page (one size class)', 'HTML', 'found', ...TIMING_HEAD, '÷ textContent', '÷ product page'];
  out(
    ...table(
      head,
      pages.map((p, k) => [...cells(p, det[k]!, text[k]!), ratio(det[k]!.median / t.product.median)]),
    ),
  );
  out();
  out(
    `  no money or buy links: ${ratio(t.quiet.median / t.product.median)} a product page of its size, ` +
      `${ratio(t.quiet.median / t.tQuiet.median)} one textContent read`,
  );
  out(
    `  prices but no products: ${ratio(t.negative.median / t.product.median)} (negative fixtures), ` +
      `${ratio(t.news.median / t.product.median)} (£ news) a product page of its size`,
  );
}

function growth(out: Out, product: Parsed): void {
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const make of [bigProductArticle, newsPage]) {
    // One recipe at a time, so the other's tens of megabytes of nodes are not live meanwhile;
    // prepare() has run each detection once, which is warm-up enough for calls this long. The
    // fixture is timed alongside, with the big document live, as a tab holding one would be.
    const small = prepare(make(BIG / 10));
    const big = prepare(make(BIG));
    const t = compare(
      {
        fixture: detectCase(product),
        small: detectCase(small),
        big: detectCase(big),
        tSmall: textCase(small),
        tBig: textCase(big),
      },
      { ms: 0, warmup: 0, minRounds: 7, sampleMs: 20 },
    );
    const sizeRatio = big.html.length / small.html.length;
    const perByte = t.big.median / t.small.median / sizeRatio;
    const vsFixture = (x: Timing) => ratio(x.median / t.fixture.median);
    rows.push(
      [...cells(small, t.small, t.tSmall), vsFixture(t.small), '1.00×'],
      [...cells(big, t.big, t.tBig), vsFixture(t.big), ratio(perByte)],
    );
    notes.push(
      `  ${big.label}: ${ratio(t.big.median / t.small.median)} the time for ${ratio(sizeRatio)} the HTML → ` +
        `${ratio(perByte)} per byte (≈ 1× linear, > 1× worse than linear)`,
    );
  }
  out(
    ...table(
      ['page (generated)', 'HTML', 'found', ...TIMING_HEAD, '÷ textContent', '÷ product page', 'per byte ÷ small'],
      rows,
    ),
  );
  out();
  notes.forEach((l) => out(l));
}

export const detectSection: Section = {
  name: 'detect',
  title: 'Detector: detectMentions on linkedom documents',
  run(out: Out) {
    // Node has no background page to send the gazetteer; the content script gets it by message.
    installBundledGazetteer();
    const product = prepare(productArticle());
    sameSize(out, product);
    out();
    growth(out, product);
  },
};
