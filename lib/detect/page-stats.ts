import type { Candidate, Ctx } from './context';
import { hrefOf, internal } from './href';
import { lookupBrand } from '../gazetteer';
import { lexicon } from './lexicon';
import { destination, retailerFromUrl } from './retailer';
import { lowerAlnum } from './text';

/** What every candidate of one page shares: computed once. */
export interface PageStats {
  lang: string;
  /** The headline (h1, else the title), folded. */
  title: string;
  h1: Element | null;
  negative: number;
  candidates: number;
  prices: Map<string, number>;
  /** Candidates per parent element: lists whose items are all products. */
  byParent: Map<Element, number>;
  /** Links out to known shops or through affiliate wrappers: the page's shopping intent. */
  shopLinks: number;
  /** Runs of unpriced "Brand Model" headings per level, and the heading lines priced candidates read (./heads). */
  brandHeads: { runs: Map<number, number>; priced: Set<number> };
}

/** The page-wide facts the features compare each candidate with. */
export function pageStats(ctx: Ctx, cands: readonly Candidate[]): PageStats {
  const lang = (ctx.doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const neg = lexicon().negative;
  let negative = 0;
  for (const l of ctx.lines) if (neg.test(l.text)) negative++;
  const prices = new Map<string, number>();
  for (const c of cands) if (c.price) prices.set(`${c.price.amount}`, (prices.get(`${c.price.amount}`) ?? 0) + 1);
  const byParent = new Map<Element, number>();
  for (const c of new Set(cands.map((c) => c.element))) {
    const p = c.parentElement;
    if (p) byParent.set(p, (byParent.get(p) ?? 0) + 1);
  }
  const h1 = ctx.doc.querySelector('h1');
  const title = lowerAlnum(h1?.textContent ?? ctx.doc.title ?? '');
  let shopLinks = 0;
  for (const l of ctx.lines)
    for (const k of l.links) {
      const h = hrefOf(ctx, k.a);
      if (h && !internal(ctx, h) && (destination(h) !== h || retailerFromUrl(h))) shopLinks++;
    }
  return {
    lang,
    title,
    h1,
    negative,
    candidates: cands.length,
    prices,
    byParent,
    shopLinks,
    brandHeads: heads(ctx, cands),
  };
}

/**
 * Heading lines per level that hold a candidate whose maker the gazetteer knows and no priced candidate ("Brand
 * Model" headings with no price under them), and the heading lines a priced candidate reads.
 */
function heads(ctx: Ctx, cands: readonly Candidate[]): { runs: Map<number, number>; priced: Set<number> } {
  const priced = new Set<number>();
  for (const c of cands) if (c.price) for (const x of c.claims) if (ctx.lines[x.i]?.h) priced.add(x.i);
  const seen = new Set<number>();
  const runs = new Map<number, number>();
  for (const c of cands) {
    const line = c.claims.length ? ctx.lines[c.claims[0]!.i] : undefined;
    if (!line?.h || seen.has(line.i) || priced.has(line.i) || !c.brand || !lookupBrand(c.brand)) continue;
    seen.add(line.i);
    runs.set(line.h, (runs.get(line.h) ?? 0) + 1);
  }
  return { runs, priced };
}
