import { lookupBrand } from '../../gazetteer';
import { DIMENSIONS } from '../cjk-credit';
import type { Candidate, Ctx, Format, Line } from '../context';
import { clusters } from '../clusters';
import { lexicon } from '../lexicon';

/** "MAKERのNOUN": a maker in Latin letters (or one the gazetteer knows), の, then a short item word. */
const POSSESSIVE = /^\s*([^\s。、「」()（）の][^。、「」()（）の]{0,39}?)\s*の\s*([^\s。、「」()（）の]{1,20})\s*$/u;
/** Capitals, digits and the marks of Latin labels: "JUNYA WATANABE", "A.P.C.", "L/UNIFORM". */
const LATIN_LABEL = /^[\p{Lu}\d][\p{Lu}\d&'’.+/ -]*$/u;
/** Lines above the price searched for the item line, inside the price's record. */
const REACH = 2;

/** The maker and item of a "MAKERのNOUN" text, or null when the maker is no label or the item no product noun. */
function possessive(text: string): [string, string] | null {
  const m = POSSESSIVE.exec(text.replace(DIMENSIONS, ''));
  if (!m) return null;
  const [maker, item] = [m[1]!.trim(), m[2]!.trim()];
  const known = lookupBrand(maker);
  if (!(LATIN_LABEL.test(maker) && /\p{Lu}{2}/u.test(maker)) && !(known && !known.ambiguous)) return null;
  return lexicon().nounsJa.some((n) => item.endsWith(n)) ? [maker, item] : null;
}

/**
 * Japanese captions that name an item as "the maker's noun" over or before its price ("NORDLICHTのバッグ
 * H20×W30cm 2万4200円"): the maker is the brand, the noun the name, as the caption gives nothing more.
 */
export const cjkPossessive: Format = {
  id: 'anchor-cjk',
  detect(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const line of ctx.lines) {
      const cs = line.pc?.length ? clusters(ctx, line) : [];
      if (cs.length !== 1 || !cs[0]!.price) continue;
      const c = cs[0]!;
      const own = possessive(line.text.slice(0, c.s));
      let at: Line | undefined = own ? line : undefined;
      let read = own;
      const box = line.el.parentElement;
      for (let j = line.i - 1; !read && j >= Math.max(0, line.i - REACH); j--) {
        const l = ctx.lines[j]!;
        if (l.pc?.length || !box?.contains(l.el)) break;
        read = possessive(l.text);
        at = l;
      }
      if (!read || !at) continue;
      const claims = [{ i: line.i, s: at === line ? 0 : c.s, e: c.e }];
      if (at !== line) claims.push({ i: at.i, s: 0, e: at.text.length });
      out.push({
        ...{ brand: read[0], name: read[1], price: c.price, retailer: null, url: null },
        ...{ element: line.el, claims, score: 3, format: 'anchor-cjk' },
      });
    }
    return out;
  },
};
