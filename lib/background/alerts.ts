import { browser } from 'wxt/browser';
import { getChange, getItem, markChangeHandled, unhandledChanges, type ChangeRow, type SavedItem } from '../db';
import { getDb, type MagpieDB } from '../db/schema';
// From its own file, not '../db': Chromium's worker loads the database layer on first use, and a
// stub can stand only for functions (worker-modules.ts).
import { IN_STOCK } from '../db/match-sort';
import { getTracking, type TrackingSettings } from '../tracking-settings';
import { RECENT_ALERTS_KEY } from '../protocol';
// The reader's own locale, as the popup and the wishlist write prices ("$149", "149 €").
import { formatShortPrice } from '../price/format';

/** Notification ids name the change they announce, so a click finds its item. */
export const ALERT_PREFIX = 'magpie-change-';

/** What a notification says. */
export interface AlertText {
  title: string;
  message: string;
}

const inStock = (a: string | null): boolean => a !== null && (IN_STOCK as readonly string[]).includes(a);

/**
 * The notification for a change, or null when it is not worth one: a drop of at least
 * `dropPercent` of the last price (same currency), or a return to stock from out of it.
 */
export function describeAlert(change: ChangeRow, item: SavedItem, dropPercent: number): AlertText | null {
  const title = [item.brand, item.name].filter(Boolean).join(' ');
  const { fromPrice, toPrice, currency } = change;
  if (fromPrice !== null && toPrice !== null && currency !== null && fromPrice > 0 && toPrice < fromPrice) {
    // Compared in cents, so 10% of $195 is met by $175.50 exactly.
    const dropCents = Math.round(fromPrice * 100) - Math.round(toPrice * 100);
    if (dropCents * 100 >= dropPercent * Math.round(fromPrice * 100)) {
      const [now, was] = [formatShortPrice(toPrice, currency), formatShortPrice(fromPrice, currency)];
      return { title: 'Price drop', message: `Price drop: ${title} now ${now}, was ${was}` };
    }
  }
  if (change.fromAvailability !== null && !inStock(change.fromAvailability) && inStock(change.toAvailability)) {
    const price = toPrice !== null && currency !== null ? ` at ${formatShortPrice(toPrice, currency)}` : '';
    return {
      title: 'Back in stock',
      message: `Back in stock: ${title}${price}${item.retailer ? ` (${item.retailer})` : ''}`,
    };
  }
  return null;
}

/** What dispatching needs outside itself; tests hand in fakes. */
export interface AlertDeps {
  db: MagpieDB;
  tracking(): Promise<TrackingSettings>;
  notify(id: string, text: AlertText): Promise<void>;
}

const defaultDeps = (): AlertDeps => ({
  db: getDb(),
  tracking: getTracking,
  async notify(id, text) {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: text.title,
      message: text.message,
    });
    await rememberAlert(text);
  },
});

const MAX_RECENT = 20;

async function rememberAlert(text: AlertText): Promise<void> {
  const got = await browser.storage.local.get(RECENT_ALERTS_KEY);
  const old = Array.isArray(got[RECENT_ALERTS_KEY]) ? (got[RECENT_ALERTS_KEY] as unknown[]) : [];
  const entry = { ...text, time: Date.now() };
  await browser.storage.local.set({ [RECENT_ALERTS_KEY]: [entry, ...old].slice(0, MAX_RECENT) });
}

let chain: Promise<unknown> = Promise.resolve();

/**
 * Looks at every change not looked at yet and notifies those worth it. Each change is claimed
 * in the database before its notification goes out, so no change is ever announced twice, even
 * when two wake-ups race or the worker restarts. Returns the texts sent.
 */
export function dispatchAlerts(deps: AlertDeps = defaultDeps()): Promise<AlertText[]> {
  const run = chain.then(async () => {
    const sent: AlertText[] = [];
    const settings = await deps.tracking();
    for (;;) {
      const changes = await unhandledChanges(50, deps.db);
      if (changes.length === 0) return sent;
      for (const change of changes) {
        if (change.id === undefined || !(await markChangeHandled(change.id, deps.db))) continue;
        const item = await getItem(change.itemId, deps.db);
        const text = item && settings.alerts ? describeAlert(change, item, settings.dropPercent) : null;
        if (!text) continue;
        try {
          await deps.notify(`${ALERT_PREFIX}${change.id}`, text);
          sent.push(text);
        } catch (err) {
          console.warn('magpie: a notification failed', err);
        }
      }
    }
  });
  chain = run.catch(() => undefined);
  return run;
}

/** Where a click on an alert goes: the item at its shop (the article's link when no listing is known). */
export async function alertTarget(notificationId: string, db: MagpieDB = getDb()): Promise<string | null> {
  if (!notificationId.startsWith(ALERT_PREFIX)) return null;
  const id = Number(notificationId.slice(ALERT_PREFIX.length));
  if (!Number.isSafeInteger(id)) return null;
  const change = await getChange(id, db);
  const item = change ? await getItem(change.itemId, db) : null;
  const url = item?.listingUrl ?? item?.mentionUrl ?? null;
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** Opens the item when an alert is clicked; wired once by the background. */
export function registerAlertClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    void alertTarget(notificationId).then(async (url) => {
      if (!url) return;
      await browser.tabs.create({ url });
      await browser.notifications.clear(notificationId);
    });
  });
}
