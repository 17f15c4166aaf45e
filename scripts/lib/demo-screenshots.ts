import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MagpieChromium } from './chromium-extension';
import { readWishlist } from './extension-state';
import { step } from './demo-log';
import { screenshotShoppingList } from './demo-article';
import { openPopup, openWishlistPage, picturesLoaded } from './demo-extension-pages';

/** What the screenshots need of the running demo. */
interface Shooting {
  chromium: MagpieChromium;
  article: Page;
  tabId: number;
}

/**
 * Screenshots `page` as it is, then with the system's dark setting, as `name.png` and `name-dark.png`; the file names.
 */
async function lightAndDark(page: Page, dir: string, name: string, fullPage = false): Promise<string[]> {
  const files = [`${name}.png`, `${name}-dark.png`];
  for (const [i, colorScheme] of (['light', 'dark'] as const).entries()) {
    await page.emulateMedia({ colorScheme });
    await picturesLoaded(page);
    await page.screenshot({ path: join(dir, files[i]!), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return files;
}

/** The store build's first run (live prices off): the popup shows what the article says. The file names. */
export async function firstRunShots(s: Shooting, dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const popup = await step('Opening the popup as a new install shows it (live prices off)', () =>
    openPopup(s.chromium.context, s.chromium.extensionId, s.tabId, count),
  );
  const files = await step('Screenshots of the first-run popup, light and dark', () =>
    lightAndDark(popup, dir, 'popup-first-run'),
  );
  await popup.close();
  return files;
}

/**
 * With live prices: the popup and the wishlist page, light and dark, and the article with its controls. The file names.
 */
export async function liveShots(s: Shooting, dir: string, popup: Page): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  await step('Screenshots of the popup with live prices, light and dark', async () => {
    await popup.evaluate(() => document.querySelector('.cards')?.scrollTo(0, 0));
    files.push(...(await lightAndDark(popup, dir, 'popup')));
  });
  await step('Screenshot of the article’s shopping list', () =>
    screenshotShoppingList(s.article, join(dir, 'article.png'), {
      heading: '.tfs-shop-list__title',
      list: '.tfs-shop-list',
    }),
  );
  files.push('article.png');
  await step('Screenshots of the wishlist page, light and dark', async () => {
    const count = (await readWishlist(s.chromium.worker)).length;
    const page = await openWishlistPage(s.chromium.context, s.chromium.extensionId, count);
    files.push(...(await lightAndDark(page, dir, 'wishlist', true)));
  });
  return files;
}
