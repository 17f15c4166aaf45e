import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { launchChromiumWithMagpie, type MagpieChromium } from '../../scripts/lib/chromium-extension';
import { readBadge, waitForBadge } from '../../scripts/lib/extension-state';

// Needs `npm run build:test`. Pages with 200 products behind ~3 KB affiliate links each: about 14
// of them used to fill Chrome's 10 MB storage.session quota, after which every later tab got no
// badge and no controls. Magpie now evicts the oldest tabs' products to make room.

interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { session: { getBytesInUse(keys: null): Promise<number> } };
}
declare const chrome: WorkerChrome;

const TABS = 18;
const PRODUCTS = 200;
const BRANDS = [
  'Staud',
  'Mansur Gavriel',
  'Cult Gaia',
  'Jacquemus',
  'Wandler',
  'Loeffler Randall',
  'Rejina Pyo',
  'Simon Miller',
  'Danse Lente',
  'Nanushka',
];

/** A listicle of 200 bags, each with its price and a long tracking link to the shop. */
function heavyArticle(page: number): string {
  const items = Array.from({ length: PRODUCTS }, (_, i) => {
    const url = `https://www.shopbop.com/bag-${i}/vp/v=1/${1500000 + i}.htm?clickref=p${page}-${'a'.repeat(3000)}${i}`;
    return `<div class="product"><h3>${BRANDS[i % BRANDS.length]} Mini Bag No. ${i}</h3><p>$${100 + i} at <a href="${url}">Shopbop</a></p></div>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>200 mini bags, part ${page}</title></head><body><article><h1>The 200 best mini bags, part ${page}</h1>${items.join('\n')}</article></body></html>`;
}

let server: FixtureServer;
let chromium: MagpieChromium;

beforeAll(async () => {
  server = await startFixtureServer({
    root: FIXTURES_DIR,
    routes: {
      '/heavy': (_req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(heavyArticle(Number(url.searchParams.get('n') ?? 0)));
      },
    },
  });
  chromium = await launchChromiumWithMagpie();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const newestTabId = async () =>
  Math.max(...(await chromium.worker.evaluate(() => chrome.tabs.query({}))).map((t) => t.id ?? -1));

describe('storage.session under heavy pages in Chromium', () => {
  it('gives a later tab its badge after many heavy tabs, evicting the oldest', async () => {
    const tabIds: number[] = [];
    for (let n = 1; n <= TABS; n++) {
      const page =
        n === 1
          ? (chromium.context.pages()[0] ?? (await chromium.context.newPage()))
          : await chromium.context.newPage();
      await page.goto(`${server.url}/heavy?n=${n}`);
      const tabId = await newestTabId();
      tabIds.push(tabId);
      const badge = await waitForBadge(chromium.worker, tabId, 30_000);
      const used = await chromium.worker.evaluate(() => chrome.storage.session.getBytesInUse(null));
      console.info(`tab ${n}: badge "${badge}", storage.session ${(used / 1024 / 1024).toFixed(2)} MB`);
    }
    const badges = await Promise.all(tabIds.map((id) => readBadge(chromium.worker, id)));
    console.info(`badges at the end: ${badges.map((b) => b || '-').join(' ')}`);
    const last = tabIds[tabIds.length - 1]!;
    expect(await readBadge(chromium.worker, last)).toBe(String(PRODUCTS));
    expect(await readBadge(chromium.worker, tabIds[0]!)).toBe('');
    expect(await chromium.worker.evaluate(() => chrome.storage.session.getBytesInUse(null))).toBeLessThan(
      10 * 1024 * 1024,
    );
  });
});
