import { lookupBrand } from '../gazetteer';
import { canonical, splitBrand } from './brand';
import type { Candidate, Ctx, Line } from './context';
import { linkIn } from './href';
import { ownDomainMaker } from './own-domain';
import { destination, retailerFromText, retailerFromUrl } from './retailer';
import type { Parsed } from './segment';
import { lowerAlnum, nameOk, properName, words } from './text';

const OF_MAKER = /^[\s\d.)•-]*(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s+(?:van|von|de|di|by)\s+$/u;
const TRAIL_MAKER = /^(\p{L}+)\s+(?:från|fra|by|von|van|di|par)\s+(\p{Lu}.{0,30})$/u;

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
  // "Tas van <a>Mango</a>, € 89,95", "Robe de <a>Sézane</a>": a bare noun, then its linked maker.
  const of = OF_MAKER.exec(line.text.slice(s, p.nameStart));
  if (of && line.links.some((l) => l.s === p.nameStart) && (lookupBrand(p.name) || properName(p.name, 4))) {
    p = { ...p, brandAfter: p.name, name: of[1]!, nameStart: s + of.index + of[0].indexOf(of[1]!) };
  }
  const url = linkIn(ctx, line, s, e, [...(p.rSpan ? [p.rSpan] : []), [p.nameStart, p.nameStart + p.name.length]]);
  const b = line.bold.find((x) => x[1] > p.nameStart && x[0] < p.nameStart + p.name.length);
  const bold: [number, number] | null = b && !brandHint ? [Math.max(0, b[0] - p.nameStart), b[1] - p.nameStart] : null;
  const dest = url ? destination(url) : null;
  const shopLead =
    p.retailer &&
    !brandHint &&
    lowerAlnum(p.name).startsWith(lowerAlnum(p.retailer)) &&
    lowerAlnum(p.name) !== lowerAlnum(p.retailer);
  if (shopLead) brandHint = p.retailer;
  brandHint ??= p.brandAfter ? canonical(p.brandAfter) : null;
  const bare = shopLead ? p.name.slice(p.retailer!.length).trim() : p.name;
  let split = brandHint ? { brand: brandHint, name: bare } : splitBrand(p.name, bold, dest);
  const shopBrand = p.retailer ? lookupBrand(p.retailer) : null;
  if (!split.brand && shopBrand) split = { brand: shopBrand.name, name: p.name };
  // "Festklänning från NLY One", "Dress by Rixo": an unlisted maker after a one-word piece.
  const trail = split.brand ? null : TRAIL_MAKER.exec(split.name);
  if (trail && properName(trail[2]!, 3)) split = { brand: canonical(trail[2]!), name: trail[1]! };
  // "bracelet (top)", "Dress (worn as top)": a lower-case aside after the piece says where it sits, not what it is.
  const aside = /^(.*\S)\s*\(\p{Ll}[\p{Ll}\s'’-]*\)$/u.exec(split.name);
  if (aside && nameOk(aside[1]!)) split = { ...split, name: aside[1]! };
  // "Khaite's studded Boden sandals (£1,130, khaite.com)": the maker whose own web address sells it.
  const own = brandHint ? null : ownDomainMaker(line.text.slice(s, p.nameStart) + p.name, p.name.length, p.retailer);
  if (own && lowerAlnum(own[0]) !== lowerAlnum(split.brand ?? '')) split = { brand: own[0], name: own[1] };
  if (!split.name || !nameOk(split.name)) return null;
  const linked = retailerFromUrl(url, split.brand);
  // "Sweater $590, Loro Piana" linked to Bergdorf Goodman: the house after the price made it; the link's shop sells it.
  const maker =
    !!shopBrand &&
    !!linked &&
    lowerAlnum(split.brand ?? '') === lowerAlnum(shopBrand.name) &&
    lowerAlnum(linked) !== lowerAlnum(shopBrand.name);
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
