import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import { launchChromiumWithMagpie, type MagpieChromium } from '../../scripts/lib/chromium-extension';
import { pageTabId, setRetailOrigin, waitForBadge } from '../../scripts/lib/extension-state';

// Shared set-up of the Chromium UX tests: the test build, the fixture article and the fixture retail web.

declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

export const ARTICLE = '/articles/micro-purses-2018.html';

export interface UxSession {
  server: FixtureServer;
  chromium: MagpieChromium;
  /** The tab that shows the article (the only "real" tab: the popup opens as an extension page beside it). */
  article: Page;
  close(): Promise<void>;
}

/** Starts the fixture server and Chromium; `livePrices: false` is the store build's first run. */
export async function startUxSession(opts: { livePrices: boolean }): Promise<UxSession> {
  const server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  const chromium = await launchChromiumWithMagpie({ headless: true });
  await setRetailOrigin(chromium.worker, server.url);
  if (!opts.livePrices) {
    await chromium.worker.evaluate(() => chrome.storage.local.set({ settings: { livePrices: false } }));
  }
  const article = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  return {
    server,
    chromium,
    article,
    async close() {
      await chromium.close();
      await server.close();
    },
  };
}

/** Opens `path` in the article tab and waits until Magpie counted its products; the tab's id. */
export async function openArticle(s: UxSession, path = ARTICLE): Promise<number> {
  await s.article.goto(s.server.url + path);
  const tabId = await pageTabId(s.chromium.worker);
  await waitForBadge(s.chromium.worker, tabId);
  return tabId;
}

/** The popup for `tabId`, as a 400 × 600 extension page, once its cards are shown. */
export async function openPopup(s: UxSession, tabId: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await s.chromium.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await popup.goto(`chrome-extension://${s.chromium.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('li.card').first().waitFor({ timeout: 20_000 });
  return popup;
}

/** An extension page (wishlist.html, options.html) in a new tab. */
export async function openExtensionPage(
  s: UxSession,
  file: string,
  scheme: 'light' | 'dark',
  width = 1280,
): Promise<Page> {
  const page = await s.chromium.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${s.chromium.extensionId}/${file}`);
  return page;
}
