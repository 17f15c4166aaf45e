import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium, shouldRunHeaded } from './browsers';

/** Where `npm run build:test` (wxt build --mode test) writes the Chromium extension. */
export const CHROME_TEST_BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-test', import.meta.url));

export interface LaunchOptions {
  /** Unpacked extension directory; the test build by default. */
  extensionDir?: string;
  /** Defaults to headed when a display exists. */
  headless?: boolean;
  /** Resolve every host except 127.0.0.1 to "not found", so fixture pages never reach the internet. Default true. */
  offline?: boolean;
  /** With offline: further IP addresses the browser may still reach (e.g. a second loopback address). */
  alsoReach?: string[];
}

export interface MagpieChromium {
  context: BrowserContext;
  /** Magpie's background service worker, for reading what the extension sees. */
  worker: Worker;
  /** Magpie's id in this profile: its pages are chrome-extension://<extensionId>/popup.html and so on. */
  extensionId: string;
  close(): Promise<void>;
}

/** The flags this machine needs: it runs as root (no sandbox), without GPU, and must stay quiet on the network. */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumArgs(extensionDir: string, offline: boolean, alsoReach: string[] = []): string[] {
  return [
    ...QUIET_CHROMIUM_ARGS,
    // Branded Chrome 137+ ignores --load-extension unless this feature is switched off; Chromium needs nothing.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(offline
      ? [`--host-resolver-rules=MAP * ~NOTFOUND, ${['127.0.0.1', ...alsoReach].map((h) => `EXCLUDE ${h}`).join(', ')}`]
      : []),
  ];
}

/**
 * Starts Chromium with Magpie loaded in a fresh profile and waits for Magpie's service worker.
 * Throws BrowserNotFoundError (with what to install) when no Chromium exists.
 */
export async function launchChromiumWithMagpie(opts: LaunchOptions = {}): Promise<MagpieChromium> {
  const executablePath = findChromium();
  const extensionDir = resolve(opts.extensionDir ?? CHROME_TEST_BUILD_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build:test\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'magpie-chromium-'));
  // Chromium 132+ runs `--headless` as the new headless mode, which loads extensions.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? !shouldRunHeaded(),
    args: chromiumArgs(extensionDir, opts.offline ?? true, opts.alsoReach),
  });
  const close = async () => {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    return { context, worker, extensionId: new URL(worker.url()).host, close };
  } catch (err) {
    await close();
    throw new Error(`Magpie's service worker did not start in Chromium (${executablePath}): ${String(err)}`);
  }
}
