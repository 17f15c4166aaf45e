import { splitBrand } from '../brand';
import type { Candidate, Format } from '../context';
import { linkIn } from '../href';
import { retailerFromText, retailerFromUrl } from '../retailer';
import { stripLabels } from '../roles';
import { nameOk, words } from '../text';

/** "<h2>The Micro Lady Dior</h2><p><b>HK$ 27,500</b>; …": a heading, then a line that opens with its price. */
export const headingPrice: Format = {
  id: 'anchor-heading',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (const line of L) {
      const c = line.pc?.[0];
      if (!c || c.s > 3) continue;
      const head = [L[line.i - 1], L[line.i - 2]].find((h) => h && h.h >= 2 && !h.pc?.length);
      if (!head || words(head.text).length > 12) continue;
      const text = stripLabels(head.text);
      const split = splitBrand(text);
      if (!split.name || !nameOk(split.name)) continue;
      const after = /^[\s,;:|–—-]*(?:(?:at|from|via)\s+)?([^,;.|()]{2,40})/i.exec(line.text.slice(c.e));
      const url = linkIn(ctx, line, 0, line.text.length) ?? linkIn(ctx, head, 0, head.text.length);
      const retailer = (after && retailerFromText(after[1]!.trim(), split.brand)) || retailerFromUrl(url, split.brand);
      out.push({
        ...split,
        price: c.price,
        retailer,
        url,
        element: head.el,
        claims: [
          { i: head.i, s: 0, e: 1e9 },
          { i: line.i, s: 0, e: c.e },
        ],
        score: 3,
        format: 'anchor-heading',
      });
    }
    return out;
  },
};
