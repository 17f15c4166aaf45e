/**
 * lib/page-work for Chromium's worker (swapped in for ./index.ts by scripts/build/lazy-worker-modules.ts): the same
 * functions, each run by the offscreen document (./offscreen-server.ts) on the same code, so the worker never
 * imports the HTML parser, the detector or the listing reader. Requests are checked and capped before they leave,
 * answers checked when they come back; a failure reads as "nothing found" (./offscreen-ask.ts).
 */
import { MAX_SHOP_HTML_CHARS } from '../protocol/limits';
import {
  parseFoundMentions,
  parseListingReply,
  parseSearchLinks,
  parseSearchLinksQuery,
  parseShopPage,
  parseSnapshotRequest,
  type OffscreenSend,
} from '../protocol/offscreen';
import type { FoundMentions, PageSnapshotMessage } from '../protocol/messages';
import type { Listing } from '../listing/types';
import type { ProductQuery } from '../resolve/match';
import { askOffscreen } from './offscreen-ask';
import { portSend } from './offscreen-port';
import { chromiumOffscreenApi, offscreenHost, type OffscreenHost } from './offscreen-host';
import { ANSWER_MARGIN_MS, DETECT_TIMEOUT_MS, READ_TIMEOUT_MS } from './timeouts';

let host: OffscreenHost | null = null;
/** The worker's one offscreen document, set up on first need (touches no browser API before). */
const theHost = (): OffscreenHost => (host ??= offscreenHost(chromiumOffscreenApi()));
let port: OffscreenSend | null = null;
/** Questions go over one port to the document (./offscreen-port.ts), opened on the first. */
const send: OffscreenSend = (type, data) => (port ??= portSend())(type, data);

const nothingFound = (): FoundMentions => ({ mentions: [], at: [], ids: [] });

/** The detector on a tab's page snapshot, run in the offscreen document; no mentions when it could not run. */
export async function findInSnapshot(snapshot: PageSnapshotMessage, signal?: AbortSignal): Promise<FoundMentions> {
  const request = parseSnapshotRequest(snapshot);
  if (!request) return nothingFound();
  const found = await askOffscreen(theHost(), send, 'offscreenFindMentions', request, {
    parse: (v) => parseFoundMentions(v) ?? undefined,
    timeoutMs: DETECT_TIMEOUT_MS + ANSWER_MARGIN_MS,
    signal,
  });
  return found ?? nothingFound();
}

/** The listing on a product page, read in the offscreen document; null when none (or it could not be read). */
export async function extractListing(html: string, url: string): Promise<Listing | null> {
  const request = parseShopPage({ html: html.slice(0, MAX_SHOP_HTML_CHARS), url });
  if (!request) return null;
  const listing = await askOffscreen(theHost(), send, 'offscreenExtractListing', request, {
    parse: parseListingReply,
    timeoutMs: READ_TIMEOUT_MS,
  });
  return listing ?? null;
}

/** The best-matching product links on a search results page, read in the offscreen document; none on failure. */
export async function searchLinks(html: string, url: string, query: ProductQuery, max: number): Promise<string[]> {
  const page = { html: html.slice(0, MAX_SHOP_HTML_CHARS), url };
  const request = parseSearchLinksQuery({ ...page, brand: query.brand, name: query.name, max });
  if (!request) return [];
  const links = await askOffscreen(theHost(), send, 'offscreenSearchLinks', request, {
    parse: (v) => parseSearchLinks(v, request.max) ?? undefined,
    timeoutMs: READ_TIMEOUT_MS,
  });
  return links ?? [];
}
