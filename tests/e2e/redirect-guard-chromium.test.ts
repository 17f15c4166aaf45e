import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb, retailPath } from '../fixtures/retail-web/routes';
import { launchChromiumWithMagpie, type MagpieChromium } from '../../scripts/lib/chromium-extension';
import { pageTabId } from '../../scripts/lib/extension-state';
import { ARTICLE_PAGES } from '../fixtures/retail-web/article-pages';
import { startTrapServer, TRAPPED_PRODUCT, type TrapServer } from './trap-server';

// A product page whose every picture (og:image, JSON-LD image) is moved to the trap.
const PICTURE_PRODUCT = 'https://www.asos.com/us/faith/faith-mini-buckle-cross-body-bag/prd/9215633';
const PICTURE = 'https://images.asos-media.com/products/faith-mini-buckle-cross-body-bag/9215633-1-black';

// Needs `npm run build:test`. A fixture shop on 127.0.0.1 answers 302 to a server bound to
// 127.0.0.2; the test build may fetch 127.0.0.1 only, so the hop must never be sent.

interface WorkerChrome {
  runtime: { getURL(path: string): string };
  storage: {
    local: { set(v: object): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
}
declare const chrome: WorkerChrome;

let server: FixtureServer;
let trap: TrapServer;
let chromium: MagpieChromium;
let redirectsServed = 0;

beforeAll(async () => {
  trap = await startTrapServer('127.0.0.2');
  const { routes } = createRetailWeb();
  routes[retailPath(TRAPPED_PRODUCT).split('?')[0]!] = (_req, res) => {
    redirectsServed++;
    res.writeHead(302, { location: `${trap.url}/steal?from=shop`, 'cache-control': 'no-store' });
    res.end();
  };
  const file = ARTICLE_PAGES.find(([url]) => url === PICTURE_PRODUCT)?.[1];
  const html = readFileSync(new URL(`../fixtures/retail-web/pages/${file}`, import.meta.url), 'utf8');
  routes[retailPath(PICTURE_PRODUCT)] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html.split(PICTURE).join(`${trap.url}/picture.jpg`));
  };
  server = await startFixtureServer({ root: FIXTURES_DIR, routes });
  chromium = await launchChromiumWithMagpie({ alsoReach: ['127.0.0.2'] });
  await chromium.worker.evaluate((origin) => chrome.storage.local.set({ 'test:retailOrigin': origin }), server.url);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await trap?.close();
});

describe('redirect guard in Chromium', () => {
  it('never sends a redirect hop to a second loopback address, while the fixture shops still answer', async () => {
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    await page.goto(server.url + '/articles/micro-purses-2018.html');
    const tabId = await pageTabId(chromium.worker);
    const started = Date.now();
    let states: { status: string; listing?: { price: number; image: string | null } }[] = [];
    while (Date.now() - started < 60_000) {
      const got = await chromium.worker.evaluate((key) => chrome.storage.session.get(key), `states:${tabId}`);
      states = (got[`states:${tabId}`] as { states?: typeof states } | undefined)?.states ?? [];
      if (states.length > 0 && states.every((s) => s.status !== 'pending')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.info(
      `states settled after ${Date.now() - started} ms; shop redirects served: ${redirectsServed}; trap hits: ${trap.hits.length}`,
    );
    expect(states.filter((s) => s.status === 'resolved').length).toBeGreaterThan(10);
    expect(redirectsServed).toBeGreaterThan(0);
    expect(trap.hits).toEqual([]);

    // The listing whose pictures point at the private host is kept, without its picture, and the
    // popup showing it loads nothing from there.
    const faith = states.find((s) => s.listing?.price === 38);
    expect(faith?.status).toBe('resolved');
    expect(faith?.listing?.image).toBeNull();
    const popup = await chromium.context.newPage();
    await popup.goto(await chromium.worker.evaluate((id) => chrome.runtime.getURL(`/popup.html?tabId=${id}`), tabId));
    await popup.waitForSelector('li.card');
    await popup.waitForTimeout(500);
    expect(trap.hits).toEqual([]);

    // The trap is reachable, and the rules leave the reader's own browsing alone.
    const other = await chromium.context.newPage();
    await other.goto(`${trap.url}/reader-visit`);
    expect(trap.hits).toContain('/reader-visit');
    expect(trap.hits.filter((h) => h.startsWith('/steal'))).toEqual([]);
  });
});
