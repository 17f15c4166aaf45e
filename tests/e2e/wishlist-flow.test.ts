import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import { CHROME_TEST_BUILD_DIR } from '../../scripts/lib/chromium-extension';
import { findChromium } from '../../scripts/lib/browsers';
import { pageTabId } from '../../scripts/lib/extension-state';
import { builtInView } from './closed-controls';
import { readThrough } from './read-through';
import { totalsByCurrency } from '../../lib/api/currency-totals';
import { formatPrice } from '../../lib/price/format';

// Needs `npm run build:test` first. One profile is used twice: the wishlist must outlive a browser restart.

declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

const ARTICLE = '/articles/micro-purses-2018.html';

let server: FixtureServer;
let profile: string;
let context: BrowserContext | null = null;
let exported = '';
const savedNames: string[] = [];

/** Chromium with the test build in `profile`; the flags match scripts/lib/chromium-extension.ts. */
async function launch(): Promise<{ ctx: BrowserContext; worker: Worker; extensionId: string }> {
  const ctx = await playwright.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${CHROME_TEST_BUILD_DIR}`,
      `--load-extension=${CHROME_TEST_BUILD_DIR}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker =
    ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await ctx.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    }));
  context = ctx;
  return { ctx, worker, extensionId: new URL(worker.url()).host };
}

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  profile = await mkdtemp(join(tmpdir(), 'magpie-wishlist-e2e-'));
});

afterAll(async () => {
  await context?.close().catch(() => {});
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

const names = (page: Page) => page.locator('article.item .name').allInnerTexts();

describe('wishlist flow in Chromium', () => {
  it('lists the article’s 19 products with their states and saves 3 (2 in the popup, 1 on the page)', async () => {
    const { ctx, worker, extensionId } = await launch();
    await worker.evaluate((origin) => chrome.storage.local.set({ 'test:retailOrigin': origin }), server.url);
    const article = ctx.pages()[0] ?? (await ctx.newPage());
    await article.goto(server.url + ARTICLE);
    const tabId = await pageTabId(worker);

    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('li.card').nth(18).waitFor({ timeout: 20_000 });
    expect(await popup.locator('li.card').count()).toBe(19);
    // Every mention settles to a state the popup shows (resolved, unavailable or not found).
    await popup.locator('[role="progressbar"]').waitFor({ state: 'detached', timeout: 60_000 });
    const settled = await popup
      .locator('li.card .state-resolved, li.card .state-unavailable, li.card .state-not-found')
      .count();
    expect(settled).toBe(19);
    expect(await popup.locator('li.card .state-resolved').count()).toBeGreaterThan(0);

    for (const i of [0, 1]) {
      await popup.locator('li.card').nth(i).locator('button.save').click();
      await expect
        .poll(() => popup.locator('li.card').nth(i).locator('button.save').getAttribute('aria-pressed'))
        .toBe('true');
      savedNames.push(await popup.locator('li.card').nth(i).locator('.name').innerText());
    }

    // The in-page control of mention 5. Its shadow root is closed, so no locator reaches inside: a
    // real click lands on its save button, which sits at the left of the control.
    const controls = article.locator('magpie-save');
    // Each control is made as its product nears the viewport: the reader reads the article through
    // (in front: the popup opened last, and a page behind it does not run its rendering steps).
    await article.bringToFront();
    await readThrough((js) => article.evaluate(js));
    await controls.nth(18).waitFor({ state: 'attached', timeout: 20_000 });
    expect(await controls.count()).toBe(19);
    // Controls are built as they near the viewport: bring this one in and wait until it is painted.
    await builtInView(article, 5);
    await controls.nth(5).click({ position: { x: 12, y: 9 } });
    savedNames.push(await popup.locator('li.card').nth(5).locator('.name').innerText());
    // The popup hears about the inline save.
    await expect
      .poll(() => popup.locator('li.card').nth(5).locator('button.save').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await popup.locator('button.save[aria-pressed="true"]').count()).toBe(3);
    await ctx.close();
    context = null;
  });

  it('keeps exactly those 3 after a restart, and exports, clears and imports them back', async () => {
    const { ctx, extensionId } = await launch();
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${extensionId}/wishlist.html`);
    await page.locator('article.item').nth(2).waitFor({ timeout: 15_000 });
    expect((await names(page)).sort()).toEqual([...savedNames].sort());
    expect(await page.locator('.count').innerText()).toBe('3 items');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await (await download).path();
    exported = await readFile(file, 'utf8');
    expect(JSON.parse(exported).items).toHaveLength(3);
    // The totals are the stored sums the background kept while saving: they match the rows summed.
    const want = totalsByCurrency(JSON.parse(exported).items);
    expect(want.length).toBeGreaterThan(0);
    const totals = await page.locator('.totals').innerText();
    for (const t of want) expect(totals).toContain(`${formatPrice(t.total, t.currency)} (${t.count} item`);

    for (let left = 3; left > 0; left--) {
      await page
        .locator('article.item')
        .first()
        .getByRole('button', { name: /^Remove/ })
        .click();
      await expect.poll(() => page.locator('article.item').count()).toBe(left - 1);
    }
    await page.getByText('Your wishlist is empty').waitFor();
    expect(await page.locator('.totals').count()).toBe(0);

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'wishlist.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText('3 items added.').waitFor();
    await expect.poll(() => page.locator('article.item').count()).toBe(3);
    expect((await names(page)).sort()).toEqual([...savedNames].sort());
    await expect.poll(() => page.locator('.totals').innerText()).toBe(totals);
  });
});
