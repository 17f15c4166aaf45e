/** A brand found by the gazetteer, under its canonical display name. */
export interface BrandHit {
  name: string;
  /** The name is also an everyday word ("Theory", "Mango"): trust it only with structural evidence. */
  ambiguous: boolean;
}

/** A brand at the start of a text; `length` counts characters of the original text. */
export interface BrandPrefix extends BrandHit {
  length: number;
}

/** A brand inside a text, spanning original characters [start, end). */
export interface BrandOccurrence extends BrandHit {
  start: number;
  end: number;
}

/** A shop under its canonical display name, with the registrable domains it sells on. */
export interface Retailer {
  name: string;
  domains: readonly string[];
  /** A chain that sells only goods under its own name: what it sells, it made (H&M, Zara, C&A). */
  ownLabel?: boolean;
}

/** How the background can search a retailer's catalogue. */
export interface RetailerSearchInfo {
  /** Storefront platform when known, e.g. "shopify". */
  platform?: string;
  /** A server-rendered search page, "{q}" standing for the URL-encoded query. */
  searchUrl?: string;
}
