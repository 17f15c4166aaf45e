import type { Price } from '../price/types';
import type { Availability, Listing } from '../listing/types';
import type { ResolveState } from '../protocol/resolve-state';

/** How an item reached the wishlist. */
export const ITEM_SOURCES = ['article', 'page', 'link', 'image'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** One saved product: the row stored in `items`, and what every read returns. */
export interface SavedItem {
  /** Normalised canonical listing URL, else 'k:' + folded brand|name|retailer. Never changes. */
  id: string;
  brand: string | null;
  name: string;
  retailer: string | null;
  /** The retailer's canonical product page. */
  listingUrl: string | null;
  /** The article the product was found in. */
  articleUrl: string | null;
  articleTitle: string | null;
  /** The article's own link for the product; "open" uses it so the publisher keeps its credit. */
  mentionUrl: string | null;
  /** The price the article quoted. */
  articlePrice: Price | null;
  /** The listing's price when last read; paired with `currency`. */
  currentPrice: number | null;
  /** ISO 4217 code of `currentPrice`. */
  currency: string | null;
  availability: Availability | null;
  image: string | null;
  notes: string;
  tags: string[];
  source: ItemSource;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
  /** Derived: current price below the article's price or the first recorded price. */
  priceDropped: boolean;
  /** Derived dedupe key from brand|name|retailer ('k:' form). */
  textKey: string;
  /** Derived dedupe key from `listingUrl`, or null without one. */
  urlKey: string | null;
  /** Epoch ms of the last look at the listing (a save, a sighting, a refresh); absent before schema v2. */
  checkedAt?: number;
  /** Why the last refresh could not read the listing (the last known values stay); null when it could. */
  checkProblem?: string | null;
  /** Epoch ms of the last change of price or availability seen after the save. */
  changedAt?: number;
  /** Derived: the first price recorded in `currency` (what it cost when saved), or null. */
  firstPrice?: number | null;
  /** Derived: the lowest price recorded in `currency`, or null. */
  lowestPrice?: number | null;
}

/** What a caller hands to `saveItem`; undefined and null both mean "not known". */
export interface SaveItemInput {
  name: string;
  source: ItemSource;
  brand?: string | null;
  retailer?: string | null;
  listingUrl?: string | null;
  articleUrl?: string | null;
  articleTitle?: string | null;
  mentionUrl?: string | null;
  articlePrice?: Price | null;
  currentPrice?: number | null;
  /** Currency of `currentPrice`; defaults to the article price's currency. */
  currency?: string | null;
  availability?: Availability | null;
  image?: string | null;
  /** Used only when the item is new: a re-save keeps the notes and tags already there. */
  notes?: string;
  tags?: string[];
}

/** One observation of a listing's price and availability. */
export interface HistoryRow {
  /** Auto-increment key; absent before the row is stored. */
  id?: number;
  itemId: string;
  /** Epoch ms. */
  time: number;
  price: number | null;
  currency: string | null;
  availability: Availability | null;
}

/** A resolver outcome worth caching (a pending state is not). */
export type CachedResolution = Exclude<ResolveState, { status: 'pending' }>;

/** One row of the resolver's cache. */
export interface CacheEntry {
  /** Normalised URL, or 'q:' + folded query. */
  key: string;
  value: CachedResolution;
  fetchedAt: number;
  expiresAt: number;
}

/** What `getCached` returns: stale entries come back with fresh=false until the hard max age. */
export interface CacheHit {
  value: CachedResolution;
  /** The listing when the cached outcome is a resolved one. */
  listing: Listing | null;
  fresh: boolean;
  fetchedAt: number;
}

export type SortKey = 'date' | 'price' | 'brand';

/** Filters and order for `queryItems`; every field optional. */
export interface ItemQuery {
  /** Words matched (all of them) against brand, name, retailer, notes and tags; case- and accent-insensitive. */
  search?: string;
  /** date = createdAt, price = current price else article price; missing values sort last. */
  sort?: SortKey;
  /** Default: 'desc' for date (newest first), 'asc' otherwise. */
  dir?: 'asc' | 'desc';
  retailer?: string;
  inStock?: boolean;
  priceDropped?: boolean;
  tag?: string;
  limit?: number;
  offset?: number;
}

export interface QueryResult {
  items: SavedItem[];
  /** Matches before limit/offset. */
  total: number;
  /** Stored rows that failed the guard and were left out. */
  corrupt: number;
}

/** What `removeItem` hands back so that `restoreItem` can undo it exactly. */
export interface RemovedItem {
  item: SavedItem;
  history: HistoryRow[];
}

/** A removed item kept for 30 days, so saving it again brings its notes, tags and history back. */
export interface RemovedRow {
  id: string;
  removedAt: number;
  /** Copies of the item's keys, indexed, so a re-save under another id still finds it. */
  urlKey: string | null;
  textKey: string;
  item: SavedItem;
  history: HistoryRow[];
}

/** One change of a saved item's price or availability, recorded with its history row: the alerts' outbox. */
export interface ChangeRow {
  id?: number;
  itemId: string;
  time: number;
  fromPrice: number | null;
  toPrice: number | null;
  currency: string | null;
  fromAvailability: Availability | null;
  toAvailability: Availability | null;
  /** 0 until the alerts looked at it, then epoch ms (0, not null: null is not an index key). */
  handledAt: number;
}

/** The JSON export document. */
export interface MagpieExport {
  format: 'magpie-wishlist';
  version: 1;
  exportedAt: number;
  items: SavedItem[];
  /** Without row ids: they are local to one database. */
  history: Omit<HistoryRow, 'id'>[];
}

export interface ImportSummary {
  added: number;
  skipped: number;
  historyAdded: number;
}
