import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, shouldRunHeaded } from './browsers';

/** Where `npm run build:test:firefox` writes the Firefox extension. */
export const FIREFOX_TEST_BUILD_DIR = fileURLToPath(new URL('../../.output/firefox-mv3-test', import.meta.url));

/** Magpie's add-on id (wxt.config.ts browser_specific_settings.gecko.id). */
export const GECKO_ID = 'magpie@magpie-extension.org';

/**
 * Firefox gives each add-on a random moz-extension:// host per profile; this pref pins it so the
 * tests can open Magpie's pages.
 */
export const FIREFOX_EXTENSION_UUID = '4d1f5a2e-6b7c-4e8d-9a0b-5c6d7e8f9a01';

export interface MagpieFirefox {
  browser: Browser;
  /** moz-extension://UUID — Magpie's own origin in this profile. */
  origin: string;
  /** Opens one of Magpie's pages (e.g. 'popup.html') and waits for `selector` in it. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Firefox (WebDriver BiDi) with Magpie installed as a temporary add-on.
 * Throws BrowserNotFoundError (with what to install) when no Firefox exists.
 */
export async function launchFirefoxWithMagpie(opts: { extensionDir?: string; headless?: boolean } = {}): Promise<MagpieFirefox> {
  const executablePath = findFirefox();
  const extensionDir = resolve(opts.extensionDir ?? FIREFOX_TEST_BUILD_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${extensionDir}. Run \`npm run build:test:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? !shouldRunHeaded(),
    // installExtension over BiDi needs system access in current Firefox releases.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
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
      await page.waitForSelector(selector, { timeout: 20_000 });
      return page;
    },
    close: () => browser.close().catch(() => {}),
  };
}
