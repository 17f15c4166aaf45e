import { lookupRetailer } from '../gazetteer';
import type { Candidate, Ctx } from './context';
import { nounHits } from './lexicon';
import { LINES_BACK, nearMakers } from './near-maker';

/** A store the gazetteer knows as a seller of other labels (Selfridges): named near a piece, it may only sell it. */
function storeOnly(name: string): boolean {
  const shop = lookupRetailer(name);
  return !!shop && !shop.ownLabel;
}

export const NEAR_MAKER_FEATURE_NAMES: readonly string[] = [
  'maker-near',
  'maker-near-tail',
  'maker-near-lines',
  'maker-near-sentences',
  'maker-near-others',
  'maker-near-prices',
  'maker-near-page',
  'maker-near-store',
  'maker-near-name-caps',
];

const MENTIONS = new WeakMap<Ctx, Map<string, number>>();

/** How many lines of the page name the maker: a page about one shop or label names it again and again. */
function pageMentions(ctx: Ctx, maker: string): number {
  const seen = MENTIONS.get(ctx) ?? new Map<string, number>();
  MENTIONS.set(ctx, seen);
  const key = maker.toLowerCase();
  let n = seen.get(key);
  if (n === undefined) {
    n = ctx.lines.filter((l) => l.text.toLowerCase().includes(key)).length;
    seen.set(key, n);
  }
  return n;
}

/**
 * Features of a near-maker variant: that it is one, whether the maker closes the pick's list, how many lines
 * and sentences stand between the maker and the pick, whether other known makers stand in the same window, how
 * many prices (other pieces) stand between them, how often the page names the maker, whether it is a store, and
 * whether the name opens on a capitalised word naming no product.
 */
export function nearMakerFeatures(ctx: Ctx, c: Candidate): number[] {
  if (c.alt !== 'near' || !c.brand) return [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const m = nearMakers(ctx, { ...c, brand: null }).find((x) => x.name === c.brand);
  const page = Math.log1p(pageMentions(ctx, c.brand)) / 2;
  const store = storeOnly(c.brand) ? 1 : 0;
  // A name opening on a capitalised word that names no product ("Barbie dolls") may carry a maker of its own.
  const first = c.name.trim().split(/\s+/)[0] ?? '';
  const caps = /^\p{Lu}/u.test(first) && !nounHits(first) ? 1 : 0;
  if (!m) return [1, 0, 0, 0, 0, 0, page, store, caps];
  const prices = Math.log1p(m.prices) / 2;
  return [
    1,
    m.tail ? 1 : 0,
    m.lines / LINES_BACK,
    Math.log1p(m.sentences) / 2,
    m.others ? 1 : 0,
    prices,
    page,
    store,
    caps,
  ];
}
