import { afterEach, vi } from 'vitest';
import { openMagpieDb, type MagpieDB, type SaveItemInput } from '@/lib/db';

const opened: MagpieDB[] = [];

/** A database with a name no other test uses; deleted after the test. */
export function freshDb(): MagpieDB {
  const db = openMagpieDb(`magpie-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  vi.useRealTimers();
  for (const db of opened.splice(0)) await db.delete();
});

/** Fakes only Date (IndexedDB's own timers keep running) and sets the clock. */
export function setClock(time: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(time);
}

export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
export const MINUTE = 60_000;

/** A save as the popup would send it for a product an article recommends. */
export function coat(over: Partial<SaveItemInput> = {}): SaveItemInput {
  return {
    source: 'article',
    brand: 'Toteme',
    name: 'Signature wool coat',
    retailer: 'Net-a-Porter',
    listingUrl:
      'https://www.net-a-porter.com/en-gb/shop/product/toteme/clothing/coats/signature-wool-coat/1647597285453213',
    articleUrl: 'https://www.example-magazine.com/fashion/best-winter-coats',
    articleTitle: 'The best winter coats, tested',
    mentionUrl: 'https://go.example-affiliate.com/?id=123X456&url=https%3A%2F%2Fwww.net-a-porter.com%2F',
    articlePrice: { amount: 890, currency: 'GBP' },
    ...over,
  };
}

/** A second, unrelated product without a listing URL. */
export function boots(over: Partial<SaveItemInput> = {}): SaveItemInput {
  return {
    source: 'article',
    brand: 'Sézane',
    name: 'Clint ankle boots',
    retailer: 'Sézane',
    articleUrl: 'https://www.example-magazine.com/fashion/ankle-boots',
    articlePrice: { amount: 265, currency: 'EUR' },
    ...over,
  };
}
