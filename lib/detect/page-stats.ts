import type { Candidate, Ctx } from './context';
import { hrefOf, internal } from './href';
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
  return { lang, title, h1, negative, candidates: cands.length, prices, byParent, shopLinks };
}
