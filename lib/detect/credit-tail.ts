import { lookupBrand } from '../gazetteer';
import { retailerFromText } from './retailer';
import { CTA, properName } from './text';

/** What a credit names after its price, read past its tail. */
export interface Tail {
  /** The shop after the price ('' when none). */
  shop: string;
  /** A maker after the price that is no shop. */
  brandAfter: string | null;
}

/**
 * The shop (or maker) of a credit whose words after the price run on past it: to the next comma only ("Kappa i
 * ull, 5 900 kr, Filippa K, finns hos NK"), and none when the sentence goes on in lower case ("… Advent Calendar,
 * $95, with drugstore-counter classics", "Mango, € 239,99, online en in de winkels"). `shop` is the text after the
 * price as read so far, `post` the same text with its separator; null when the credit has no such tail (a shop
 * the words name whole, or a semicolon after the price, which opens the next credit instead).
 */
export function creditTail(shop: string, post: string): Tail | null {
  if (!/^\s*,/.test(post) || retailerFromText(shop)) return null;
  const head = shop.split(/\s*[,;]\s*/)[0]!;
  const more = /[,;]/.test(shop);
  if (more && retailerFromText(head)) return { shop: head, brandAfter: null };
  if (more && properName(head, 4) && !CTA.test(head)) return { shop: '', brandAfter: head };
  if (/^\p{Ll}/u.test(head) && !CTA.test(shop)) return { shop: '', brandAfter: null };
  return null;
}

/**
 * Whether a name is only a maker's: read past a credit's tail it names no product, the piece is named elsewhere
 * ("3/ Massimo Dutti, € 299,00, online te koop").
 */
export const makerAlone = (name: string): boolean => lookupBrand(name)?.name.toLowerCase() === name.toLowerCase();
