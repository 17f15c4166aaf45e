/**
 * Pure helpers over link strings: unwrap affiliate redirects offline, spot shorteners
 * that need a fetch, canonicalise for de-duplication, and name the shop a link leads to.
 * Every function accepts garbage and returns null/false instead of throwing.
 */
export { unwrapAffiliate, affiliateNetwork } from './unwrap-affiliate';
export { isShortener } from './shorteners';
export { normalizeUrl } from './normalize-url';
export { retailerForUrl } from './retailer-for-url';
export { isHttpUrl } from './is-http-url';
