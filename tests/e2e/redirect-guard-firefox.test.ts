import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb, retailPath } from '../fixtures/retail-web/routes';
import { launchFirefoxWithMagpie, type MagpieFirefox } from '../../scripts/lib/firefox-extension';
import { ARTICLE_PAGES } from '../fixtures/retail-web/article-pages';
import { startTrapServer, TRAPPED_PRODUCT, type TrapServer } from './trap-server';

// A product page whose every picture (og:image, JSON-LD image) is moved to the trap.
const PICTURE_PRODUCT = 'https://www.asos.com/us/faith/faith-mini-buckle-cross-body-bag/prd/9215633';
const PICTURE = 'https://images.asos-media.com/products/faith-mini-buckle-cross-body-bag/9215633-1-black';

// Needs `npm run build:test:firefox`. As the Chromium test: a fixture shop on 127.0.0.1 answers
// 302 to a server on 127.0.0.2, which must receive nothing. Uses only what Firefox ESR's BiDi
// implements (no viewport emulation, no waitForFunction: polls with evaluate).

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  storage: {
    local: { set(v: object): Promise<void> };
    session: { get(keys: string[]): Promise<Record<string, unknown>> };
  };
};

let server: FixtureServer;
let trap: TrapServer;
let firefox: MagpieFirefox;
let probe: Page;
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
  firefox = await launchFirefoxWithMagpie();
  probe = await firefox.openExtensionPage('popup.html', 'body');
  await probe.evaluate((origin) => browser.storage.local.set({ 'test:retailOrigin': origin }), server.url);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  await trap?.close();
});

/** The states of the one tab that is not Magpie's probe page. */
type State = { status: string; listing?: { price: number; image: string | null } };
function readStates(): Promise<State[] | null> {
  return probe.evaluate(async () => {
    const self = (await browser.tabs.getCurrent())?.id;
    const tab = (await browser.tabs.query({})).find((t) => t.id !== undefined && t.id !== self);
    if (!tab?.id) return null;
    const got = await browser.storage.session.get([`states:${tab.id}`]);
    return (got[`states:${tab.id}`] as { states?: State[] } | undefined)?.states ?? null;
  });
}

describe('redirect guard in Firefox', () => {
  it('never sends a redirect hop to a second loopback address, while the fixture shops still answer', async () => {
    const article = (await firefox.browser.pages()).find((p) => p !== probe) ?? (await firefox.browser.newPage());
    await article.goto(server.url + '/articles/micro-purses-2018.html');
    const started = Date.now();
    let states: State[] | null = null;
    while (Date.now() - started < 60_000) {
      states = await readStates();
      if (states && states.length > 0 && states.every((s) => s.status !== 'pending')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.info(
      `states settled after ${Date.now() - started} ms; shop redirects served: ${redirectsServed}; trap hits: ${trap.hits.length}`,
    );
    expect((states ?? []).filter((s) => s.status === 'resolved').length).toBeGreaterThan(10);
    expect(redirectsServed).toBeGreaterThan(0);
    expect(trap.hits).toEqual([]);

    // The listing whose pictures point at the private host is kept without its picture.
    const faith = (states ?? []).find((s) => s.listing?.price === 38);
    expect(faith?.status).toBe('resolved');
    expect(faith?.listing?.image).toBeNull();

    // The trap is reachable, and the rules leave the reader's own browsing alone.
    await article.goto(`${trap.url}/reader-visit`);
    expect(trap.hits).toContain('/reader-visit');
    expect(trap.hits.filter((h) => h.startsWith('/steal'))).toEqual([]);
  });
});
