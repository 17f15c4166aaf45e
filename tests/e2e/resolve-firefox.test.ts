import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import { ARTICLE_CURRENT } from '../fixtures/retail-web/article-pages';
import { launchFirefoxWithMagpie, type MagpieFirefox } from '../../scripts/lib/firefox-extension';
import type { Mention } from '../../lib/detect/types';

// Needs `npm run build:test:firefox` first. Reads the background's states from one of Magpie's own pages.

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  storage: {
    local: { set(v: object): Promise<void> };
    session: { get(keys: string[]): Promise<Record<string, unknown>> };
  };
};

interface Stored {
  mentions: Mention[];
  states: { status: string; listing?: { price: number | null; currency: string | null } }[];
}

const ARTICLE = '/articles/micro-purses-2018.html';
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles/micro-purses-2018.expected.json'), 'utf8')) as {
  mentions: Mention[];
};

let server: FixtureServer;
let firefox: MagpieFirefox;
let article: Page;
let probe: Page;

/** The article tab's mentions and states, as the background keeps them in storage.session. */
function readArticle(): Promise<Stored | null> {
  return probe.evaluate(async () => {
    const self = (await browser.tabs.getCurrent())?.id;
    const tab = (await browser.tabs.query({})).find((t) => t.id !== undefined && t.id !== self);
    if (!tab?.id) return null;
    const got = await browser.storage.session.get([`tab:${tab.id}`, `states:${tab.id}`]);
    const mentions = (got[`tab:${tab.id}`] as { mentions?: Mention[] } | undefined)?.mentions;
    const states = (got[`states:${tab.id}`] as { states?: Stored['states'] } | undefined)?.states;
    return mentions && states ? { mentions, states } : null;
  });
}

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  firefox = await launchFirefoxWithMagpie();
  article = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  probe = await firefox.openExtensionPage('popup.html', 'body');
  await probe.evaluate((origin) => browser.storage.local.set({ 'test:retailOrigin': origin }), server.url);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('live price checks in Firefox', () => {
  it('resolves every product of the sample article to its current listing', async () => {
    const started = Date.now();
    await article.goto(server.url + ARTICLE);
    let got: Stored | null = null;
    while (Date.now() - started < 60_000) {
      got = await readArticle();
      if (got && got.states.length > 0 && got.states.every((s) => s.status !== 'pending')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.info(`all states settled ${Date.now() - started} ms after navigation`);
    expect(got?.states).toHaveLength(expected.mentions.length);
    for (const [i, m] of (got?.mentions ?? []).entries()) {
      const want = ARTICLE_CURRENT[expected.mentions.findIndex((e) => e.name === m.name && e.brand === m.brand)];
      const state = got?.states[i];
      expect({ name: m.name, status: state?.status }).toEqual({ name: m.name, status: 'resolved' });
      expect(state?.listing?.price).toBe(want?.price);
      expect(state?.listing?.currency).toBe(want?.currency);
    }
  });
});
