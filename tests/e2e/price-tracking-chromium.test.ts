import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright, type BrowserContext, type Worker } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb, type RetailWeb } from '../fixtures/retail-web/routes';
import { CHROME_TEST_BUILD_DIR } from '../../scripts/lib/chromium-extension';
import { findChromium } from '../../scripts/lib/browsers';
import { pageTabId } from '../../scripts/lib/extension-state';

// Needs `npm run build:test` first. The refresh is started by the extension's own alarm (created
// from the extension's context to fire now), never by a test-only call into the refresher.

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};

const ARTICLE = '/articles/micro-purses-2018.html';
const POUCH =
  'https://www.net-a-porter.com/en-us/shop/product/theory/bags/pouches/post-small-leather-trimmed-satin-pouch/1016843';
const POUCH_PATH = `/retail/www.net-a-porter.com${new URL(POUCH).pathname}`;

let server: FixtureServer;
let web: RetailWeb;
let profile: string;
let ctx: BrowserContext | null = null;

beforeAll(async () => {
  web = createRetailWeb();
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: web.routes });
  profile = await mkdtemp(join(tmpdir(), 'magpie-tracking-e2e-'));
});

afterAll(async () => {
  await ctx?.close().catch(() => {});
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

async function launch(): Promise<{ worker: Worker; extensionId: string }> {
  ctx = await playwright.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
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
  return { worker, extensionId: new URL(worker.url()).host };
}

/** Fires the extension's refresh alarm now, from the extension's own context. */
const fireRefreshAlarm = (worker: Worker) =>
  worker.evaluate(() => chrome.alarms.create('magpie-refresh', { when: Date.now() + 100 }));
const notificationCount = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).length);
const runPending = (worker: Worker) =>
  worker.evaluate(async () => 'refreshRun' in (await chrome.storage.local.get('refreshRun')));

describe('price tracking in Chromium', () => {
  it('a saved item’s price drops: the alarm’s refresh shows the new price, one history row, the chart and one notification; a second refresh adds nothing', async () => {
    const { worker, extensionId } = await launch();
    await worker.evaluate((origin) => chrome.storage.local.set({ 'test:retailOrigin': origin }), server.url);
    const article = ctx!.pages()[0] ?? (await ctx!.newPage());
    await article.goto(server.url + ARTICLE);
    const tabId = await pageTabId(worker);

    const popup = await ctx!.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const card = popup.locator('li.card').first();
    await card.locator('.state-resolved').waitFor({ timeout: 60_000 });
    expect(await card.innerText()).toContain('195');
    await card.locator('button.save').click();
    await expect.poll(() => card.locator('button.save').getAttribute('aria-pressed')).toBe('true');
    await popup.close();

    // The shop lowers its price; the scheduled refresh picks it up.
    web.setListing(POUCH, { price: 149 });
    const hitsBefore = web.hits.get(POUCH_PATH) ?? 0;
    await fireRefreshAlarm(worker);
    await expect.poll(() => web.hits.get(POUCH_PATH) ?? 0, { timeout: 30_000 }).toBeGreaterThan(hitsBefore);
    await expect.poll(() => runPending(worker), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => notificationCount(worker), { timeout: 15_000 }).toBe(1);

    const page = await ctx!.newPage();
    await page.goto(`chrome-extension://${extensionId}/wishlist.html`);
    const row = page.locator('article.item').first();
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => row.locator('.price-now').innerText(), { timeout: 15_000 }).toContain('149');
    expect(await row.locator('.since-saved').innerText()).toContain('since saved');
    await row.getByRole('button', { name: /^Price history/ }).click();
    const dialog = page.locator('dialog.history-dialog');
    await dialog.locator('svg[role="img"]').waitFor();
    expect(await dialog.locator('.history-rows li').count()).toBe(2);
    const label = await dialog.locator('svg[role="img"]').getAttribute('aria-label');
    expect(label).toMatch(/\$195 on .+, \$149 on /);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A second refresh with no change: one more shop request, no history row, no notification.
    const hitsAfterFirst = web.hits.get(POUCH_PATH) ?? 0;
    await fireRefreshAlarm(worker);
    await expect.poll(() => web.hits.get(POUCH_PATH) ?? 0, { timeout: 30_000 }).toBeGreaterThan(hitsAfterFirst);
    await expect.poll(() => runPending(worker), { timeout: 30_000 }).toBe(false);
    await page.reload();
    await page
      .locator('article.item')
      .first()
      .getByRole('button', { name: /^Price history/ })
      .click();
    await page.locator('dialog.history-dialog svg[role="img"]').waitFor();
    expect(await page.locator('dialog.history-dialog .history-rows li').count()).toBe(2);
    expect(await notificationCount(worker)).toBe(1);
  });
});
