import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../fixture-server';
import { launchFirefoxWithMagpie, type MagpieFirefox } from '../../scripts/lib/firefox-extension';

// Needs `npm run build:test:firefox` first (npm run test:e2e does it). No Firefox → fails with what to install.

const ARTICLE = '/articles/micro-purses-2018.html';
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles/micro-purses-2018.expected.json'), 'utf8')) as {
  mentions: unknown[];
};

// Extension-page globals, typed just enough for the calls below.
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let server: FixtureServer;
let firefox: MagpieFirefox;
let article: Page;
let probe: Page;

/** The article's tab id and badge, read from inside one of Magpie's own pages. */
async function articleBadge(): Promise<string> {
  return probe.evaluate(async () => {
    const self = (await browser.tabs.getCurrent())?.id;
    const others = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self);
    if (others.length !== 1) throw new Error(`expected one article tab, found ${others.length}`);
    return browser.action.getBadgeText({ tabId: others[0]!.id! });
  });
}

async function waitForBadge(timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await articleBadge();
    if (text !== '' || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  server = await startFixtureServer({ root: FIXTURES_DIR });
  firefox = await launchFirefoxWithMagpie();
  article = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  probe = await firefox.openExtensionPage('popup.html', 'body');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Magpie in Firefox', () => {
  it('counts the products of the sample article on its toolbar badge', async () => {
    await article.goto(server.url + ARTICLE);
    expect(expected.mentions).toHaveLength(19);
    expect(await waitForBadge()).toBe(String(expected.mentions.length));
  });
});
