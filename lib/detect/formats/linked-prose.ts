import { lookupBrand, matchBrandPrefix } from '../../gazetteer';
import type { Candidate, Format } from '../context';
import { clusters } from '../clusters';
import { hrefOf, internal } from '../href';
import { deepLink, retailerFromUrl } from '../retailer';
import { clean, nameOk, words } from '../text';

// Money in a business story is not a product's price.
const MONEY_NEWS =
  /\b(?:billion|million|bn|shares?|stock|revenue|sales|profits?|earnings|valuation|per cent|percent)\b|%/i;

const AFTER = /^\s+((?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+)\s*\(\s*$/u;

/**
 * A paragraph about one product, as newsletters write them: a link naming a known brand's piece
 * and, somewhere in the same paragraph, its one price ("the <a>J.Crew Crewneck Tee</a> in six
 * colours, $39.50, and…"). Only when the link leads to a shop, so the price is the piece's.
 */
export const linkedProse: Format = {
  id: 'linked-prose',
  detect(ctx) {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      if (line.cap || line.h || words(line.text).length > 80 || MONEY_NEWS.test(line.text)) continue;
      const cs = clusters(ctx, line);
      const links = line.links
        .map((l) => ({ l, url: hrefOf(ctx, l.a) }))
        .filter((x) => x.url && !internal(ctx, x.url) && deepLink(x.url));
      if (cs.length !== 1 || links.length !== 1) continue;
      const { l, url } = links[0]!;
      const c = cs[0]!;
      // A price inside the link ("<a>$45 leather sandals from Zara</a>") is not part of the name.
      const raw = line.text.slice(l.s, l.e);
      const text = clean(c.s >= l.s && c.e <= l.e ? raw.slice(0, c.s - l.s) + raw.slice(c.e - l.s) : raw);
      // "Brand Piece", or "piece from Brand" / "piece by Brand".
      const tail = /^(.+?)\s+(?:from|by)\s+(.+)$/i.exec(text);
      const t = tail ? lookupBrand(tail[2]!) : null;
      const b = matchBrandPrefix(text) ?? (t ? { ...t, length: 0 } : null);
      let name = !b ? '' : b.length ? clean(text.slice(b.length)) : clean(tail![1]!);
      // "this <a>Madewell</a> barn jacket ($198)": the link names only the maker; the words up to the price name the
      // piece.
      const after = b && !name && c.s >= l.e ? AFTER.exec(line.text.slice(l.e, c.s)) : null;
      if (after) name = clean(after[1]!);
      if (!b || !name || (words(name).length < 2 && !after) || !nameOk(name, 8)) continue;
      const retailer = retailerFromUrl(url, b.name);
      // An everyday-word brand ("Hay") counts only on a link to its own shop.
      if (!retailer || (b.ambiguous && retailer !== b.name)) continue;
      // Loses to any format that read the line more closely.
      out.push({
        brand: b.name,
        name,
        price: c.price,
        retailer,
        url,
        element: line.el,
        claims: [{ i: line.i, s: 0, e: 1e9 }],
        score: 4,
        format: 'linked-prose',
      });
    }
    return out;
  },
};
