import { lookupRetailer } from '../gazetteer';
import { findPrices } from '../price';
import { isSentence } from './clause-name';
import type { Candidate } from './context';
import { endsInPhotoCredit, isPointer, onlyLabel } from './labels';
import { namesNoMaker } from './no-maker';
import { PAST_SALE, RUN_ON, SHOP_PHRASE, WEB_ADDRESS } from './role-fixes';
import { lowerAlnum } from './text';

/** A whole name that is a part of the site around the article ("Blog", "Archivo", "Newsletter"), never a product. */
const CHROME_WORDS = [
  'blog',
  'blogg',
  'home',
  'inicio',
  'accueil',
  'startseite',
  'archives?',
  'archivo',
  'archivi?',
  'arkiv',
  'contact',
  'contacto',
  'kontakt',
  'newsletter',
  'men[uú]',
  'search',
  'buscar',
  'suche',
];
const CHROME_NAME = new RegExp(`^(?:${CHROME_WORDS.join('|')})$`, 'iu');

/**
 * Whether a tidied name (with its brand) names no product: a label, a web address, a pointer, the way to the shop,
 * a past sale, prose, or the brand again. `c` is the candidate before tidying (its raw name, price and retailer).
 */
export function namesNothing(name: string, brand: string | null, c: Candidate): boolean {
  // "Precio:", "aritzia.com": a price label or a shop's web address in the name's place names no product.
  if (onlyLabel(name) || WEB_ADDRESS.test(name) || endsInPhotoCredit(c.name) || PAST_SALE.test(name)) return true;
  // "Suede Flats: Old Navy $22.94 (link here)": the link's own words point at it and name nothing.
  if (isPointer(name) || (brand && isPointer(brand))) return true;
  // "via Asos", "at Net-a-Porter": the way to the shop read as the name.
  const toShop = SHOP_PHRASE.exec(name);
  if (toShop && (lookupRetailer(toShop[1]!) || lowerAlnum(toShop[1]!) === lowerAlnum(c.retailer ?? '-'))) return true;
  // "…Lamp now lives on our table.": a name that runs into a lower-case clause and a full stop is prose, and so
  // is a whole sentence without a price ("Her co-star wore a suit and a watch."); priced list headings stay.
  if (/(?:\s\p{Ll}[\p{Ll}'’-]*){3}[.!?]$/u.test(name) || (!c.price && isSentence(name))) return true;
  // "…옥스퍼드화가 제격이다. 턱시도에도, 청바지에도…": a name that runs on past a full stop into another sentence is prose.
  if (RUN_ON.test(name)) return true;
  if (brand && lowerAlnum(brand) === lowerAlnum(name)) return true;
  // "Gracias a Dior · Blog": a section of the site's own chrome read as the name.
  if (CHROME_NAME.test(name.trim())) return true;
  // "Ring: Vintage", "Jacket: Hand-me-down", "Photograph: Amazon": words in the maker's place that name none.
  if (brand && namesNoMaker(brand)) return true;
  // "Shirt: model's own", "Jacket: Ravish's own": the wearer's own piece, a credit convention that names no maker.
  if (brand && /(?:['’]s|\b(?:her|his|their|my|our|your))\s+own$/iu.test(brand.trim())) return true;
  // "약 125만원" ("about 1.25 million won"), "$1,100": an amount read in the maker's place is the sentence's talk of
  // money, not a maker.
  if (brand && /\d/.test(brand) && findPrices(brand).length > 0) return true;
  // "and shoes" (from "gown, jewelry, and shoes by …"): a name opening on a conjunction is the tail of a list.
  if (/^(?:and|or|und|oder|et|ou|y|o|e|och|eller|og|en|ja|i|oraz)\s/u.test(name)) return true;
  return false;
}
