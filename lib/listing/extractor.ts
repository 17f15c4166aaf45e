import type { Listing } from './types';
import type { CurrencyHints } from './currency';
import type { PageHints } from './page-hints';

/** What every extractor is given besides the document. */
export interface ExtractContext {
  /** The page's absolute URL. */
  pageUrl: string;
  /** Base for relative URLs: <base href> resolved against pageUrl, else pageUrl. */
  baseUrl: string;
  /** What the page itself shows or says about the product, read once and shared. */
  hints: PageHints;
  /** Page URL and locale, for reading "$" and "kr". */
  currency: CurrencyHints;
}

/** One source's reading of the page: the fields it found plus what the merge step needs to weigh them. */
export interface SourceResult extends Partial<Listing> {
  /**
   * 0–1: how sure the source is that its values describe the page's main product
   * (1 for explicit product markup, lower for guesses such as a lone product tile).
   */
  confidence: number;
  /** Former, list or strikethrough prices this source saw: never the current price. */
  regularPrices?: number[];
  /** Every price the product's own offers give (markup with several offers for one item). */
  offerPrices?: number[];
  /**
   * For availability read from the page itself: 'buy-button' when an enabled add-to-cart control
   * is shown, 'message' when the page says it is out of stock, 'price-shown' when only a price is.
   */
  availabilityEvidence?: 'buy-button' | 'message' | 'price-shown';
}

/** A reader of one kind of page data (JSON-LD, microdata, OpenGraph, the visible page...). */
export interface ListingExtractor {
  /** Source name, also the key the merge step uses to rank sources. */
  name: SourceName;
  extract(doc: Document, ctx: ExtractContext): SourceResult;
}

/** The sources the registry holds; the merge step ranks them per field by these names. */
export type SourceName = 'jsonld' | 'microdata' | 'opengraph' | 'datalayer' | 'page-state' | 'visible-page';

/** A result with nothing in it. */
export function emptyResult(): SourceResult {
  return { confidence: 0 };
}
