import { matchBrandPrefix } from '../../gazetteer';
import type { Candidate, Format } from '../context';
import { whole } from '../context';
import { hrefOf, internal } from '../href';
import { deepLink, retailerFromUrl } from '../retailer';
import { clean, nameOk, words } from '../text';

const LABEL = /^(?:shop|get|steal) (?:the|this|my) (?:look|outfit|post|style)s?\s*:?$/i;

/**
 * "Shop the look:" over a list of bare links, each a known brand's piece at a known shop
 * ("J.Crew Cashmere Crewneck Sweater"). No prices: the label, the shops and the brands are the evidence.
 */
export const shopTheLook: Format = {
  id: 'shop-the-look',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (let k = 0; k < L.length; k++) {
      if (!LABEL.test(clean(L[k]!.text))) continue;
      const found: Candidate[] = [];
      for (let j = k + 1; j < L.length && j <= k + 12; j++) {
        const l = L[j]!;
        const a = l.links[0];
        const text = clean(l.text);
        // Only lines that are one link and nothing else.
        if (l.h || l.links.length !== 1 || !a || clean(l.text.slice(a.s, a.e)) !== text) break;
        const url = hrefOf(ctx, a.a);
        const shop = url && !internal(ctx, url) ? retailerFromUrl(url) : null;
        if (url && !deepLink(url)) break;
        // A shop's own label leads the name as a brand would: "Anthropologie The Somerset Maxi Dress".
        const b = matchBrandPrefix(text) ?? (shop && text.toLowerCase().startsWith(shop.toLowerCase() + ' ') ? { name: shop, length: shop.length, ambiguous: false } : null);
        const name = b ? clean(text.slice(b.length)) : '';
        const retailer = url && b ? (shop ?? retailerFromUrl(url, b.name)) : null;
        if (!b || !retailer || !name || !nameOk(name, 10) || (b.ambiguous && retailer !== b.name && !/^[\p{Lu}\d]/u.test(name))) break;
        found.push({ brand: b.name, name, price: null, retailer, url, element: l.el, claims: whole([l]), score: 4, format: 'shop-the-look' });
      }
      // One link is a mention in passing; a list is a list.
      if (found.length >= 2) out.push(...found);
    }
    return out;
  },
};
