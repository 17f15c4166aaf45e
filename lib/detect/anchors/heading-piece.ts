import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { whole } from '../context';
import { clusters } from '../clusters';
import { nounHits } from '../lexicon';
import { clean } from '../text';

/** Separators between a maker and its price in a bare record: "Maker | €89", "Maker – 89 €", "Maker: 89 kr". */
const SEPARATORS = /[|–—:·•/,-]+/g;
/** How many lines back the record's section heading may sit. */
const REACH = 60;

/** A line that is a known maker and one price, nothing else: "Pinko | 309 euros". */
function bareRecord(ctx: Ctx, line: Line): { brand: string; k: ReturnType<typeof clusters>[number] } | null {
  if (line.h || line.text.length > 80) return null;
  const pc = clusters(ctx, line);
  if (pc.length !== 1) return null;
  const k = pc[0]!;
  const rest = clean(`${line.text.slice(0, k.s)} ${line.text.slice(k.e)}`.replace(SEPARATORS, ' '));
  if (!rest || rest.length > 40) return null;
  const hit = lookupBrand(rest);
  return hit ? { brand: hit.name, k } : null;
}

/** The nearest heading above line `i`, within reach. */
function sectionHeading(ctx: Ctx, i: number): Line | null {
  for (let j = i - 1; j >= 0 && j >= i - REACH; j--) if (ctx.lines[j]!.h) return ctx.lines[j]!;
  return null;
}

/**
 * The first product noun of a section heading ("Blazer, a peça da estação" → "Blazer"); none when the heading
 * names a maker: then it titles one product, whose own reading is another generator's.
 */
function pieceOf(heading: Line): string | null {
  if (findBrands(heading.text).some((b) => !b.ambiguous)) return null;
  return heading.text.split(/[^\p{L}\p{N}'-]+/u).find((w) => w.length > 1 && nounHits(w) > 0) ?? null;
}

/**
 * Records that give only a maker and a price ("Pinko | 309 euros", "Arket – €89") under a heading that names the
 * piece ("Blazers", "Casacos", "Jassen"): the heading's product noun is each record's name. Two or more such
 * records on a page make a list; a lone one is as likely a shop's price in a story.
 */
export const headingPiece: Format = {
  id: 'anchor-heading-piece',
  detect(ctx) {
    const bare = ctx.lines.flatMap((line) => {
      const r = bareRecord(ctx, line);
      return r ? [{ line, ...r }] : [];
    });
    if (bare.length < 2) return [];
    // A heading over one bare record titles that product ("Rains Long Jacket" over "£125, Rains"): sections only.
    const under = new Map<Line, typeof bare>();
    for (const r of bare) {
      const h = sectionHeading(ctx, r.line.i);
      if (h) under.set(h, [...(under.get(h) ?? []), r]);
    }
    const out: Candidate[] = [];
    for (const [h, rs] of under) {
      const piece = rs.length >= 2 ? pieceOf(h) : null;
      if (!piece) continue;
      for (const { line, brand, k } of rs)
        out.push({
          brand,
          name: piece,
          price: k.price,
          retailer: null,
          url: null,
          element: line.el,
          claims: whole([line]),
          score: 3,
          format: 'anchor-heading-piece',
        });
    }
    return out;
  },
};
