import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import {
  launchFirefoxWithMagpie,
  pollUntil,
  waitForCount,
  type MagpieFirefox,
} from '../../scripts/lib/firefox-extension';

// Needs `npm run build:test:firefox` first (npm run test:e2e does it). No Firefox → fails with what to install.
// The tests run in order on one profile: the last one restarts Firefox on it. They use only what
// the ESR's WebDriver BiDi implements: the window is sized at launch (no setViewport), and waits
// poll with page.evaluate (no waitForFunction or waitForSelector).

const ARTICLE = '/articles/micro-purses-2018.html';
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles/micro-purses-2018.expected.json'), 'utf8')) as {
  mentions: { name: string }[];
};

// Extension-page globals, typed just enough for the calls below.
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { set(v: object): Promise<void> } };
};

let server: FixtureServer;
let profile: string;
let firefox: MagpieFirefox | null = null;
let article: Page;
let probe: Page;
let articleTab: number;
let savedName = '';

/** The article's tab id, read from inside one of Magpie's own pages while it is the only other tab. */
async function findArticleTab(): Promise<number> {
  return probe.evaluate(async () => {
    const self = (await browser.tabs.getCurrent())?.id;
    const others = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self);
    if (others.length !== 1) throw new Error(`expected one article tab, found ${others.length}`);
    return others[0]!.id!;
  });
}

async function waitForBadge(tabId: number, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    if (text !== '' || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the first card's save button reads pressed. */
const pressed = (page: Page, timeoutMs: number) =>
  pollUntil(
    () =>
      page.evaluate(
        () => document.querySelector('li.card:nth-child(1) button.save')?.getAttribute('aria-pressed') ?? null,
      ),
    (v) => v === 'true',
    'the first card saved',
    timeoutMs,
  );

const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));

/** Reloads one of Magpie's pages and waits until the new document shows `selector`. */
async function reload(page: Page, selector: string): Promise<void> {
  // A marker on the old document: reload is done when it is gone (BiDi never reports the load).
  await page.evaluate(() => {
    (window as unknown as { stale?: boolean }).stale = true;
    setTimeout(() => location.reload(), 0);
  });
  await pollUntil(
    () =>
      page.evaluate(
        (sel) => !(window as unknown as { stale?: boolean }).stale && document.querySelector(sel) !== null,
        selector,
      ),
    (fresh) => fresh,
    `reloaded page with ${selector}`,
  );
}

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  profile = await mkdtemp(join(tmpdir(), 'magpie-firefox-e2e-'));
  firefox = await launchFirefoxWithMagpie({ profileDir: profile });
  article = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  probe = await firefox.openExtensionPage('popup.html', 'body');
  // The test build's resolver reads the shops' pages from the fixture retail web.
  await probe.evaluate((origin) => browser.storage.local.set({ 'test:retailOrigin': origin }), server.url);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('Magpie in Firefox', () => {
  it('counts the products of the sample article on its toolbar badge', async () => {
    await article.goto(server.url + ARTICLE);
    articleTab = await findArticleTab();
    expect(expected.mentions).toHaveLength(19);
    expect(await waitForBadge(articleTab)).toBe(String(expected.mentions.length));
  });

  it('lists the article’s 19 products in the popup and saves one', async () => {
    const popup = await firefox!.openExtensionPage(`popup.html?tabId=${articleTab}`, 'li.card');
    await waitForCount(popup, 'li.card', expected.mentions.length);
    expect((await texts(popup, 'li.card .name')).sort()).toEqual(expected.mentions.map((m) => m.name).sort());
    // Every product's shop check settles (resolved, unavailable or not found) in the popup.
    const settled = 'li.card .state-resolved, li.card .state-unavailable, li.card .state-not-found';
    await waitForCount(popup, settled, expected.mentions.length, 60_000);
    expect(await popup.$$eval('li.card .state-resolved', (els) => els.length)).toBeGreaterThan(0);

    savedName = await popup.$eval('li.card:nth-child(1) .name', (e) => (e.textContent ?? '').trim());
    await popup.click('li.card:nth-child(1) button.save');
    await pressed(popup, 10_000);
    expect(await popup.$$eval('button.save[aria-pressed="true"]', (els) => els.length)).toBe(1);

    // A new document reads the wishlist from IndexedDB: the product is still saved, and listed.
    await reload(popup, 'li.card');
    await pressed(popup, 20_000);
    await popup.click('#popup-tab-wishlist');
    await waitForCount(popup, 'article.item');
    expect(await texts(popup, 'article.item .name')).toEqual([savedName]);
    await popup.close();
  });

  it('keeps the saved product after Firefox restarts on the same profile', async () => {
    await firefox!.close();
    firefox = await launchFirefoxWithMagpie({ profileDir: profile });
    const page = await firefox.openExtensionPage('wishlist.html', 'article.item');
    expect(await texts(page, 'article.item .name')).toEqual([savedName]);
    // unlimitedStorage grants Magpie's origin persistent storage without a prompt, so the wishlist
    // can be kept safe from eviction under disk pressure.
    const persistence = await page.evaluate(() =>
      navigator.permissions.query({ name: 'persistent-storage' as PermissionName }).then((s) => s.state),
    );
    expect(persistence).toBe('granted');
  });
});
