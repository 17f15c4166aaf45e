import { splitBrand } from '../brand';
import type { Candidate, Cluster, Format, Line } from '../context';
import { linkIn } from '../href';
import { retailerFromUrl } from '../retailer';
import { stripLabels } from '../roles';
import { nameOk, words } from '../text';

/** How many text lines under a heading its prose may run before the next heading. */
const SECTION = 3;
/** A full stop, question or exclamation mark (Latin or CJK): the price's sentence closes. */
const SENTENCE_END = /[.!?。！？]/u;
/** A heading longer than this is a headline, not a product's name. */
const MAX_WORDS = 10;

/**
 * "<h3>Nike – Air Max</h3><p>…pour la petite somme de 170 Euros.</p>", "<h3>2. CHANEL TWEED JACKET</h3><p>…가격은
 * 무려 1400만원.</p>": a product heading whose short section of prose names one price, inside a sentence rather than
 * at its head (./heading-price reads a price that opens the next line). The heading must split into a known maker and
 * a name; the scorer weighs the reading against the heading alone.
 */
export const headingProsePrice: Format = {
  id: 'anchor-heading-prose',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    for (const head of L) {
      if (head.h < 2 || head.pc?.length || words(head.text).length > MAX_WORDS) continue;
      const body: Line[] = [];
      for (let k = head.i + 1; k < L.length && body.length < SECTION; k++) {
        const l = L[k]!;
        if (l.h) break;
        body.push(l);
      }
      const found: [Line, Cluster][] = body.flatMap((l) => (l.pc ?? []).map((c) => [l, c] as [Line, Cluster]));
      if (found.length !== 1) continue;
      const [line, c] = found[0]!;
      // A price opening the line is ./heading-price's reading; one in running text that never closes its sentence
      // ("It used to cost ¥40,000 at Comoli and more") is talk of money, not an offer.
      if ((line === body[0] && c.s <= 3) || !SENTENCE_END.test(line.text.slice(c.e))) continue;
      const split = splitBrand(stripLabels(head.text));
      if (!split.brand || !split.name || !nameOk(split.name)) continue;
      const url = linkIn(ctx, head, 0, head.text.length) ?? linkIn(ctx, line, 0, line.text.length);
      out.push({
        ...split,
        price: c.price,
        retailer: retailerFromUrl(url, split.brand),
        url,
        element: head.el,
        claims: [
          { i: head.i, s: 0, e: 1e9 },
          { i: line.i, s: c.s, e: c.e },
        ],
        score: 3,
        format: 'anchor-heading-prose',
      });
    }
    return out;
  },
};
