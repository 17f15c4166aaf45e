import { matchBrandPrefix } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { lineHref } from '../href';
import { retailerFromUrl } from '../retailer';
import { clusters } from '../clusters';
import { sectionMention } from '../section';
import { lowerAlnum, words } from '../text';

const titleLike = (l: Line): boolean =>
  !l.h && words(l.text).length <= 12 && l.bold.some(([s, e]) => s === 0 && e >= l.text.length - 1);

// An everyday-word brand ("Reformation") counts only when the price below links to its own shop.
function brandLed(ctx: Ctx, t: Line, next: Line | undefined): boolean {
  const b = matchBrandPrefix(t.text);
  if (!b || !b.ambiguous) return !!b;
  const shop = next && retailerFromUrl(lineHref(ctx, next), null);
  return !!shop && lowerAlnum(shop) === lowerAlnum(b.name);
}

/** A bold product name, maybe a line of prose, then "Shop it: $P, retailer.com" or "£P at Retailer" on its own line. */
export const nameThenPrice: Format = {
  id: 'name-then-price',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (let k = 0; k < L.length; k++) {
      const t = L[k]!;
      if (clusters(ctx, t).length || t.h) continue;
      let end = k + 1;
      if (titleLike(t)) while (end < L.length && end - k <= 4 && !L[end]!.h && !titleLike(L[end]!)) end++;
      // A plain line opening with a known brand counts as a title when the very next line is its price.
      else if (words(t.text).length <= 12 && brandLed(ctx, t, L[k + 1])) end = k + 2;
      else continue;
      const c = sectionMention(ctx, t, L.slice(k + 1, end), 'name-then-price', true);
      if (c) out.push(c);
    }
    return out;
  },
};
