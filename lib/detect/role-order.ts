import { lookupBrand } from '../gazetteer';
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
