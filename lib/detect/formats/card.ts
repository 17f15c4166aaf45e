import type { Candidate, Format } from '../context';
import { groupMention } from '../group';
import { linesWithin } from '../lines';
import { offer } from '../offer';
import { sellingLines } from '../was-price';

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
    const offers = ctx.lines.map((l) => offer(ctx, l));
    ctx.lines.forEach((l, k) => {
      if (!offers[k]) return;
      let box: Element | null = null;
      // A <section> holding the price line's own text is that product's block, not a page region.
      const stop = (e: Element, up: number) =>
        STOP_AT.test(e.tagName.toUpperCase()) && !(up === 0 && e.tagName.toUpperCase() === 'SECTION');
      for (let e: Element | null = l.el, up = 0; e && up < 7 && !stop(e, up); e = e.parentElement, up++) {
        const all = linesWithin(ctx, e, k);
        if (all.length > 30) break;
        // A sale's struck or "regular" price beside the selling one is the same product's ("£19.99 £29.99").
        const ls = sellingLines(ctx, all, e);
        // Another price means another product, unless it repeats this one's ("$248" and "$248 at Cuyana") or
        // follows it as the same product's offer at another shop ("$499 at Amazon", "$499.99 at Best Buy").
        const amounts = new Set(
          ls
            .filter((x) => offers[x.i] && !(offers[x.i - 1] && offers[x.i]!.shop))
            .map((x) => offers[x.i]!.price.amount),
        );
        if (amounts.size > 1) break;
        box = e;
        if (ls.length >= 2 && (e.closest('a[href]') || e.querySelector('a[href]'))) break;
      }
      if (!box || seen.has(box) || !(box.closest('a[href]') || box.querySelector('a[href]'))) return;
      seen.add(box);
      const c = groupMention(ctx, sellingLines(ctx, linesWithin(ctx, box, k), box), box, 'card');
      if (c) out.push(c);
    });
    return out;
  },
};
