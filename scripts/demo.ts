/**
 * `npm run demo` [--no-build]: Magpie end to end on the sample article, in a real Chromium.
 *   1. build the extension (the test build: it may fetch 127.0.0.1, where the fixture shops run)
 *   2. serve tests/fixtures/ and the fixture retail web on 127.0.0.1
 *   3. start Chromium with Magpie as a store install starts (live prices off), fixture shops standing in for the web
 *   4. open the article, wait for the badge; screenshot the first-run popup (article prices), light and dark
 *   5. allow live prices, wait for every price check; print the products
 *   6. save one product on the article and one in the popup; read the wishlist back
 *   7. the first saved product's shop lowers its price; Magpie's refresh alarm re-checks the
 *      wishlist; print the item's price history and the notification Magpie showed
 *   8. screenshot the article, the popup and the wishlist page, light and dark, into demo-output/
 * Headed when a display exists, else headless. Exits non-zero, saying what to install, without Chromium.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../tests/fixture-server';
import { createRetailWeb, type RetailWeb } from '../tests/fixtures/retail-web/routes';
import { showPriceDrop } from './lib/demo-tracking';
import { BrowserNotFoundError, findChromium, shouldRunHeaded } from './lib/browsers';
import { launchChromiumWithMagpie, type MagpieChromium } from './lib/chromium-extension';
import {
  pageTabId,
  readWishlist,
  setRetailOrigin,
  waitForBadge,
  waitForSettledStates,
  type SettledTab,
} from './lib/extension-state';
import { printProducts, printWishlist, productTitle as title, step, totalTime } from './lib/demo-log';
import { saveOnArticle } from './lib/demo-article';
import { openPopup, saveInPopup } from './lib/demo-extension-pages';
import { allowLivePrices, startAsStoreInstall, waitForLivePrices } from './lib/demo-live-prices';
import { firstRunShots, liveShots } from './lib/demo-screenshots';
import { serveShopImages } from './lib/demo-shop-images';

const ARTICLE = '/articles/micro-purses-2018.html';
/** Which products the demo saves: the first on the article, the third in the popup. */
const SAVE_ON_ARTICLE = 0;
const SAVE_IN_POPUP = 2;
const BADGE_TIMEOUT_MS = 20_000;
const SETTLE_TIMEOUT_MS = 60_000;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT_DIR = fileURLToPath(new URL('../demo-output/', import.meta.url));
const output = (file: string) => `${OUTPUT_DIR}${file}`;

/** The running demo: the fixture site, the browser and the article's tab. */
interface Session {
  server: FixtureServer;
  web: RetailWeb;
  chromium: MagpieChromium;
  article: Page;
  tabId: number;
}

function buildExtension(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build:test'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`\`npm run build:test\` failed:\n${result.stdout}${result.stderr}`);
}

async function startChromium(server: FixtureServer): Promise<MagpieChromium> {
  const chromium = await launchChromiumWithMagpie();
  await serveShopImages(chromium.context);
  await setRetailOrigin(chromium.worker, server.url);
  await startAsStoreInstall(chromium.worker);
  return chromium;
}

/** Opens the article in the browser's one tab; returns the page, its tab id and Magpie's badge. */
async function openArticle(
  server: FixtureServer,
  chromium: MagpieChromium,
): Promise<{ article: Page; tabId: number; badge: string }> {
  const article = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await article.setViewportSize({ width: 1280, height: 900 });
  await article.goto(server.url + ARTICLE);
  const tabId = await pageTabId(chromium.worker);
  try {
    return { article, tabId, badge: await waitForBadge(chromium.worker, tabId, BADGE_TIMEOUT_MS) };
  } catch {
    throw new Error(
      `Magpie found no products on the sample article within ${BADGE_TIMEOUT_MS / 1000} s (its badge stayed empty).`,
    );
  }
}

async function waitForPrices(s: Session): Promise<SettledTab> {
  try {
    return await waitForSettledStates(s.chromium.worker, s.tabId, SETTLE_TIMEOUT_MS);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `${why}\nThe fixture shops answer on ${s.server.url}/retail/…; is something slowing this machine down?`,
    );
  }
}

async function saveProducts(s: Session, tab: SettledTab): Promise<Page> {
  const onArticle = tab.mentions[SAVE_ON_ARTICLE];
  const inPopup = tab.mentions[SAVE_IN_POPUP];
  if (!onArticle || !inPopup)
    throw new Error(`The article has ${tab.mentions.length} products, fewer than the demo saves`);
  await step(`Saving “${title(onArticle)}” with its Save button on the article`, () =>
    saveOnArticle(s.article, s.chromium.worker, onArticle, SAVE_ON_ARTICLE),
  );
  const popup = await step('Opening the popup (400×600) for the article’s tab', () =>
    openPopup(s.chromium.context, s.chromium.extensionId, s.tabId, tab.mentions.length),
  );
  await step(`Saving “${title(inPopup)}” with its Save button in the popup`, () => saveInPopup(popup, inPopup));
  const items = await step('Reading the wishlist back', () => readWishlist(s.chromium.worker));
  printWishlist(items, [onArticle, inPopup]);
  return popup;
}

async function main(argv: string[]): Promise<void> {
  // Fail before the build when the browser is missing: that is the one thing the user must install.
  const browserPath = findChromium();
  console.log(`Magpie demo — ${browserPath}, ${shouldRunHeaded() ? 'with a window' : 'headless (no display found)'}\n`);
  // Closed in reverse order however the demo ends.
  const opened: { close(): Promise<void> }[] = [];
  try {
    if (!argv.includes('--no-build')) await step('Building the extension (test build)', buildExtension);
    const web = createRetailWeb();
    const server = await step('Serving the sample article and the fixture shops on 127.0.0.1', () =>
      startFixtureServer({ root: FIXTURES_DIR, routes: web.routes }),
    );
    opened.push(server);
    const chromium = await step('Starting Chromium with Magpie', () => startChromium(server));
    opened.push(chromium);
    const { article, tabId, badge } = await step(`Opening ${server.url}${ARTICLE}, waiting for Magpie's badge`, () =>
      openArticle(server, chromium),
    );
    const session: Session = { server, web, chromium, article, tabId };

    const firstRun = await firstRunShots(session, OUTPUT_DIR, Number(badge));
    await step('Allowing live prices (what “Turn on live prices” records once the browser’s prompt is accepted)', () =>
      allowLivePrices(chromium.worker),
    );
    const tab = await step(`Badge: ${badge} products. Checking each at its shop`, async () => {
      await waitForLivePrices(chromium.worker, tabId, SETTLE_TIMEOUT_MS);
      return waitForPrices(session);
    });
    printProducts(tab.mentions, tab.states);
    const popup = await saveProducts(session, tab);
    await showPriceDrop(session.chromium.worker, web);
    const shots = [...firstRun, ...(await liveShots(session, OUTPUT_DIR, popup))].map((f) =>
      relative(process.cwd(), output(f)),
    );
    console.log(`\nDone in ${totalTime()}. Screenshots: ${shots.join(', ')}`);
  } finally {
    for (const thing of opened.reverse()) await thing.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof BrowserNotFoundError) {
    console.error(`\nnpm run demo needs Chromium.\n${err.message}`);
  } else {
    console.error(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exitCode = 1;
});
