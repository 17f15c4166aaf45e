import type { DataOf, ReplyOf } from './messaging';
import { AVAILABILITIES } from '../listing/types';
import { parsePageSnapshot } from './page-snapshot';
import { MAX_PAGE_MENTIONS, type FoundMentions, type PageSnapshotMessage } from './messages';
import { MAX_PAGE_URL, MAX_SHOP_HTML_CHARS } from './limits';
import { isMention } from '../detect/validate';
import { isMentionId } from '../mention-id';
import type { Listing } from '../listing/types';

/** A shop page's HTML as the worker fetched it, and the address it came from. */
export interface ShopPage {
  html: string;
  url: string;
}

/** A shop's search results page and the product wanted on it: at most `max` links come back. */
export interface SearchLinksQuery extends ShopPage {
  brand: string | null;
  name: string;
  max: number;
}

/** The most links one search results page may yield (the resolver reads three). */
export const MAX_SEARCH_LINKS = 10;
/**
 * The longest text or address in an answer. Generous on purpose: the answer must be what the worker would have read
 * itself (the resolver and storage cut values later, as before), so this only stops an answer of absurd size.
 */
export const MAX_ANSWER_TEXT = 65_536;

/**
 * Chromium's worker → its offscreen document (lib/page-work/offscreen-client.ts → offscreen-server.ts, over the port
 * of lib/page-work/offscreen-port.ts): the work that needs an HTML parser, run where the worker does not have to load
 * one. The document answers only the extension's own worker; both ends validate what they receive. Firefox's event
 * page runs the same work itself.
 */
export interface OffscreenProtocolMap {
  /** The detector on a tab's page snapshot (as findMentions). */
  offscreenFindMentions(data: PageSnapshotMessage): FoundMentions;
  /** The listing on a product page; null when it shows none. */
  offscreenExtractListing(data: ShopPage): Listing | null;
  /** The product links on a search results page that best match the product, best first. */
  offscreenSearchLinks(data: SearchLinksQuery): string[];
}

type Map = OffscreenProtocolMap;

/** Sends one question to the offscreen document and resolves with its raw answer (checked by the caller). */
export type OffscreenSend = <K extends keyof Map & string>(type: K, data: DataOf<Map[K]>) => Promise<unknown>;

/** What the document runs for each question: the raw request in (the handler checks it), the answer out. */
export type OffscreenHandlers = { [K in keyof Map]: (data: unknown) => ReplyOf<Map[K]> | Promise<ReplyOf<Map[K]>> };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHttpUrl = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_PAGE_URL && /^https?:\/\//i.test(v);
const isText = (v: unknown): v is string | null => v === null || (typeof v === 'string' && v.length <= MAX_ANSWER_TEXT);

/** Validates an offscreenExtractListing request; null when malformed or over the cap. */
export function parseShopPage(v: unknown): ShopPage | null {
  if (!isRec(v) || typeof v.html !== 'string' || v.html.length > MAX_SHOP_HTML_CHARS || !isHttpUrl(v.url)) return null;
  return { html: v.html, url: v.url };
}

/** Validates an offscreenSearchLinks request; null when malformed. */
export function parseSearchLinksQuery(v: unknown): SearchLinksQuery | null {
  const page = parseShopPage(v);
  if (!page || !isRec(v)) return null;
  const { brand, name, max } = v;
  if (!(brand === null || (typeof brand === 'string' && brand.length <= 500))) return null;
  if (typeof name !== 'string' || name.length > 500) return null;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > MAX_SEARCH_LINKS) return null;
  return { ...page, brand, name, max };
}

/** Validates an offscreenFindMentions request (a page snapshot, as findMentions takes it). */
export const parseSnapshotRequest = parsePageSnapshot;

/** Validates the document's answer to offscreenFindMentions; null when malformed. */
export function parseFoundMentions(v: unknown): FoundMentions | null {
  if (!isRec(v) || !Array.isArray(v.mentions) || !Array.isArray(v.at)) return null;
  const { mentions, at, ids } = v;
  if (mentions.length > MAX_PAGE_MENTIONS || at.length !== mentions.length || !mentions.every(isMention)) return null;
  if (!at.every((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0)) return null;
  if (ids === undefined) return { mentions, at };
  if (!Array.isArray(ids) || ids.length !== mentions.length || !ids.every(isMentionId)) return null;
  return { mentions, at, ids };
}

/**
 * Validates the document's answer to offscreenExtractListing: a listing, or null for none (undefined: malformed).
 * Checks shape and size only, not the stricter limits of a stored listing, which the background applies later.
 */
export function parseListingReply(v: unknown): Listing | null | undefined {
  if (v === null) return null;
  if (!isRec(v) || ![v.title, v.brand, v.currency, v.image, v.url].every(isText)) return undefined;
  if (!(v.price === null || (typeof v.price === 'number' && Number.isFinite(v.price)))) return undefined;
  if (!(v.availability === null || (AVAILABILITIES as readonly unknown[]).includes(v.availability))) return undefined;
  const { title, brand, price, currency, availability, image, url } = v as unknown as Listing;
  return { title, brand, price, currency, availability, image, url };
}

/** Validates the document's answer to offscreenSearchLinks; null when malformed. */
export function parseSearchLinks(v: unknown, max: number): string[] | null {
  const ok = (u: unknown) => typeof u === 'string' && u.length <= MAX_ANSWER_TEXT && /^https?:\/\//i.test(u);
  return Array.isArray(v) && v.length <= max && v.every(ok) ? (v as string[]) : null;
}
