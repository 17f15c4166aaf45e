import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { createRetailWeb } from '../fixtures/retail-web/routes';
import { ARTICLE_CURRENT } from '../fixtures/retail-web/article-pages';
import { launchChromiumWithMagpie, type MagpieChromium } from '../../scripts/lib/chromium-extension';
import { pageTabId, readTabMentions } from '../../scripts/lib/extension-state';
import { isResolveState } from '../../lib/protocol/resolve-state';
import type { ResolveState } from '../../lib/protocol/resolve-state';
import type { Mention } from '../../lib/detect/types';

// Needs `npm run build:test` first. The test build lets the background fetch 127.0.0.1 and, with
// storage.local 'test:retailOrigin' set, sends every shop fetch to the fixture retail web.

interface WorkerChrome {
  storage: {
    local: { set(v: object): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
}
declare const chrome: WorkerChrome;

const ARTICLE = '/articles/micro-purses-2018.html';
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles/micro-purses-2018.expected.json'), 'utf8')) as {
  mentions: Mention[];
};

let server: FixtureServer;
let chromium: MagpieChromium;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR, routes: createRetailWeb().routes });
  chromium = await launchChromiumWithMagpie();
  await chromium.worker.evaluate((origin) => chrome.storage.local.set({ 'test:retailOrigin': origin }), server.url);
  page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function readStates(tabId: number): Promise<ResolveState[] | null> {
  const got = await chromium.worker.evaluate((key) => chrome.storage.session.get(key), `states:${tabId}`);
  const v = got[`states:${tabId}`] as { states?: unknown } | undefined;
  return Array.isArray(v?.states) && v.states.every(isResolveState) ? v.states : null;
}

describe('live price checks in Chromium', () => {
  it('resolves every product of the sample article to its current listing', async () => {
    const started = Date.now();
    await page.goto(server.url + ARTICLE);
    const tabId = await pageTabId(chromium.worker);
    let states: ResolveState[] | null = null;
    while (Date.now() - started < 60_000) {
      states = await readStates(tabId);
      if (states && states.length > 0 && states.every((s) => s.status !== 'pending')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.info(`all states settled ${Date.now() - started} ms after navigation`);
    const kept = await readTabMentions(chromium.worker, tabId);
    expect(kept?.mentions).toHaveLength(expected.mentions.length);
    expect(states).toHaveLength(expected.mentions.length);
    for (const [i, m] of (kept?.mentions ?? []).entries()) {
      const j = expected.mentions.findIndex((e) => e.name === m.name && e.brand === m.brand);
      const want = ARTICLE_CURRENT[j];
      const state = states?.[i];
      expect({ name: m.name, status: state?.status }).toEqual({ name: m.name, status: 'resolved' });
      if (state?.status !== 'resolved' || !want) continue;
      expect(state.listing.price).toBe(want.price);
      expect(state.listing.currency).toBe(want.currency);
      expect(state.listing.image).toBe(want.image);
    }
  });
});
