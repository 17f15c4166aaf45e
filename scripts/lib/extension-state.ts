import type { Worker } from 'playwright-core';
import { isMention } from '../../lib/detect/validate';
import type { TabMentions } from '../../lib/protocol';

// The service worker's `chrome`, typed just enough for the calls below.
interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; active: boolean }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}
declare const chrome: WorkerChrome;

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
  const got = await worker.evaluate((key) => chrome.storage.session.get(key), `tab:${tabId}`);
  const v = got[`tab:${tabId}`] as Partial<TabMentions> | undefined;
  if (!v || typeof v.pageUrl !== 'string' || !Array.isArray(v.mentions) || !v.mentions.every(isMention)) return null;
  return { pageUrl: v.pageUrl, pageTitle: String(v.pageTitle ?? ''), mentions: v.mentions };
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
