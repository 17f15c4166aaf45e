import { visibleText } from '../dom';
import type { ExtractContext, ListingExtractor, SourceResult } from '../extractor';
import { cleanText, isPlaceholder } from '../text';
import { readVisibleAvailability } from './visible-availability';
import { readVisibleBrand } from './visible-brand';
import { readVisibleImage } from './visible-image';
import { readVisiblePrice } from './visible-price';

/**
 * What the page shows a shopper, for pages without markup and to check markup against: the product
 * heading, the price near it (struck-out prices excluded), the main picture, the buy box state and
 * the canonical link.
 */
export const visiblePageExtractor: ListingExtractor = {
  name: 'visible-page',
  extract(doc: Document, ctx: ExtractContext): SourceResult {
    const heading = ctx.hints.heading;
    const title = heading ? cleanText(visibleText(heading, 400)) : null;
    const price = readVisiblePrice(doc, heading, ctx.currency);
    const stock = readVisibleAvailability(doc);
    const evidence = stock.evidence ?? (price.price !== null ? 'price-shown' : undefined);
    return {
      title: title && !isPlaceholder(title) ? title : null,
      brand: readVisibleBrand(heading, doc),
      price: price.price,
      currency: price.currency,
      // a price on show with nothing saying otherwise reads as buyable
      availability: stock.availability ?? (price.price !== null ? 'InStock' : null),
      image: readVisibleImage(doc, heading, ctx.baseUrl),
      url: ctx.hints.canonical,
      regularPrices: price.regular,
      ...(evidence ? { availabilityEvidence: evidence } : {}),
      confidence: heading ? 0.6 : 0.3,
    };
  },
};
