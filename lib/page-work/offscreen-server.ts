import { browser } from 'wxt/browser';
import {
  parseSearchLinksQuery,
  parseShopPage,
  parseSnapshotRequest,
  type OffscreenHandlers,
} from '../protocol/offscreen';
import type { MessageSender } from '../protocol/messaging';
import { extractListing, findInSnapshot, searchLinks } from './index';
import { servePort, type ConnectEvent } from './offscreen-port';
import { DETECT_TIMEOUT_MS } from './timeouts';

/** Who the document answers: this extension's id and its worker script's address. */
export interface OwnWorker {
  id: string;
  url: string;
}

/** This extension's own worker, as the browser names it in a message's sender. */
const ownWorker = (): OwnWorker => ({ id: browser.runtime.id, url: browser.runtime.getURL('/background.js') });

/** Whether a message comes from this extension's own service worker (not a tab, not another extension's page). */
export function isOwnWorker(sender: MessageSender, worker: OwnWorker): boolean {
  return sender.id === worker.id && sender.tab === undefined && sender.url === worker.url;
}

/** Checks a request before any work; a malformed one gets an error answer, which the worker reads as nothing found. */
function checked<T>(data: unknown, parse: (v: unknown) => T | null): T {
  const request = parse(data);
  if (!request) throw new Error('malformed request');
  return request;
}

/** lib/page-work's functions, behind the wire contract's checks. */
export const OFFSCREEN_HANDLERS: OffscreenHandlers = {
  offscreenFindMentions(data) {
    const snapshot = checked(data, parseSnapshotRequest);
    // Given up after DETECT_TIMEOUT_MS, as in the worker.
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(new Error('detection took too long')), DETECT_TIMEOUT_MS);
    return findInSnapshot(snapshot, stop.signal).finally(() => clearTimeout(timer));
  },
  offscreenExtractListing(data) {
    const page = checked(data, parseShopPage);
    return extractListing(page.html, page.url);
  },
  offscreenSearchLinks(data) {
    const q = checked(data, parseSearchLinksQuery);
    return searchLinks(q.html, q.url, { brand: q.brand, name: q.name }, q.max);
  },
};

/**
 * The offscreen document's side (entrypoints/offscreen): answers the questions on the worker's port
 * (./offscreen-port.ts) with OFFSCREEN_HANDLERS; a port from anyone but the extension's own worker is closed
 * unheard. Returns the function that stops serving.
 */
export function serveOffscreen(onConnect?: ConnectEvent, worker: OwnWorker = ownWorker()): () => void {
  return servePort(OFFSCREEN_HANDLERS, (sender) => isOwnWorker(sender, worker), onConnect);
}
