/**
 * Probes for the worker section: an empty-worker extension, opening a build, stopping its worker,
 * timing messages and the badge.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../lib/browsers';
import { QUIET_CHROMIUM_ARGS } from '../lib/chromium-extension';

/** One build under test. */
export interface Variant {
  name: string;
  dir: string;
  /** An extension page to send messages from (it must not keep messaging once loaded). */
  page: string;
  /** Badge latency applies to Magpie builds only. */
  badge: boolean;
}

/** Writes an extension whose worker answers every message at once and does nothing else. */
export async function writeEmptyWorker(dir: string): Promise<void> {
  const background = { service_worker: 'bg.js' };
  const manifest = { manifest_version: 3, name: 'Empty worker', version: '1.0', background };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // Answers every message at once, as Magpie's messaging does (an envelope back).
  const bg = 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ magpie: 1 }); });\n';
  await writeFile(join(dir, 'bg.js'), bg);
  await writeFile(join(dir, 'page.html'), '<!doctype html><title>bench</title>');
}

/** The few extension APIs the bench calls inside an extension page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** A browser with one extension loaded and one of its pages open. */
export interface Opened {
  context: BrowserContext;
  ext: Page;
  close(): Promise<void>;
}

/** Starts Chromium with the variant's extension and opens its page. */
export async function open(v: Variant): Promise<Opened> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'magpie-bench-worker-'));
  const args = [
    ...QUIET_CHROMIUM_ARGS,
    '--host-resolver-rules=MAP *.bench.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    `--disable-extensions-except=${v.dir}`,
    `--load-extension=${v.dir}`,
  ];
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${new URL(worker.url()).host}/${v.page}`);
  await ext.waitForTimeout(500);
  return {
    context,
    ext,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Stops the extension's service worker, as Chrome does after 30 s idle. */
export async function stopWorker(o: Opened): Promise<void> {
  const cdp = await o.context.newCDPSession(o.ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await o.ext.waitForTimeout(300);
}

/** Time (ms) for one message from the extension page to be answered. */
export const ask = (o: Opened): Promise<number> =>
  o.ext.evaluate(async () => {
    const t = performance.now();
    await chrome.runtime.sendMessage({ magpie: 1, type: 'getTabView', data: { tabId: 2 ** 30 } });
    return performance.now() - t;
  });

/** How long after the seed's load event its badge shows a count (ms), and that as a share of the load time. */
export async function badgeAfterLoad(o: Opened, url: string): Promise<{ after: number; share: number }> {
  const page = await o.context.newPage();
  try {
    // The newest tab is the page just opened (tab ids only grow).
    const tabId = await o.ext.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
    const seen = o.ext.evaluate(async (id) => {
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        if (await chrome.action.getBadgeText({ tabId: id })) return Date.now();
        await new Promise((ok) => setTimeout(ok, 5));
      }
      return NaN;
    }, tabId);
    await page.goto(url, { waitUntil: 'load' });
    const shown = await seen;
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { origin: performance.timeOrigin, load: nav.loadEventEnd };
    });
    const load = t.origin + t.load;
    return { after: shown - load, share: (shown - t.origin) / t.load };
  } finally {
    await page.close();
  }
}
