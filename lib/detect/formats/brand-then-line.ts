import { lookupBrand } from '../../gazetteer';
import { splitBrand } from '../brand';
import type { Candidate, Format, Line } from '../context';
import { toCandidate } from '../candidate';
import { clusters } from '../clusters';
import { parseAround } from '../segment';
import { segments } from '../price-segments';
import { CTA, lowerAlnum, LABEL, properName } from '../text';

/** The brand a line names on its own; one the gazetteer does not know must sit in a small block with its product. */
function brandLine(l: Line, tight: () => boolean): string | null {
  const t = l.text.trim();
  if (/[:.!?]$/.test(t) || CTA.test(t) || LABEL.test(t) || l.pc?.length) return null;
  const hit = lookupBrand(t);
  if (hit) return hit.name;
  if (l.h || !tight()) return null;
  const wholeBold = l.bold.some(([s, e]) => s === 0 && e >= t.length);
  return properName(t, 5) || (wholeBold && t.length <= 40) ? t : null;
}

/** The seed's two lines: "Brand", then "Name, $P at Retailer" in the same list item or block. */
export const brandThenLine: Format = {
  id: 'brand-then-line',
  detect(ctx) {
    const out: Candidate[] = [];
    const L = ctx.lines;
    const sizes = new Map<Element, number>();
    const small = (e: Element | null) => !!e && (sizes.get(e) ?? sizes.set(e, e.childElementCount).get(e)!) <= 6;
    for (let k = 0; k + 1 < L.length; k++) {
      const b = L[k]!;
      const l = L[k + 1]!;
      const together = b.el === l.el || b.el.parentElement === l.el.parentElement;
      if (!together || clusters(ctx, b).length || !clusters(ctx, l).length) continue;
      const box = l.el.parentElement;
      const brand = brandLine(b, () => b.el === l.el || small(box));
      const segs = brand ? segments(ctx, l) : [];
      if (segs.length !== 1) continue;
      const [c, s, e] = segs[0]!;
      const p = parseAround(l, c, s, e);
      if (!p?.name) continue;
      const own = splitBrand(p.name).brand;
      if (own && lookupBrand(own) && lowerAlnum(own) !== lowerAlnum(brand!)) continue;
      const f = lowerAlnum(brand!);
      if (lowerAlnum(p.name).startsWith(f) && p.name.length > brand!.length)
        p.name = p.name.slice(brand!.length).trim();
      const cand = toCandidate(ctx, l, p, s, e, 'brand-then-line', brand);
      if (!cand) continue;
      cand.claims.push({ i: b.i, s: 0, e: 1e9 });
      cand.score += 2;
      cand.element = b.el !== l.el && small(box) ? box! : l.el;
      out.push(cand);
    }
    return out;
  },
};
