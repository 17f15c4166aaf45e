import { retailerForHost, type Retailer } from '../gazetteer';
import { parseHttpUrl } from './parse-url';
import { unwrapAffiliate } from './unwrap-affiliate';

/** The shop a link leads to, looking through affiliate wrappers; null when unknown or unreadable offline. */
export function retailerForUrl(url: string): Retailer | null {
  const target = parseHttpUrl(unwrapAffiliate(url) ?? url);
  return target ? retailerForHost(target.hostname) : null;
}
