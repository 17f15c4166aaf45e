import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, shouldRunHeaded } from './browsers';

/** Where `npm run build:test:firefox` writes the Firefox extension. */
export const FIREFOX_TEST_BUILD_DIR = fileURLToPath(new URL('../../.output/firefox-mv3-test', import.meta.url));

/**
 * Firefox gives each add-on a random moz-extension:// host per profile; this pref pins it so the
 * tests can open Magpie's pages.
 */
export const FIREFOX_EXTENSION_UUID = '4d1f5a2e-6b7c-4e8d-9a0b-5c6d7e8f9a01';

export interface MagpieFirefox {
  browser: Browser;
  /** moz-extension://UUID — Magpie's own origin in this profile. */
  origin: string;
  /** Opens one of Magpie's pages (e.g. 'popup.html?tabId=3') and waits for `selector` in it (by polling). */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A built Firefox extension; default the test build. */
  extensionDir?: string;
  headless?: boolean;
  /**
   * A profile directory to keep: launching again with the same directory is a browser restart,
   * and Magpie's storage (IndexedDB, storage.local) is still there. Default: a throwaway profile.
   */
  profileDir?: string;
  /**
   * The browser window's size, set at launch: the ESR's BiDi has no viewport emulation to rely on. Default 1280×900.
   */
  window?: { width: number; height: number };
}

/** The Firefox window's default size in the tests and the demo. */
export const FIREFOX_WINDOW = { width: 1280, height: 900 };

/**
 * Polls `read` (normally a page.evaluate) until `ok` holds, and returns the value. Firefox ESR's
 * BiDi does not reliably run puppeteer's waitForFunction / waitForSelector on Magpie's pages, so
 * the tests poll with plain evaluations; an evaluation that fails because the document is being
 * replaced is retried. Throws with the last value (or error) after `timeoutMs`.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeoutMs = 20_000,
  everyMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const v = await read();
      if (ok(v)) return v;
      last = JSON.stringify(v);
    } catch (err) {
      last = `error: ${String(err)}`;
    }
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached in ${timeoutMs} ms (last: ${String(last).slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Polls until `selector` matches `count` elements (at least one when count is omitted) in `page`. */
export function waitForCount(page: Page, selector: string, count?: number, timeoutMs = 20_000): Promise<number> {
  return pollUntil(
    () => page.evaluate((sel) => document.querySelectorAll(sel).length, selector),
    (n) => (count === undefined ? n > 0 : n === count),
    `${count ?? 'some'} × ${selector}`,
    timeoutMs,
  );
}

/** The add-on id Firefox knows the build by (browser_specific_settings.gecko.id). */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: not a Firefox build?`);
  return id;
}

/**
 * Starts Firefox (WebDriver BiDi) with Magpie installed as a temporary add-on.
 * Throws BrowserNotFoundError (with what to install) when no Firefox exists.
 */
export async function launchFirefoxWithMagpie(opts: LaunchOptions = {}): Promise<MagpieFirefox> {
  const executablePath = findFirefox();
  const extensionDir = resolve(opts.extensionDir ?? FIREFOX_TEST_BUILD_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${extensionDir}. Run \`npm run build:test:firefox\` first.`);
  }
  const size = opts.window ?? FIREFOX_WINDOW;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? !shouldRunHeaded(),
    // No viewport emulation: puppeteer's setViewport sends BiDi commands (screen orientation) the
    // ESR Debian ships rejects. The window gets its size at launch instead.
    defaultViewport: null,
    // installExtension over BiDi needs system access in current Firefox releases.
    args: ['--remote-allow-system-access', `--width=${size.width}`, `--height=${size.height}`],
    ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoIdOf(extensionDir)]: FIREFOX_EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; keep its origin and data for the next start.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // Keep the test browser off the network: no update, telemetry or safe-browsing calls.
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (err) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox (${executablePath}) refused to install Magpie from ${extensionDir}: ${String(err)}`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser,
    origin,
    async openExtensionPage(path, selector) {
      const page = await browser.newPage();
      // Navigations to moz-extension:// never report completion over BiDi: wait for content instead.
      void page.goto(`${origin}/${path}`).catch(() => {});
      // Until the extension page has replaced about:blank (which has a body too), the answer is 0.
      await pollUntil(
        () =>
          page.evaluate(
            (o, sel) => (location.origin === o ? document.querySelectorAll(sel).length : 0),
            origin,
            selector,
          ),
        (n) => n > 0,
        `${selector} in ${path}`,
      );
      return page;
    },
    close: () => browser.close().catch(() => {}),
  };
}
