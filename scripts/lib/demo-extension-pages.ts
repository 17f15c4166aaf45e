import type { BrowserContext, Page } from 'playwright-core';
import type { Mention } from '../../lib/detect/types';

/** Size of Chromium's toolbar popup at its largest, so the screenshot shows what a reader sees. */
export const POPUP_SIZE = { width: 400, height: 600 };

/**
 * Opens Magpie's popup page in a tab of the article's window, speaking about `tabId` (the page
 * reads `?tabId=` as the active tab, since in a tab of its own it would be the active one), and
 * waits until it lists `count` products with no price check pending.
 */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  count: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup
    .locator('li.card')
    .nth(count - 1)
    .waitFor({ timeout: 20_000 });
  await popup.locator('[role="progressbar"]').waitFor({ state: 'detached', timeout: 60_000 });
  return popup;
}

/** Saves a product with its Save button in the popup; resolves once the button shows it saved. */
export async function saveInPopup(popup: Page, mention: Pick<Mention, 'name'>): Promise<void> {
  const card = popup.locator('li.card').filter({ has: popup.getByText(mention.name, { exact: true }) });
  const button = card.first().locator('button.save');
  await button.click({ timeout: 15_000 });
  await button.and(popup.locator('[aria-pressed="true"]')).waitFor({ timeout: 15_000 });
}

/**
 * Waits (briefly) for the pictures in the window to load, so a screenshot does not catch them
 * half-way. Lazy pictures further down never load until scrolled to, so they do not count.
 */
export async function picturesLoaded(page: Page, timeoutMs = 5_000): Promise<void> {
  await page
    .waitForFunction(
      () =>
        Array.from(document.images).every((img) => {
          const r = img.getBoundingClientRect();
          return img.complete || r.bottom <= 0 || r.top >= innerHeight;
        }),
      undefined,
      { timeout: timeoutMs },
    )
    .catch(() => {});
}

/**
 * Opens the full-page wishlist and waits until it shows `count` items. The page fills the window
 * and scrolls its list inside, so the window is sized to the items for a screenshot without a
 * blank half.
 */
export async function openWishlistPage(context: BrowserContext, extensionId: string, count: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/wishlist.html`);
  const last = page.locator('article.item').nth(count - 1);
  await last.waitFor({ timeout: 15_000 });
  const box = await last.boundingBox();
  const bottom = box ? box.y + box.height : 800;
  await page.setViewportSize({ width: 1280, height: Math.max(480, Math.min(800, Math.ceil(bottom + 48))) });
  await picturesLoaded(page);
  return page;
}
