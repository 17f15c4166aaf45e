import type { Worker } from 'playwright-core';
import type { RetailWeb } from '../../tests/fixtures/retail-web/routes';
import { readWishlist } from './extension-state';
import { step } from './demo-log';

declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
};

/** Fires Magpie's refresh alarm now, from the extension's own context (the refresh path a reader's browser takes). */
export async function fireRefreshAlarm(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.alarms.create('magpie-refresh', { when: Date.now() + 100 }));
}

/** Waits until a refresh started by the alarm has checked `itemId` after `since` and finished. */
export async function waitForRefresh(worker: Worker, itemId: string, since: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const [checkedAt, pending] = await worker.evaluate(async (id) => {
      const pending = 'refreshRun' in (await chrome.storage.local.get('refreshRun'));
      const item = await new Promise<{ checkedAt?: number } | undefined>((resolve, reject) => {
        const req = indexedDB.open('magpie');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('items', 'readonly').objectStore('items').get(id);
          get.onsuccess = () => (req.result.close(), resolve(get.result as { checkedAt?: number } | undefined));
          get.onerror = () => (req.result.close(), reject(get.error));
        };
      });
      return [item?.checkedAt ?? 0, pending] as const;
    }, itemId);
    if (checkedAt > since && !pending) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the refresh did not finish within ${timeoutMs / 1000} s`);
}

/** An item's price history rows, oldest first, read from Magpie's database. */
export async function readHistory(
  worker: Worker,
  itemId: string,
): Promise<{ time: number; price: number | null; currency: string | null; availability: string | null }[]> {
  return worker.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('magpie');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const index = req.result.transaction('history', 'readonly').objectStore('history').index('[itemId+time]');
          const all = index.getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
          all.onsuccess = () => (req.result.close(), resolve(all.result));
          all.onerror = () => (req.result.close(), reject(all.error));
        };
      }),
    itemId,
  );
}

/** The notifications Magpie sent, newest first (it keeps the last few in storage.local). */
export async function readRecentAlerts(worker: Worker): Promise<{ title: string; message: string }[]> {
  const got = await worker.evaluate(() => chrome.storage.local.get('recentAlerts'));
  return Array.isArray(got.recentAlerts) ? (got.recentAlerts as { title: string; message: string }[]) : [];
}

/** The shop of the product saved on the article lowers its price by about a quarter; the refresh notices. */
export async function showPriceDrop(worker: Worker, web: RetailWeb): Promise<void> {
  // The first product saved (on the article).
  const items = (await readWishlist(worker)).sort((a, b) => a.createdAt - b.createdAt);
  const item = items.find((i) => i.listingUrl && i.currentPrice !== null && i.currency);
  if (!item || !item.listingUrl || item.currentPrice === null || !item.currency)
    throw new Error('no saved item has a shop price to lower');
  const lower = Math.round(item.currentPrice * 0.764);
  web.setListing(item.listingUrl, { price: lower });
  const since = item.checkedAt ?? 0;
  await step(
    `The shop lowers “${[item.brand, item.name].filter(Boolean).join(' ')}” ` +
      `from ${item.currentPrice} to ${lower} ${item.currency}; Magpie's refresh alarm fires`,
    async () => {
      await fireRefreshAlarm(worker);
      await waitForRefresh(worker, item.id, since, 30_000);
    },
  );
  const history = await readHistory(worker, item.id);
  console.log('  Price history:');
  for (const h of history) {
    console.log(
      `    ${new Date(h.time).toISOString().replace('T', ' ').slice(0, 19)}  ` +
        `${h.price ?? '—'} ${h.currency ?? ''}  ${h.availability ?? ''}`,
    );
  }
  const alerts = await readRecentAlerts(worker);
  console.log(alerts.length ? `  Notification: ${alerts[0]!.message}` : '  Notification: none was shown');
}
