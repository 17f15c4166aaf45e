import type { ExtractContext } from './extractor';
import { withDomMemo } from './dom-index';
import { mergeResults, type SourceResults } from './merge';
import { readPageHints } from './page-hints';
import { parseProductHtml } from './parse-html';
import { LISTING_EXTRACTORS } from './registry';
import type { Listing } from './types';
import { absoluteUrl } from './url';

/**
 * Reads a retailer's product page: title, brand, price, currency (ISO 4217), availability (schema.org
 * short name), image and canonical URL (absolute), null where the page has no value. Pure: parses
 * `html` with linkedom, so it runs in the MV3 service worker.
 * @throws TypeError when pageUrl is not an absolute http(s) URL.
 */
export function extractListing(html: string, pageUrl: string): Listing {
  const url = checkedUrl(pageUrl);
  return extractListingFromDocument(parseProductHtml(html), url);
}

/**
 * The same as extractListing on an already parsed document: a content script's live `document`
 * or a linkedom one.
 * @throws TypeError when pageUrl is not an absolute http(s) URL.
 */
export function extractListingFromDocument(doc: Document, pageUrl: string): Listing {
  const url = checkedUrl(pageUrl);
  return withDomMemo(() => {
    const ctx = context(doc, url);
    return mergeResults(runExtractors(doc, ctx), url, ctx.currency);
  });
}

/** Every registered extractor's own reading of the page, keyed by source (for tools and tests). */
export function readSources(doc: Document, pageUrl: string): SourceResults {
  const url = checkedUrl(pageUrl);
  return withDomMemo(() => runExtractors(doc, context(doc, url)));
}

function runExtractors(doc: Document, ctx: ExtractContext): SourceResults {
  const results: SourceResults = {};
  for (const x of LISTING_EXTRACTORS) {
    try {
      results[x.name] = x.extract(doc, ctx);
    } catch {
      // one source tripping over hostile markup must not cost the others
      results[x.name] = { confidence: 0 };
    }
  }
  return results;
}

function context(doc: Document, pageUrl: string): ExtractContext {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = absoluteUrl(base, pageUrl) ?? pageUrl;
  const hints = readPageHints(doc, pageUrl, baseUrl);
  return { pageUrl, baseUrl, hints, currency: { pageUrl, locale: hints.locale, country: hints.country } };
}

function checkedUrl(pageUrl: string): string {
  const url = absoluteUrl(pageUrl, 'invalid:/');
  if (!url)
    throw new TypeError(
      `listing extraction needs an absolute http(s) page URL, got ${JSON.stringify(String(pageUrl).slice(0, 100))}`,
    );
  return url;
}

export { LISTING_EXTRACTORS } from './registry';
export type { ListingExtractor, SourceResult, ExtractContext } from './extractor';
export type { Listing, Availability } from './types';
