import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { launchChromiumWithMagpie, type MagpieChromium } from '../../scripts/lib/chromium-extension';
import {
  closeOffscreenDocument,
  offscreenDocuments,
  pageTabId,
  readBadge,
  readTabMentions,
  waitForBadge,
  waitForTabMentions,
} from '../../scripts/lib/extension-state';

// Needs `npm run build:test` first (npm run test:e2e does it). No Chromium → these tests fail with what to install.

const ARTICLE = '/articles/micro-purses-2018.html';
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles/micro-purses-2018.expected.json'), 'utf8')) as {
  mentions: unknown[];
};

let server: FixtureServer;
let chromium: MagpieChromium;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR });
  chromium = await launchChromiumWithMagpie();
  // One tab only: without the "tabs" permission the worker cannot match tabs by URL.
  page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Magpie in Chromium', () => {
  it('counts the products of the sample article on its toolbar badge', async () => {
    const started = Date.now();
    await page.goto(server.url + ARTICLE);
    const tabId = await pageTabId(chromium.worker);
    const badge = await waitForBadge(chromium.worker, tabId);
    console.info(`badge "${badge}" ${Date.now() - started} ms after navigation`);

    expect(expected.mentions).toHaveLength(19);
    expect(badge).toBe(String(expected.mentions.length));
    // The badge shows the count before the content script's report is kept: wait for the record.
    const kept = await waitForTabMentions(chromium.worker, tabId);
    expect(kept?.pageUrl).toBe(page.url());
    expect(kept?.mentions).toHaveLength(expected.mentions.length);
  });

  it('leaves the badge empty on a page without products, until products scroll in', async () => {
    await page.goto(server.url + '/plain/no-products.html');
    const tabId = await pageTabId(chromium.worker);
    // First detection runs when the page is idle (at most 2 s), a later one 0.8 s after changes.
    await page.waitForTimeout(3000);
    expect(await readBadge(chromium.worker, tabId)).toBe('');
    // Same tab as the article before: what the background kept for that page must be gone.
    const stale = await readTabMentions(chromium.worker, tabId);
    expect(stale?.pageUrl ?? null, 'mentions of the previous page are still kept for this tab').toBeNull();

    // Like a publisher's "next story" infinite scroll: the article arrives below the current one.
    // This also proves the content script was alive and watching the page all along.
    await page.evaluate(async (path) => {
      const html = await (await fetch(path)).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.append(...Array.from(next.body.children));
    }, ARTICLE);
    const badge = await waitForBadge(chromium.worker, tabId);
    expect(badge).toBe(String(expected.mentions.length));
  });

  it('reads pages in one offscreen document, which the worker makes again once Chrome closed it', async () => {
    const documents = () => offscreenDocuments(chromium.worker);
    expect(await documents()).toBe(1);
    await closeOffscreenDocument(chromium.worker);
    expect(await documents()).toBe(0);
    await page.goto(server.url + ARTICLE);
    const tabId = await pageTabId(chromium.worker);
    expect(await waitForBadge(chromium.worker, tabId)).toBe(String(expected.mentions.length));
    expect(await documents()).toBe(1);
  });
});
