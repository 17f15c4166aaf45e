import type { Worker } from 'playwright-core';
import { isMention } from '../../lib/detect/validate';
import { isSavedItem } from '../../lib/db/guards';
import type { SavedItem } from '../../lib/db/types';
import type { TabMentions } from '../../lib/protocol';
import { isResolveState, type ResolveState } from '../../lib/protocol/resolve-state';
// Node-side: the key module alone, not the protocol's index (which loads the browser messaging).
import { RETAIL_ORIGIN_KEY, tabMentionsKey, tabStatesKey } from '../../lib/protocol/storage-keys';

// The service worker's `chrome`, typed just enough for the calls below.
interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; active: boolean }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { set(items: object): Promise<void> };
  };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: { closeDocument(): Promise<void> };
}
declare const chrome: WorkerChrome;

/** How many offscreen documents Magpie has open (Chromium; lib/page-work/offscreen-host.ts). */
export function offscreenDocuments(worker: Worker): Promise<number> {
  return worker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
  );
}

/** Closes Magpie's offscreen document, as Chrome may. */
export function closeOffscreenDocument(worker: Worker): Promise<void> {
  return worker.evaluate(() => chrome.offscreen.closeDocument());
}

/**
 * The id of the tab the test or demo drives. Magpie has no "tabs" permission, so tabs carry no
 * URL here: callers keep one page per browser context, and with several the active one counts.
 */
export async function pageTabId(worker: Worker): Promise<number> {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const pick = tabs.length === 1 ? tabs[0] : tabs.find((t) => t.active);
  if (pick?.id === undefined) throw new Error(`Cannot tell which of ${tabs.length} tabs is the page`);
  return pick.id;
}

/** The text on Magpie's toolbar button for a tab ('' when none). */
export function readBadge(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** What the background keeps for a tab (storage.session `tab:<id>`), validated; null when nothing. */
export async function readTabMentions(worker: Worker, tabId: number): Promise<TabMentions | null> {
  const got = await worker.evaluate((key) => chrome.storage.session.get(key), tabMentionsKey(tabId));
  const v = got[tabMentionsKey(tabId)] as Partial<TabMentions> | undefined;
  if (!v || typeof v.pageUrl !== 'string' || !Array.isArray(v.mentions) || !v.mentions.every(isMention)) return null;
  return { pageUrl: v.pageUrl, pageTitle: String(v.pageTitle ?? ''), mentions: v.mentions };
}

/**
 * Polls until the tab's mentions are kept in storage.session, or null after timeoutMs. The badge
 * shows the count as soon as detection returns, before the content script's report is written.
 */
export async function waitForTabMentions(
  worker: Worker,
  tabId: number,
  timeoutMs = 10_000,
): Promise<TabMentions | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const kept = await readTabMentions(worker, tabId);
    if (kept || Date.now() > deadline) return kept;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls the badge until it shows something; throws with the last value after timeoutMs. */
export async function waitForBadge(worker: Worker, tabId: number, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await readBadge(worker, tabId);
    if (text !== '') return text;
    if (Date.now() > deadline) throw new Error(`Magpie's badge stayed empty for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Test builds only: sends every shop fetch of Magpie's price checks to the fixture retail web at
 * `origin` (storage.local RETAIL_ORIGIN_KEY) instead of the internet.
 */
export async function setRetailOrigin(worker: Worker, origin: string): Promise<void> {
  await worker.evaluate(([key, o]) => chrome.storage.local.set({ [key]: o }), [RETAIL_ORIGIN_KEY, origin] as const);
}

/** A tab's resolve states (storage.session `states:<id>`), validated; null when none are kept. */
export async function readTabStates(worker: Worker, tabId: number): Promise<ResolveState[] | null> {
  const got = await worker.evaluate((key) => chrome.storage.session.get(key), tabStatesKey(tabId));
  const v = got[tabStatesKey(tabId)] as { states?: unknown } | undefined;
  return Array.isArray(v?.states) && v.states.every(isResolveState) ? v.states : null;
}

/** A tab's mentions with one settled state each. */
export interface SettledTab extends TabMentions {
  states: ResolveState[];
}

/**
 * Polls until every mention of the tab has a state other than pending (the shops answered, or
 * failed). Throws after timeoutMs, saying how many were still waiting.
 */
export async function waitForSettledStates(worker: Worker, tabId: number, timeoutMs = 60_000): Promise<SettledTab> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tab = await readTabMentions(worker, tabId);
    const states = await readTabStates(worker, tabId);
    const pending =
      !tab || !states || states.length !== tab.mentions.length
        ? null
        : states.filter((s) => s.status === 'pending').length;
    if (tab && states && pending === 0) return { ...tab, states };
    if (Date.now() > deadline) {
      const what =
        pending === null
          ? 'no price checks had started'
          : `${pending} of ${states?.length ?? 0} products were still pending`;
      throw new Error(`Price checks did not finish within ${timeoutMs / 1000} s: ${what}.`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Every wishlist item, read straight from Magpie's IndexedDB database ('magpie', store 'items')
 * inside the extension's service worker, validated. Never creates the database: [] when it does not exist yet.
 */
export async function readWishlist(worker: Worker): Promise<SavedItem[]> {
  const rows = await worker.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('magpie');
        // An upgrade here means the database did not exist: leave it to Magpie to create.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('items')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('items', 'readonly').objectStore('items').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as unknown[]);
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
  );
  return rows.filter(isSavedItem);
}
