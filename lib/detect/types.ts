import type { Price } from '../price/types';

/** One product an article (or a shop page) recommends, as the detector reports it. */
export interface Mention {
  brand: string | null;
  name: string;
  price: Price | null;
  /** The shop's display name, or null when neither text nor link names one. */
  retailer: string | null;
  /** The article's own link for this product (unchanged: the publisher keeps its credit), or null. */
  url: string | null;
}

/** A mention with the element that holds it on the page; the element is never serialised. */
export interface DetectedMention extends Mention {
  element: Element;
}
