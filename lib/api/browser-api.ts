import { browser } from 'wxt/browser';
import * as db from '../db';
import type { RemovedItem } from '../db/types';
import { sendMessage, WISHLIST_SEEN_KEY } from '../protocol';
import { mentionIdOf } from '../mention-id';
import { findActiveTabId } from './active-tab';
import { hasLivePrices, requestLivePrices, revokeLivePrices, takeLivePricesAnswer } from './live-prices';
import { detectionOffFor, withDetectionOn } from './site-switch';
import { tabHost } from './active-tab';
import { getSettings, updateSettings } from '../settings';
import { isTabView } from '../protocol/tab-view';
import { subscribeTabDeltas, subscribeTabViews } from '../protocol/tab-view-hub';
import type { MagpieApi } from './types';
import { createUndoStore } from './undo-tokens';

/** Paths of Magpie's own pages, as WXT builds them. */
export const WISHLIST_PAGE = '/wishlist.html';
export const OPTIONS_PAGE = '/options.html';

/**
 * The API as Magpie's extension pages use it: tab state by message from the background, the
 * wishlist straight from the shared IndexedDB database (every extension page shares it).
 */
export function createBrowserApi(): MagpieApi {
  const undo = createUndoStore<RemovedItem>();
  // The wishlist must never lose a row: ask once per page that shows it.
  void db.requestPersistentStorage();

  async function saveMention(tabId: number, mentionId: string, save: boolean): Promise<string | null> {
    return sendMessage('saveMention', { tabId, mentionId, save });
  }

  return {
    async getActiveTabView() {
      const tabId = await findActiveTabId();
      if (tabId === null) return null;
      const view = await sendMessage('getTabView', { tabId });
      return { tabId, view: isTabView(view) ? view : null };
    },
    onTabView: subscribeTabViews,
    onTabDelta: subscribeTabDeltas,
    async resolveTab(tabId, force) {
      await sendMessage('resolveTab', { tabId, force });
    },
    saveMention,
    async saveAll(tabId) {
      const view = await sendMessage('getTabView', { tabId });
      if (!isTabView(view)) return 0;
      let saved = 0;
      let failed = 0;
      let firstProblem = '';
      // One at a time: each save pushes a fresh view, and the background serialises per tab anyway.
      // One product that cannot be saved must not stop the rest.
      for (let i = 0; i < view.mentions.length; i++) {
        if (view.savedIds[i] !== null) continue;
        try {
          if ((await saveMention(tabId, mentionIdOf(view.mentions[i]!), true)) !== null) saved++;
        } catch (err) {
          failed++;
          firstProblem ||= err instanceof Error ? err.message : String(err);
        }
      }
      if (failed > 0) throw new PartialSaveError(saved, failed, firstProblem);
      return saved;
    },
    watchItems(query, cb, onError) {
      return db.watchItems(query, ({ items, total }) => cb({ items, total }), db.getDb(), onError);
    },
    watchTotals(query, cb, onError) {
      return db.watchTotals(query, cb, db.getDb(), onError);
    },
    async removeItem(id) {
      const removed = await db.removeItem(id);
      if (!removed) throw new Error('That item is no longer on the wishlist.');
      return undo.put(removed);
    },
    async restoreItem(token) {
      const removed = undo.take(token);
      if (!removed) throw new Error('That removal can no longer be undone.');
      await db.restoreItem(removed);
    },
    async undoRemove(id) {
      return (await db.restoreRemoved(id)) !== null;
    },
    getHistory: (id) => db.getHistory(id),
    markWishlistSeen,
    async setNotes(id, notes) {
      await db.setNotes(id, notes);
    },
    async setTags(id, tags) {
      await db.setTags(id, tags);
    },
    exportJson: () => db.exportJson(),
    exportCsv: () => db.exportCsv(),
    importJson: (text) => db.importText(text),
    listRetailers: () => db.listRetailers(),
    requestLivePrices,
    takeLivePricesAnswer,
    hasLivePrices,
    revokeLivePrices,
    async detectionOff(host) {
      return detectionOffFor(await getSettings(), host);
    },
    tabHost,
    async turnOnDetection(tabId, host) {
      await updateSettings((s) => withDetectionOn(s, host));
      await browser.tabs.reload(tabId);
    },
    async openWishlistPage() {
      await browser.tabs.create({ url: browser.runtime.getURL(WISHLIST_PAGE) });
    },
    async openOptionsPage() {
      await browser.runtime.openOptionsPage();
    },
  };
}

/** "Save all" saved some products and failed on others; the message says how many of each. */
export class PartialSaveError extends Error {
  override name = 'PartialSaveError';
  constructor(
    readonly saved: number,
    readonly failed: number,
    firstProblem: string,
  ) {
    super(
      `saved ${saved} of ${saved + failed}; ${failed === 1 ? '1 could' : `${failed} could`} not be saved` +
        (firstProblem ? ` (${firstProblem})` : ''),
    );
  }
}

/**
 * Records that the wishlist is open now and returns when it was last opened (0 for never), so
 * items that changed since carry a marker for this visit.
 */
export async function markWishlistSeen(now = Date.now()): Promise<number> {
  const got = await browser.storage.local.get(WISHLIST_SEEN_KEY);
  const last = got[WISHLIST_SEEN_KEY];
  await browser.storage.local.set({ [WISHLIST_SEEN_KEY]: now });
  return typeof last === 'number' && Number.isFinite(last) ? last : 0;
}
