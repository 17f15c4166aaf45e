import { browser } from 'wxt/browser';
import {
  offscreenMessaging,
  parseSearchLinksQuery,
  parseShopPage,
  parseSnapshotRequest,
  type OffscreenProtocolMap,
} from '../protocol/offscreen';
import type { MessageSender, Messaging } from '../protocol/messaging';
import { extractListing, findInSnapshot, searchLinks } from './index';
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

/**
 * The offscreen document's side (entrypoints/offscreen): runs lib/page-work's functions for the worker's
 * offscreen messages. Each request is checked (sender and shape) before any work; a rejected one gets an error
 * answer, which the worker reads as "nothing found". A detection is given up after DETECT_TIMEOUT_MS, as in the
 * worker. Returns the function that stops serving.
 */
export function serveOffscreen(
  messaging: Messaging<OffscreenProtocolMap> = offscreenMessaging,
  worker: OwnWorker = ownWorker(),
): () => void {
  const checked = <T>(sender: MessageSender, data: unknown, parse: (v: unknown) => T | null): T => {
    if (!isOwnWorker(sender, worker)) throw new Error('not from Magpie’s worker');
    const request = parse(data);
    if (!request) throw new Error('malformed request');
    return request;
  };
  const stops = [
    messaging.onMessage('offscreenFindMentions', ({ data, sender }) => {
      const snapshot = checked(sender, data, parseSnapshotRequest);
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(new Error('detection took too long')), DETECT_TIMEOUT_MS);
      return findInSnapshot(snapshot, stop.signal).finally(() => clearTimeout(timer));
    }),
    messaging.onMessage('offscreenExtractListing', ({ data, sender }) => {
      const page = checked(sender, data, parseShopPage);
      return extractListing(page.html, page.url);
    }),
    messaging.onMessage('offscreenSearchLinks', ({ data, sender }) => {
      const q = checked(sender, data, parseSearchLinksQuery);
      return searchLinks(q.html, q.url, { brand: q.brand, name: q.name }, q.max);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
