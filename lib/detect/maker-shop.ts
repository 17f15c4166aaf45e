import { lookupRetailer } from '../gazetteer';
import { nounHits } from './lexicon';
import { properName, words } from './text';

const DOMAIN = /\.[a-z]{2,}$/i;

/**
 * The maker a credit names where a shop would stand: "Floral dress, €355, Tara Jarmon". When the piece is only a
 * generic noun phrase (no proper name of its own) and the name after the price is no shop the gazetteer knows
 * and no web address, that name is the label that made the piece; null otherwise.
 */
export function makerInShopPlace(name: string, retailer: string | null): string | null {
  if (!retailer) return null;
  const r = retailer.trim();
  if (!properName(r, 3) || DOMAIN.test(r) || lookupRetailer(r)) return null;
  const w = words(name);
  // Every word after the first in lower case ("Floral dress", "ribbed polo-neck"): a kind of piece, not a model.
  const generic = w.length <= 4 && w.slice(1).every((x) => !/^\p{Lu}/u.test(x)) && nounHits(name) > 0;
  return generic ? r : null;
}
