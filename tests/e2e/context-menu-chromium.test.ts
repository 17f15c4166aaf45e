import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTabId, readBadge } from '../../scripts/lib/extension-state';
import { openArticle, openExtensionPage, startUxSession, type UxSession } from './ux-session';

// Needs `npm run build:test` first. Headless Chromium cannot open a context menu, so each case calls
// the menu's own click handler (exposed by the test build) with the real tab and the info Chromium
// would pass for that right-click, read from the page.

interface Outcome {
  saved: boolean;
  name?: string;
  reason?: string;
}
interface ClickInfo {
  menuItemId: string;
  pageUrl: string;
  frameId: number;
  editable: boolean;
  linkUrl?: string;
  srcUrl?: string;
  mediaType?: string;
}
declare const chrome: { tabs: { get(id: number): Promise<object> } };
declare const magpieTestMenuClick: (info: ClickInfo, tab: object) => Promise<Outcome>;

let s: UxSession;

beforeAll(async () => {
  s = await startUxSession({ livePrices: true });
});
afterAll(async () => s?.close());

/** Right-click → "Save to Magpie" on the element `selector` of the current page (or the page itself). */
async function menuClick(selector: string | null): Promise<Outcome> {
  const tabId = await pageTabId(s.chromium.worker);
  const target = selector
    ? await s.article
        .locator(selector)
        .first()
        .evaluate((el) => {
          const a = el.closest('a');
          const img = el instanceof HTMLImageElement ? el : null;
          return { linkUrl: a?.href, srcUrl: img?.currentSrc || img?.src };
        })
    : {};
  const info: ClickInfo = {
    menuItemId: 'magpie-save',
    pageUrl: s.article.url(),
    frameId: 0,
    editable: false,
    ...target,
  };
  if (info.srcUrl) info.mediaType = 'image';
  return s.chromium.worker.evaluate(async ({ id, i }) => magpieTestMenuClick(i, await chrome.tabs.get(id)), {
    id: tabId,
    i: info,
  });
}

async function wishlistRows(): Promise<string[]> {
  const page = await openExtensionPage(s, 'wishlist.html', 'light');
  await page.locator('.count').filter({ hasText: /item/ }).waitFor();
  const rows = await page
    .locator('article.item')
    .evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  await page.close();
  return rows;
}

describe('"Save to Magpie" in Chromium', () => {
  it('a product link saves the article’s mention at that link, and the button confirms it', async () => {
    const tabId = await openArticle(s);
    const out = await menuClick('.tfs-shop-list__product a[href*="mango.com"]');
    expect(out).toMatchObject({ saved: true, name: 'Mango Bamboo Coffer Bag' });
    expect(await readBadge(s.chromium.worker, tabId)).toBe('✓');
  });

  it('a linked picture saves that product, once', async () => {
    const out = await menuClick('figure a[href*="zara.com"] img');
    expect(out).toMatchObject({ saved: true, name: 'Zara Embossed Messenger Bag' });
    const rows = await wishlistRows();
    expect(rows.filter((r) => r.includes('Embossed Messenger Bag'))).toHaveLength(1);
    expect(rows).toHaveLength(2);
  });

  it('a link to another article saves nothing and says so', async () => {
    const tabId = await pageTabId(s.chromium.worker);
    const out = await menuClick('a[href*="fanny-pack-belt-bag"]');
    expect(out).toEqual({ saved: false, reason: 'Magpie found no product at this link.' });
    expect(await readBadge(s.chromium.worker, tabId)).toBe('–');
    expect(await wishlistRows()).toHaveLength(2);
  });

  it('an article page with many products points to the popup instead of saving the page', async () => {
    const out = await menuClick(null);
    expect(out.saved).toBe(false);
    expect(out.reason).toMatch(/recommends 19 products/);
  });

  it('a page without products saves nothing and says so', async () => {
    await s.article.goto(s.server.url + '/plain/no-products.html');
    await s.article.waitForTimeout(2500);
    const out = await menuClick(null);
    expect(out).toEqual({ saved: false, reason: 'Magpie found no product on this page.' });
    expect(await wishlistRows()).toHaveLength(2);
  });

  it('a shop’s product page saves its product under the gazetteer’s names', async () => {
    await openArticle(s, '/shop/shouting-shop-product.html');
    const out = await menuClick(null);
    expect(out).toMatchObject({ saved: true, name: 'Theory Post small leather-trimmed satin pouch' });
    const rows = await wishlistRows();
    const row = rows.find((r) => r.includes('Post small leather-trimmed satin pouch'));
    expect(row).toContain('Net-a-Porter');
    expect(row).not.toContain('NET-A-PORTER');
    expect(row).not.toContain('THEORY');
  });
});
