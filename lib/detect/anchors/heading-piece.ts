import { findBrands, lookupBrand } from '../../gazetteer';
import type { Candidate, Ctx, Format, Line } from '../context';
import { whole } from '../context';
import { clusters } from '../clusters';
import { isStopword, nounHits } from '../lexicon';
import { clean, properName } from '../text';

/** Separators between a maker and its price in a bare record: "Maker | €89", "Maker – 89 €", "Maker: 89 kr". */
const SEPARATORS = /[|–—:·•/,-]+/g;
/** How many lines back the record's section heading may sit. */
const REACH = 60;

/** A list number opening a record: "1/ ", "2. ", "3) ". */
const NUMBER = /^\s*\d{1,2}\s*[./)]\s+/u;
/** How long the words after a record's price may run: where to buy it ("online en in de winkels te koop"). */
const MAX_AFTER = 60;

/** A bare record's maker: known, or (`known` false) a short proper name that only a list of known ones vouches for. */
interface Bare {
  brand: string;
  known: boolean;
  k: ReturnType<typeof clusters>[number];
}

/**
 * A line that is a maker and one price, nothing else ("Pinko | 309 euros"), or a numbered maker and its price with
 * where to buy it after ("1/ Mango, € 239,99, online en in de winkels te koop").
 */
function bareRecord(ctx: Ctx, line: Line): Bare | null {
  if (line.h || line.text.length > 80) return null;
  const pc = clusters(ctx, line);
  if (pc.length !== 1) return null;
  const k = pc[0]!;
  const bare = (t: string) => clean(t.replace(NUMBER, '').replace(SEPARATORS, ' '));
  const rest = bare(`${line.text.slice(0, k.s)} ${line.text.slice(k.e)}`);
  const hit = rest && rest.length <= 40 ? lookupBrand(rest) : null;
  if (hit) return { brand: hit.name, known: true, k };
  const before = bare(line.text.slice(0, k.s));
  const after = line.text.slice(k.e);
  // The maker before the price, then a clause after a comma that names no maker of its own.
  const tail = /^\s*[,–—-]\s*\S/u.test(after) && after.length <= MAX_AFTER && !/\d/.test(after);
  const lead = before && tail && !findBrands(after).some((b) => !b.ambiguous) ? lookupBrand(before) : null;
  if (lead && lead.name.toLowerCase() === before.toLowerCase()) return { brand: lead.name, known: true, k };
  // "Miguel Vieira | 600 euros": a designer the gazetteer does not know, in the same bare form as known ones.
  const alone = /[|–—:]\s*$/u.test(line.text.slice(0, k.s)) && !/[\p{L}\d]/u.test(after);
  return alone && !!rest && properName(rest, 3) ? { brand: rest, known: false, k } : null;
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
  const ws = heading.text.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const at = ws.findIndex((w) => w.length > 1 && nounHits(w) > 0);
  if (at < 0) return null;
  // The lower-case words right before the noun describe it ("Shop de lange leren jas" → "lange leren jas").
  let from = at;
  while (from > 0 && at - from < 2 && /^\p{Ll}/u.test(ws[from - 1]!) && !isStopword(ws[from - 1]!)) from--;
  return ws.slice(from, at + 1).join(' ');
}

/**
 * Records that give only a maker and a price ("Pinko | 309 euros", "Arket – €89") under a heading that names the
 * piece ("Blazers", "Casacos", "Jassen"): the heading's product noun is each record's name. Two or more such
 * records on a page make a list; a lone one is as likely a shop's price in a story.
 */
export const headingPiece: Format = {
  id: 'anchor-heading-piece',
  detect(ctx) {
    const all = ctx.lines.flatMap((line) => {
      const r = bareRecord(ctx, line);
      return r ? [{ line, ...r }] : [];
    });
    // Unknown names count only in a list of two or more known makers' records.
    const bare = all.filter((r) => r.known).length >= 2 ? all : all.filter((r) => r.known);
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
