import { lookupBrand } from '../gazetteer';
import { canonical } from './brand';

/** Case endings a Finnish text puts on a maker's name: "Zaran" (of), "Mangolta" (from), "H&M:ltä", "Arketissa". */
const FI_CASE = /:?(?:n|sta|stä|lta|ltä|lla|llä|lle|ssa|ssä|ista|istä|ilta|iltä|issa|issä|in)$/u;
/** The genitive -s of the Nordic languages and German on a maker's name: "Zaras klänning", "Arkets Mantel". */
const GENITIVE_S = /(?<=\p{L})s$/u;

/**
 * A maker's name as the gazetteer knows it when the page inflects it: Finnish case endings ("Mangolta" → Mango)
 * and a Nordic or German genitive -s ("Lindexs" is no word, "Arkets" → Arket), on pages in those languages
 * (`lang`, the page's `<html lang>`); only when the bare name is a known, unambiguous maker and the inflected
 * one is not. A maker cut short before its own possessive name ("Hudson" of the shop "Hudson's Bay" the piece
 * is sold at) takes the shop's whole name. Other makers are returned as they are.
 */
export function brandAsKnown(brand: string, retailer: string | null, lang: string): string {
  if (retailer && new RegExp(`^${brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s\\s\\p{L}`, 'iu').test(retailer))
    return retailer;
  if (lookupBrand(brand)) return brand;
  const l = lang.slice(0, 2).toLowerCase();
  const end = l === 'fi' ? FI_CASE : /^(?:sv|da|nb|nn|no|de)$/.test(l) ? GENITIVE_S : null;
  if (!end) return brand;
  const base = brand.slice(0, end.exec(brand)?.index ?? brand.length);
  const known = base !== brand && base.length > 1 ? lookupBrand(base) : null;
  return known && !known.ambiguous ? canonical(base) : brand;
}
