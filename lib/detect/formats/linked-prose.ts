import { matchBrandPrefix } from '../../gazetteer';
import type { Candidate, Format } from '../context';
import { clusters } from '../clusters';
import { hrefOf, internal } from '../href';
import { retailerFromUrl } from '../retailer';
import { clean, nameOk, words } from '../text';

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
      if (line.cap || line.h || words(line.text).length > 80) continue;
      const cs = clusters(ctx, line);
      const links = line.links.map((l) => ({ l, url: hrefOf(ctx, l.a) })).filter((x) => x.url && !internal(ctx, x.url));
      if (cs.length !== 1 || links.length !== 1) continue;
      const { l, url } = links[0]!;
      const text = clean(line.text.slice(l.s, l.e));
      const b = matchBrandPrefix(text);
      const name = b && !b.ambiguous ? clean(text.slice(b.length)) : '';
      if (!b || !name || words(name).length < 2 || !nameOk(name, 8)) continue;
      const retailer = retailerFromUrl(url, b.name);
      if (!retailer) continue;
      // Loses to any format that read the line more closely.
      out.push({ brand: b.name, name, price: cs[0]!.price, retailer, url, element: line.el, claims: [{ i: line.i, s: 0, e: 1e9 }], score: 4, format: 'linked-prose' });
    }
    return out;
  },
};
