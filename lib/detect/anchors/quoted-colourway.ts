import { findBrands, lookupBrand } from '../../gazetteer';
import { canonical } from '../brand';
import type { Candidate, Format } from '../context';
import { linkIn } from '../href';
import { lexicon } from '../lexicon';
import { retailerFromUrl } from '../retailer';

/**
 * A model name of capitalised words or numbers, then a quoted colourway, then perhaps "by Maker":
 * `Zephyr Runner 2 "Dusk Orange" by Kestrel`.
 */
const QUOTED = new RegExp(
  String.raw`((?:[\p{Lu}\d][\p{L}\d.+-]*\s+){1,6})["“„]([^"“”„]{2,40})["”“]` +
    String.raw`(?:\s+by\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}))?`,
  'gu',
);
const MAX_LINE = 600;

/**
 * Release previews name a sneaker or a drop by its model and a quoted colourway, often without a price:
 * `Air Zoom 3 "Volt" by Nike`, `Kestrel Zephyr 2 "Dusk"`. The maker comes from "by" or a known brand that opens
 * (or sits inside) the model name; without one the quote is a title or a nickname, not a product.
 */
export const quotedColourway: Format = {
  id: 'anchor-maker',
  detect(ctx) {
    const out: Candidate[] = [];
    const neg = lexicon().negative;
    for (const line of ctx.lines) {
      if (line.text.length > MAX_LINE || neg.test(line.text)) continue;
      for (const m of line.text.matchAll(QUOTED)) {
        const model = m[1]!.trim();
        const by = m[3] ? lookupBrand(m[3]) : null;
        const inner = findBrands(model).find((b) => !b.ambiguous);
        if (!m[3] && !inner) continue;
        const brand = by && !by.ambiguous ? by.name : m[3] ? canonical(m[3]) : inner!.name;
        // "Puma Stewie 3": a maker opening the model is not part of its name; "Air Jordan 1" keeps its words.
        const rest = !m[3] && inner!.start === 0 ? model.slice(inner!.end).trim() : model;
        if (!/\p{L}|\d/u.test(rest)) continue;
        const name = `${rest} "${m[2]!.trim()}"`;
        const s = m.index + m[0].indexOf(m[1]!);
        const e = m.index + m[0].length;
        const url = linkIn(ctx, line, s, e);
        const pc = line.pc?.find((c) => c.s >= e && c.s - e < 40);
        out.push({
          brand,
          name,
          price: pc?.price ?? null,
          retailer: retailerFromUrl(url, brand),
          url,
          element: line.el,
          claims: [{ i: line.i, s, e: pc ? pc.e : e }],
          score: 2 + (m[3] ? 1 : 0) + (url ? 1 : 0) + (pc ? 1 : 0),
          format: 'anchor-maker',
        });
      }
    }
    return out;
  },
};
