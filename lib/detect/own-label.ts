import { lookupBrand, lookupRetailer } from '../gazetteer';
import type { Candidate } from './context';

/**
 * The maker of a piece with no maker read, when its shop is a chain that sells only its own label
 * (retailers.txt "own-label": H&M, Zara, C&A, Monoprix): "a grey T-shirt dress, £7.99 at H&M" was made by
 * H&M. A multi-brand shop (Zalando, Nordstrom, ASOS) never names the maker this way. The maker is given
 * before the scorer runs, so it weighs the candidate with its maker.
 */
export function ownLabelMaker(c: Candidate): Candidate {
  if (c.brand || !c.retailer) return c;
  const shop = lookupRetailer(c.retailer);
  if (!shop?.ownLabel) return c;
  return { ...c, brand: lookupBrand(shop.name)?.name ?? shop.name };
}
