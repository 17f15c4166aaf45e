import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import {
  FIREFOX_EXTENSION_UUID,
  FIREFOX_TEST_BUILD_DIR,
  launchFirefoxWithMagpie,
  pollUntil,
  type MagpieFirefox,
} from '../../scripts/lib/firefox-extension';
import { expectPageLearntNothing, GALLERY_SIZE, hostileUrl, type AttackLog } from './hostile-checks';
import { readThrough } from './read-through';

// Needs `npm run build:test:firefox` first. The Firefox twin of chromium-hostile-page.test.ts:
// a page whose script attacks Magpie's controls must not save, remove or read anything, nor stop
// detection or take the controls away. Waits poll with evaluate (what the ESR's BiDi supports).

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    local: { set(v: object): Promise<void> };
    session: { get(keys: string[]): Promise<Record<string, unknown>> };
  };
};

interface Item {
  id: string;
  name: string;
}

let server: FixtureServer;
let firefox: MagpieFirefox;
let page: Page;
let probe: Page;
let tabId: number;

const GECKO_ID = (
  JSON.parse(readFileSync(join(FIREFOX_TEST_BUILD_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

const badge = () => probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
const countControls = () => page.evaluate(() => document.querySelectorAll('magpie-save').length);
/** The controls on the page once the reader read it through (in front: a background tab paints rarely). */
const readControls = async () => {
  await page.bringToFront();
  await readThrough((js) => page.evaluate(js));
  return countControls();
};

/** The tab's mentions and states as the background keeps them. */
const stored = () =>
  probe.evaluate(async (id) => {
    const got = await browser.storage.session.get([`tab:${id}`, `states:${id}`]);
    const mentions = (got[`tab:${id}`] as { mentions?: { name: string }[] } | undefined)?.mentions ?? [];
    const states = (got[`states:${id}`] as { states?: { status: string }[] } | undefined)?.states ?? [];
    return { names: mentions.map((m) => m.name), states: states.map((s) => s.status) };
  }, tabId);

/** Every wishlist row, read from Magpie's IndexedDB inside one of its pages (never creating the database). */
const wishlist = () =>
  probe.evaluate(
    () =>
      new Promise<Item[]>((resolve, reject) => {
        const req = indexedDB.open('magpie');
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('items')) return (db.close(), resolve([]));
          const all = db.transaction('items', 'readonly').objectStore('items').getAll();
          all.onsuccess = () => (db.close(), resolve(all.result as Item[]));
          all.onerror = () => (db.close(), reject(all.error));
        };
      }),
  );

/** A reader's click (trusted: BiDi input actions) on the save button of control `i`, found by where it is. */
async function readerClicks(i: number): Promise<void> {
  // The reader looks at the article: a background tab (the probe's page is in front) paints rarely.
  await page.bringToFront();
  const box = await page.evaluate((n) => {
    const host = document.querySelectorAll('magpie-save')[n]!;
    host.scrollIntoView({ block: 'center' });
    const r = host.getBoundingClientRect();
    return { x: r.left, y: r.top, h: r.height };
  }, i);
  // Controls are built as they near the viewport: a reader clicks what was painted, a few frames on.
  await new Promise((r) => setTimeout(r, 400));
  await page.mouse.click(box.x + 12, box.y + box.h / 2);
}

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  firefox = await launchFirefoxWithMagpie();
  page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  probe = await firefox.openExtensionPage('popup.html', 'body');
  await probe.evaluate((origin) => browser.storage.local.set({ 'test:retailOrigin': origin }), server.url);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('a hostile page in Firefox', () => {
  it('can neither save, remove nor read, nor stop detection or the controls', async () => {
    const ids = [GECKO_ID, FIREFOX_EXTENSION_UUID];
    await page.goto(hostileUrl(server.url, ids));
    tabId = await probe.evaluate(async () => {
      const self = (await browser.tabs.getCurrent())?.id;
      const others = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self);
      if (others.length !== 1) throw new Error(`expected one page tab, found ${others.length}`);
      return others[0]!.id!;
    });
    await page.evaluate(() => (window as unknown as { __loadGallery(): Promise<void> }).__loadGallery());
    await pollUntil(badge, (b) => b === String(GALLERY_SIZE), 'badge');
    await pollUntil(readControls, (n) => n === GALLERY_SIZE, 'controls on the page');
    const settled = await pollUntil(
      stored,
      (s) => s.states.length === GALLERY_SIZE && !s.states.includes('pending'),
      'price checks',
      60_000,
    );
    expect(settled.states).toContain('resolved');

    await readerClicks(1);
    const before = await pollUntil(wishlist, (items) => items.length === 1, 'the reader’s save');
    expect(before[0]!.name).toBe(settled.names[1]);

    const log = (await page.evaluate(() =>
      (window as unknown as { __attack(): Promise<unknown> }).__attack(),
    )) as AttackLog;
    await new Promise((r) => setTimeout(r, 2500));

    const after = await wishlist();
    expect(after).toEqual(before);
    expectPageLearntNothing(log, ids);

    // Detection is alive after the replay: it saw the reordered list, follows the page emptying and refilling.
    const now = await stored();
    expect(now.names).toHaveLength(GALLERY_SIZE);
    expect(now.names).not.toEqual(settled.names);
    expect(await readControls()).toBe(GALLERY_SIZE);
    await page.evaluate(() => (window as unknown as { __clearGallery(): void }).__clearGallery());
    await pollUntil(badge, (b) => b === '', 'badge after the products left');
    await page.evaluate(() => (window as unknown as { __loadGallery(): Promise<void> }).__loadGallery());
    await pollUntil(badge, (b) => b === String(GALLERY_SIZE), 'badge after the products came back');
    await pollUntil(readControls, (n) => n === GALLERY_SIZE, 'controls after the products came back');

    await new Promise((r) => setTimeout(r, 500));
    await readerClicks(4);
    const two = await pollUntil(wishlist, (items) => items.length === 2, 'a second reader save');
    expect(two.map((i) => i.id)).toContain(before[0]!.id);
  });
});
