import type { Candidate, Ctx, Format, Line } from '../context';
import { groupMention, linesWithin, priceOnly } from '../group';
import { clusters } from '../clusters';
import { parseAround } from '../segment';

/** A standalone price, or a price with only its shop: "$380 at Net-a-Porter". */
function priceLine(ctx: Ctx, l: Line): boolean {
  if (priceOnly(ctx, l)) return true;
  const cs = clusters(ctx, l);
  const p = cs.length === 1 ? parseAround(l, cs[0]!, 0, l.text.length) : null;
  return !!p && !p.name && !!p.retailer;
}

const STOP_AT = /^(?:ARTICLE|MAIN|BODY|HTML|UL|OL|SECTION|TABLE|TBODY|TR)$/;

/**
 * Product cards in grids and carousels: the smallest element around a standalone price that also
 * holds a name and a link, and no other product's price.
 */
export const card: Format = {
  id: 'card',
  detect(ctx) {
    const out: Candidate[] = [];
    const seen = new Set<Element>();
    ctx.lines.forEach((l, k) => {
      if (!priceLine(ctx, l)) return;
      let box: Element | null = null;
      for (let e: Element | null = l.el, up = 0; e && up < 7 && !STOP_AT.test(e.tagName.toUpperCase()); e = e.parentElement, up++) {
        const ls = linesWithin(ctx, e, k);
        if (ls.length > 30) break;
        // Another price means another product, unless it repeats this one's ("$248" and "$248 at Cuyana").
        const amounts = new Set(ls.filter((x) => priceLine(ctx, x)).map((x) => clusters(ctx, x)[0]!.price.amount));
        if (amounts.size > 1) break;
        box = e;
        if (ls.length >= 2 && (e.closest('a[href]') || e.querySelector('a[href]'))) break;
      }
      if (!box || seen.has(box) || !(box.closest('a[href]') || box.querySelector('a[href]'))) return;
      seen.add(box);
      const c = groupMention(ctx, linesWithin(ctx, box, k), box, 'card');
      if (c) out.push(c);
    });
    return out;
  },
};
