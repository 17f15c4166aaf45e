import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import {
  CHROME_TEST_BUILD_DIR,
  launchChromiumWithMagpie,
  type MagpieChromium,
} from '../../scripts/lib/chromium-extension';
import {
  pageTabId,
  readBadge,
  readTabMentions,
  readWishlist,
  setRetailOrigin,
  waitForBadge,
  waitForSettledStates,
} from '../../scripts/lib/extension-state';
import { expectPageLearntNothing, GALLERY_SIZE, hostileUrl, type AttackLog } from './hostile-checks';
import { readThrough } from './read-through';

// Needs `npm run build:test` first. A page whose script attacks Magpie's controls: it must not
// save, remove or read anything, and must not stop detection or take the controls away.

let server: FixtureServer;
let chromium: MagpieChromium;
let page: Page;

const countControls = () => page.evaluate(() => document.querySelectorAll('magpie-save').length);
/** The controls on the page once it was read through: each is made as its product nears the viewport. */
const readControls = async () => {
  await readThrough((js) => page.evaluate(js));
  return countControls();
};

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A reader's click (trusted, from the browser's input) on the save button of control `i`, found by where it is. */
async function readerClicks(i: number): Promise<void> {
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
  chromium = await launchChromiumWithMagpie();
  await setRetailOrigin(chromium.worker, server.url);
  page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a hostile page in Chromium', () => {
  it('ships a content script that announces nothing to pages', () => {
    const js = readFileSync(join(CHROME_TEST_BUILD_DIR, 'content-scripts/content.js'), 'utf8');
    // Booleans, so a failure does not print the whole bundle.
    expect(js.includes('content-script-started'), 'the bundle carries WXT’s start-up announcement').toBe(false);
    expect(/\bpostMessage\(/.test(js), 'the bundle posts messages to the page').toBe(false);
  });

  it('can neither save, remove nor read, nor stop detection or the controls', async () => {
    const ids = [chromium.extensionId];
    await page.goto(hostileUrl(server.url, ids));
    await page.evaluate(() => (window as unknown as { __loadGallery(): Promise<void> }).__loadGallery());
    const tabId = await pageTabId(chromium.worker);
    expect(await waitForBadge(chromium.worker, tabId)).toBe(String(GALLERY_SIZE));
    await poll(readControls, (n) => n === GALLERY_SIZE, 'controls on the page');
    // Prices in (some controls show one), so the page has something to try to read.
    const settled = await waitForSettledStates(chromium.worker, tabId);
    expect(settled.states.some((s) => s.status === 'resolved')).toBe(true);

    // The reader saves one product with a real click: the controls work for people.
    await readerClicks(1);
    const before = await poll(
      () => readWishlist(chromium.worker),
      (items) => items.length === 1,
      'the reader’s save',
    );
    expect(before[0]!.name).toBe(settled.mentions[1]!.name);

    const log = (await page.evaluate(() =>
      (window as unknown as { __attack(): Promise<unknown> }).__attack(),
    )) as AttackLog;
    await page.waitForTimeout(2500);

    // Nothing saved, nothing removed: the reader's product is still the only one, notes and all.
    const after = await readWishlist(chromium.worker);
    expect(after.map((i) => i.id)).toEqual([before[0]!.id]);
    expect(after[0]).toEqual(before[0]);
    expectPageLearntNothing(log, ids);

    // Clickjacking: the page fades the article almost out of sight (its decoy would sit beneath); a
    // reader's real click on a faded control saves nothing. Unfaded, the same click would save.
    await page.evaluate(() => void (document.body.style.opacity = '0.02'));
    await readerClicks(2);
    await page.waitForTimeout(800);
    expect((await readWishlist(chromium.worker)).map((i) => i.id)).toEqual([before[0]!.id]);
    await page.evaluate(() => void (document.body.style.opacity = ''));

    // Detection is alive after the replay: it saw the reordered list, follows the page emptying and refilling.
    const kept = await readTabMentions(chromium.worker, tabId);
    expect(kept?.mentions.map((m) => m.name)).not.toEqual(settled.mentions.map((m) => m.name));
    expect(kept?.mentions).toHaveLength(GALLERY_SIZE);
    expect(await readControls()).toBe(GALLERY_SIZE);
    await page.evaluate(() => (window as unknown as { __clearGallery(): void }).__clearGallery());
    await poll(
      () => readBadge(chromium.worker, tabId),
      (b) => b === '',
      'badge after the products left',
    );
    await page.evaluate(() => (window as unknown as { __loadGallery(): Promise<void> }).__loadGallery());
    expect(await waitForBadge(chromium.worker, tabId)).toBe(String(GALLERY_SIZE));
    await poll(readControls, (n) => n === GALLERY_SIZE, 'controls after the products came back');

    // And the controls still answer the reader.
    await page.waitForTimeout(500);
    await readerClicks(4);
    const two = await poll(
      () => readWishlist(chromium.worker),
      (items) => items.length === 2,
      'a second reader save',
    );
    expect(two.map((i) => i.id)).toContain(before[0]!.id);
  });
});
