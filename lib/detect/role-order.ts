import { findBrands, lookupBrand, lookupRetailer } from '../gazetteer';
import { nounHits } from './lexicon';
import { lowerAlnum, properName } from './text';

/**
 * Brand and name read the wrong way round: "<b>Le manteau long en laine</b> Le 31 — 295 $" or
 * "Maison Vert: Emaille-Becher" split at the wrong side. When the brand is no maker the gazetteer knows and
 * holds a product noun, while the name is a short proper name without one, the two swap; null otherwise.
 */
export function swappedRoles(brand: string, name: string): [string, string] | null {
  if (lookupBrand(brand) || nounHits(brand) === 0) return null;
  if (!properName(name, 3) || nounHits(name) > 0) return null;
  return [name.trim(), brand.trim()];
}

/**
 * A shop that makes its own goods names its models in capitals ("PILSKOTT vloerlamp" at a furniture chain,
 * "ETC Sling" at a bag maker's shop): a one-word brand in capitals that the gazetteer does not know, on a piece sold
 * by a shop that is itself a label, is the model's name, and the shop made it. Returns [brand, name] or null.
 */
export function shopOwnModel(brand: string, name: string, retailer: string | null): [string, string] | null {
  if (!retailer || !/^[\p{Lu}\d]*\p{Lu}{3,}[\p{Lu}\d]*$/u.test(brand) || lookupBrand(brand)) return null;
  const shop = lookupBrand(retailer);
  return shop && lowerAlnum(shop.name) === lowerAlnum(retailer) ? [shop.name, `${brand} ${name}`] : null;
}

/**
 * "Sephora Lipstick Creme": a shop's name leading a brandless product name is its own label. Returns
 * [brand, name] or null.
 */
export function shopLeadingName(name: string): [string, string] | null {
  const w = name.split(/\s+/);
  for (let k = Math.min(3, w.length - 1); k >= 1; k--) {
    const shop = lookupRetailer(w.slice(0, k).join(' '));
    if (shop && lowerAlnum(shop.name) === lowerAlnum(w.slice(0, k).join(' '))) return [shop.name, w.slice(k).join(' ')];
  }
  return null;
}

/** Words that close a maker's trading name: "Kaverini Designs", "Mezzaluna Studio", "Yukon Soap Company". */
const TRADE = /\s(?:designs?|studios?|co\.?|company|atelier|ateliers|labs?|goods|workshop|ltd\.?|inc\.?|gmbh)$/i;

/**
 * Title fields in the wrong order ("Johnny TrekLite Bloom | Native Shoes" on the maker's own shop, "Moon 30x40 |
 * Kaverini Designs"): a name that is the shop the piece is sold at, or a short proper name closing in a trading
 * word, with a brand the gazetteer does not know and that is no trading name itself, is the maker; the brand's
 * place holds the model. Returns [brand, name] or null.
 */
export function makerInNamePlace(brand: string, name: string, retailer: string | null): [string, string] | null {
  if (lookupBrand(brand) || TRADE.test(brand) || !properName(name, 4)) return null;
  const shop = !!retailer && lowerAlnum(name) === lowerAlnum(retailer);
  return shop || (TRADE.test(name) && nounHits(name) === 0) ? [name.trim(), brand.trim()] : null;
}

/**
 * A shop read as the maker ("Buy here: Nykaa" beside "Revlon Matte HD Lipstick", "Valentino taske hos Net-a-porter"):
 * when the brand is a shop the gazetteer knows and no maker, and the name opens with a maker it knows, the maker in
 * the name wins and the shop becomes the retailer. An ambiguous maker counts only when written in two or more words.
 * Returns [brand, name, retailer] or null.
 */
export function makerInsideShopName(brand: string, name: string): [string, string, string] | null {
  const shop = lookupRetailer(brand);
  if (!shop || lookupBrand(brand)) return null;
  const lead = findBrands(name).find((b) => b.start === 0);
  if (!lead || lookupRetailer(lead.name)?.name === shop.name) return null;
  const written = name.slice(0, lead.end);
  if (lead.ambiguous && !/\S\s+\S/u.test(written)) return null;
  const rest = name.slice(lead.end).replace(/^[\s,:–—|-]+/u, '');
  return rest && nounHits(rest) + (/\p{Lu}/u.test(rest) ? 1 : 0) > 0 ? [lead.name, rest, shop.name] : null;
}
