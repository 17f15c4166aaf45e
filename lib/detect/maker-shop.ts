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

/** "Kate & Cate, Textured Blazer": a short proper name, a comma, then the product's own title-cased name. */
const MAKER_COMMA = /^(\p{Lu}[^,]{0,30}?),\s+(\p{Lu}[^,]{2,80})$/u;

/**
 * The maker before a comma when the gazetteer knows neither ("Wren Atelier, Pleated Midi Skirt"): the head is
 * a proper name of at most three words with no product noun, the rest holds one. Null when it does not read so.
 */
export function makerBeforeComma(name: string): [string, string] | null {
  const m = MAKER_COMMA.exec(name.trim());
  if (!m || !properName(m[1]!, 3) || nounHits(m[1]!) > 0 || nounHits(m[2]!) === 0) return null;
  return [m[1]!.trim(), m[2]!.trim()];
}
