import { lookupBrand } from '../../gazetteer';
import { clusters, RANGES } from '../clusters';
import type { Ctx, Line } from '../context';
import { internal, lineHref } from '../href';
import { lexicon } from '../lexicon';
import { COUNTER } from '../offer';
import type { Rec, RecordGroup } from '../records';
import { noteRecord, type RecordFacts } from '../record-info';
import { destination, retailerFromUrl } from '../retailer';
import { clean, CTA, LABEL, lowerAlnum, properName, words } from '../text';

/** A web link of a record's line that leaves the page's site: a shop or an affiliate wrapper. */
export const outLink = (ctx: Ctx, l: Line): string | null => {
  const h = lineHref(ctx, l);
  return h && !internal(ctx, h) ? h : null;
};
/** A line's product prices (ranges name no product). */
export const prices = (ctx: Ctx, l: Line) => clusters(ctx, l).filter((c) => !RANGES.has(c.price));
/** A whole buy-button text: "Shop now", "Kaufen". */
export const isBuy = (t: string): boolean => CTA.test(t) || lexicon().buy.test(t);

/** The anchors and cues of one record, before its group's shares are known. */
export type Marks = Pick<RecordFacts, 'price' | 'shop' | 'buy' | 'brandFirst' | 'chars' | 'used' | 'size1'> & {
  link: boolean;
};

/** What one record holds: a price, a link out (to a known shop or through a wrapper), a buy button, listing words. */
export function marks(ctx: Ctx, r: Rec): Marks {
  const lex = lexicon();
  const texts = r.lines.map((l) => clean(l.text));
  const outs = r.lines.map((l) => outLink(ctx, l)).filter((h): h is string => !!h);
  const first = texts.find((t) => t && !COUNTER.test(t) && !LABEL.test(t)) ?? '';
  const all = texts.join(' \n ');
  const buy = texts.some(isBuy);
  return {
    price: r.lines.some((l) => prices(ctx, l).length > 0),
    link: outs.length > 0 || buy,
    shop: outs.some((h) => destination(h) !== h || !!retailerFromUrl(h)),
    buy,
    brandFirst: words(first).length <= 4 && (!!lookupBrand(first) || properName(first, 3)),
    chars: all.length,
    used: lex.used.test(all),
    size1: lex.size.test(all),
  };
}

/**
 * Notes every record's facts with its group's shares, for the scorer; `names` are the product names read
 * from the records (null where a record gave none): a group that repeats one name compares offers.
 */
export function noteMarks(g: RecordGroup, ms: readonly Marks[], names: readonly (string | null)[]): void {
  const n = g.recs.length;
  const share = (f: (m: Marks) => boolean) => ms.filter(f).length / n;
  const read = names.filter((x): x is string => !!x).map(lowerAlnum);
  const group = {
    size: n,
    priced: share((m) => m.price),
    linked: share((m) => m.link),
    seq: g.kind === 'seq',
    groupUsed: share((m) => m.used || m.size1),
    distinct: read.length ? new Set(read).size / read.length : 1,
  };
  g.recs.forEach((r, k) => {
    const { link: _link, ...own } = ms[k]!;
    noteRecord(r.els, { ...group, ...own, pos: n > 1 ? k / (n - 1) : 0 });
  });
}
