import { browser } from 'wxt/browser';

/** A tab id given in the page's query (`?tabId=12`), as when the popup page is opened in a tab by a test. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * The tab the popup speaks about. In the toolbar popup that is the active tab of the window.
 * When the popup page itself runs in a tab, the active tab is that page, so the most recently
 * used other tab of the window is taken instead.
 */
export async function findActiveTabId(search = globalThis.location?.search ?? ''): Promise<number | null> {
  const fromQuery = tabIdFromSearch(search);
  if (fromQuery !== null) return fromQuery;
  // Undefined in the toolbar popup; the page's own tab when it runs in one.
  const self = await Promise.resolve()
    .then(() => browser.tabs.getCurrent())
    .catch(() => undefined);
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
  const tabs = await browser.tabs.query({ currentWindow: true });
  const others = tabs.filter((t) => t.id !== undefined && t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/**
 * The host of an http(s) page in tab `tabId`, or null: the tab's address is readable only under `activeTab` (granted
 * when the reader opens the popup on that tab), and never for other schemes.
 */
export async function tabHost(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url) return null;
  try {
    const u = new URL(tab.url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
