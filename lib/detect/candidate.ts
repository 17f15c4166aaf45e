import { lookupBrand } from '../gazetteer';
import { canonical, splitBrand } from './brand';
import type { Candidate, Ctx, Line } from './context';
import { linkIn } from './href';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import type { Parsed } from './segment';
import { fold, nameOk, properName, words } from './text';

/** Turns a parsed product text into a scored candidate (brand split, link, shop). */
export function toCandidate(
  ctx: Ctx,
  line: Line,
  p: Parsed,
  s: number,
  e: number,
  format: string,
  brandHint: string | null = null,
): Candidate | null {
  if (!p.name) return null;
  const url = linkIn(ctx, line, s, e, [...(p.rSpan ? [p.rSpan] : []), [p.nameStart, p.nameStart + p.name.length]]);
  const b = line.bold.find((x) => x[1] > p.nameStart && x[0] < p.nameStart + p.name.length);
  const bold: [number, number] | null = b && !brandHint ? [Math.max(0, b[0] - p.nameStart), b[1] - p.nameStart] : null;
  const dest = url ? destination(url) : null;
  const shopLead = p.retailer && !brandHint && fold(p.name).startsWith(fold(p.retailer)) && fold(p.name) !== fold(p.retailer);
  if (shopLead) brandHint = p.retailer;
  brandHint ??= p.brandAfter ? canonical(p.brandAfter) : null;
  const bare = shopLead ? p.name.slice(p.retailer!.length).trim() : p.name;
  let split = brandHint ? { brand: brandHint, name: bare } : splitBrand(p.name, bold, dest);
  const shopBrand = p.retailer ? lookupBrand(p.retailer) : null;
  if (!split.brand && shopBrand) split = { brand: shopBrand.name, name: p.name };
  if (!split.name || !nameOk(split.name)) return null;
  const linked = retailerFromUrl(url, split.brand);
  // "Sweater $590, Loro Piana" linked to Bergdorf Goodman: the house after the price made it; the link's shop sells it.
  const maker = !!shopBrand && !!linked && fold(split.brand ?? '') === fold(shopBrand.name) && fold(linked) !== fold(shopBrand.name);
  const retailer = maker ? linked : ((p.retailer && retailerFromText(p.retailer, split.brand)) ?? linked);
  let score = 3;
  if (p.retailer) score += properName(p.retailer!) || /\./.test(p.retailer!) ? 2 : 1;
  if (url) score += 2;
  if (split.brand && (brandHint || lookupBrand(split.brand) || split.brand !== shopBrand?.name)) score += 1;
  if (words(split.name).length > 9) score -= 1;
  return {
    brand: split.brand,
    name: split.name,
    price: p.price,
    retailer,
    url,
    element: line.el,
    claims: [{ i: line.i, s, e }],
    score,
    format,
  };
}
