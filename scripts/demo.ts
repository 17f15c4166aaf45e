/**
 * `npm run demo` [--no-build]: Magpie end to end on the sample article, in a real Chromium.
 *   1. build the extension (the test build, see below)
 *   2. serve tests/fixtures/ on 127.0.0.1
 *   3. start Chromium with Magpie, open the article, wait for the toolbar badge
 *   4. print the mentions the background keeps for the tab
 *   5. screenshot the article to demo-output/article.png
 * Headed when a display exists, else headless. Exits non-zero, saying what to install, without Chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Mention } from '../lib/detect/types';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../tests/fixture-server';
import { BrowserNotFoundError, findChromium, shouldRunHeaded } from './lib/browsers';
import { launchChromiumWithMagpie, type MagpieChromium } from './lib/chromium-extension';
import { pageTabId, readTabMentions, waitForBadge } from './lib/extension-state';
import { formatMentionTable } from './lib/mention-table';

const ARTICLE = '/articles/micro-purses-2018.html';
const OUTPUT_DIR = fileURLToPath(new URL('../demo-output/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Demo {
  server?: FixtureServer;
  chromium?: MagpieChromium;
  page?: Page;
  tabId?: number;
  badge?: string;
  mentions?: Mention[];
}

async function step<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${label} … `);
  try {
    const result = await run();
    process.stdout.write(`done (${Date.now() - started} ms)\n`);
    return result;
  } catch (err) {
    process.stdout.write('failed\n');
    throw err;
  }
}

// The test build (MAGPIE_TEST_BUILD=1, `wxt build --mode test`) is the only one allowed to fetch
// from 127.0.0.1, where the demo's fixture pages (and later the fixture shops) are served.
function buildExtension(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build:test'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`\`npm run build:test\` failed:\n${result.stdout}${result.stderr}`);
}

async function openArticle(demo: Demo): Promise<void> {
  const { chromium, server } = demo;
  if (!chromium || !server) throw new Error('Chromium and the fixture server must be running');
  demo.page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await demo.page.setViewportSize({ width: 1280, height: 900 });
  await demo.page.goto(server.url + ARTICLE);
  demo.tabId = await pageTabId(chromium.worker);
}

async function readMentions(demo: Demo): Promise<void> {
  const { chromium, tabId } = demo;
  if (!chromium || tabId === undefined) throw new Error('No article tab');
  try {
    demo.badge = await waitForBadge(chromium.worker, tabId, 20_000);
  } catch {
    throw new Error('Magpie found no products on the sample article within 20 s (the badge stayed empty).');
  }
  demo.mentions = (await readTabMentions(chromium.worker, tabId))?.mentions ?? [];
}

async function screenshotArticle(demo: Demo): Promise<string> {
  if (!demo.page) throw new Error('No article page');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const path = `${OUTPUT_DIR}article.png`;
  // The whole article can run to several screens; its first 2000 px show the heading and the first products.
  const height = await demo.page.evaluate(() => document.documentElement.scrollHeight);
  await demo.page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2000) } });
  return path;
}

async function main(argv: string[]): Promise<void> {
  // Fail before the build when the browser is missing: that is the one thing the user must install.
  const browserPath = findChromium();
  console.log(`Chromium: ${browserPath} (${shouldRunHeaded() ? 'headed' : 'headless'})`);
  const demo: Demo = {};
  try {
    if (!argv.includes('--no-build')) await step('Building the extension (test build)', buildExtension);
    demo.server = await step('Serving tests/fixtures on 127.0.0.1', () => startFixtureServer({ root: FIXTURES_DIR }));
    demo.chromium = await step('Starting Chromium with Magpie', () => launchChromiumWithMagpie());
    await step(`Opening ${demo.server.url}${ARTICLE}`, () => openArticle(demo));
    await step('Waiting for Magpie to read the article', () => readMentions(demo));
    const mentions = demo.mentions ?? [];
    console.log(`\nMagpie's badge: ${demo.badge} — ${mentions.length} products found:\n`);
    console.log(formatMentionTable(mentions) + '\n');
    const shot = await step('Screenshot of the article', () => screenshotArticle(demo));
    console.log(`\nWrote ${shot}`);
  } finally {
    await demo.chromium?.close();
    await demo.server?.close();
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
