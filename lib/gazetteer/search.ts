/**
 * Background-only: how to search a retailer's catalogue. Kept apart from ./index so the
 * content script bundle does not include the search table.
 */
import { RETAILER_SEARCH } from './generated/search-data';
import { lookupRetailer } from './retailers';
import type { RetailerSearchInfo } from './types';

/** Platform and search URL template for a retailer named by display name, alias or domain; {} when unknown. */
export function retailerSearch(name: string): RetailerSearchInfo {
  const retailer = lookupRetailer(name);
  const info = retailer ? RETAILER_SEARCH[retailer.name] : undefined;
  return info ? { ...info } : {};
}

/** Fills a search template with a URL-encoded query; null when the template has no {q}. */
export function searchUrlFor(template: string, query: string): string | null {
  if (!template.includes('{q}')) return null;
  return template.replace('{q}', encodeURIComponent(query.trim()));
}
