import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { lazyWorkerModules } from './scripts/build/lazy-worker-modules';
import { lazyEventPage } from './scripts/build/lazy-event-page';
import { PAGE_WORK_SCRIPT } from './lib/content/page-work-script';
import { compileHint } from './scripts/build/compile-hint';
import { parserOnly } from './scripts/build/parser-only';

/** The entrypoint of the content script's second part (entrypoints/content-work.ts, built as PAGE_WORK_SCRIPT). */
const PAGE_WORK_ENTRY = 'content-work';

// A test build (MAGPIE_TEST_BUILD=1) lets the resolver fetch 127.0.0.1, where the fixture retail web runs, with live prices on.
const testBuild = process.env.MAGPIE_TEST_BUILD === '1';

// Magpie's add-on id on addons.mozilla.org: changing it makes a different add-on for Firefox.
const GECKO_ID = 'magpie@magpie-extension.org';

/**
 * The manifest keys Magpie sets itself (WXT adds version, icons, background, popup, options page
 * and content scripts from entrypoints/ and public/). Exported so a unit test can check both
 * browsers' permissions without building.
 */
export function magpieManifest(browser: string, opts: { testBuild: boolean }) {
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: per-tab mentions in storage.session, settings in storage.local.
    // contextMenus: "Save to Magpie" on links, pictures and pages.
    // unlimitedStorage: the wishlist lives in IndexedDB and must never be evicted under disk pressure.
    // declarativeNetRequestWithHostAccess: blocks Magpie's own requests to private addresses at
    // every redirect hop (lib/resolve/net-rules.ts); no install warning, acts only where hosts are granted.
    // alarms: the scheduled re-check of saved items' prices; notifications: price-drop and back-in-stock alerts.
    // activeTab: the popup reads the address of the tab it was opened on, to say whether Magpie is switched off there
    // (a page that fails the pre-check sends nothing, not even that).
    // offscreen (Chromium only; Firefox has no such API and its event page does the work itself): one hidden document
    // that reads pages (the detector on a page snapshot, a shop page's listing), so the service worker, which restarts
    // often, never loads the HTML parser, the detector or the listing reader (lib/page-work).
    permissions: [
      'activeTab',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      'declarativeNetRequestWithHostAccess',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Live price checks fetch shop pages only on origins the reader grants at runtime.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // A test build has live prices granted up front, as a reader who turned them on would: its shop
    // fetches go to the fixture retail web on 127.0.0.1 (lib/resolve/retail-origin.ts), the only
    // private address its URL guard admits.
    ...(opts.testBuild ? { host_permissions: ['http://*/*', 'https://*/*'] } : {}),
    // Chromium: the content script's second part (lib/content/stage.ts), which its first part imports only on a page
    // that passed the pre-check, served only at a per-session address (use_dynamic_url) so a page cannot probe the
    // store's fixed id for it. Firefox's content script carries that part itself.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: [PAGE_WORK_SCRIPT], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
          ],
        }),
    action: { default_title: 'Magpie', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (the ESR) is the first desktop release that reads data_collection_permissions;
            // Firefox for Android reads it from 142 on.
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // storage.session, where the background keeps each tab's mentions, arrived in Chrome 102; the
        // worker calls Chromium's own API without the polyfill, and its last namespace to return
        // promises (contextMenus) did so in Chrome 123.
        { minimum_chrome_version: '123' }),
  };
}

/** The browser being built for (set once WXT has resolved its config). */
let targetBrowser = 'chrome';

/** Modules swapped for lighter ones in the extension build; exported for the bundle test. */
export const BUNDLE_ALIASES: Record<string, string> = {
  'cssomnom/parse': resolve(import.meta.dirname, 'lib/listing/no-style-sheets.ts'),
};

/** `wxt/browser` for the content script and Chromium's worker: the browser's own API, not the polyfill (see the file). */
export const CONTENT_BROWSER = resolve(import.meta.dirname, 'lib/native-browser.ts');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), parserOnly(import.meta.dirname)],
    resolve: {
      alias: [
        // linkedom's stylesheet parser is never used by listing extraction (lib/listing/no-style-sheets.ts).
        ...Object.entries(BUNDLE_ALIASES).map(([find, replacement]) => ({ find, replacement })),
        // WXT's content-script context announces every start to the page (with the extension id) and
        // stops when the page replays that announcement; Magpie's own context does neither (see the file).
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(import.meta.dirname, 'lib/content/quiet-context.ts'),
        },
      ],
    },
    define: {
      __MAGPIE_TEST_BUILD__: JSON.stringify(testBuild),
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // MAGPIE_SOURCEMAP=1: .map files beside the scripts, so a profile names source files (scripts/bench/trace-worker.ts).
      if (process.env.MAGPIE_SOURCEMAP === '1') (config.build ??= {}).sourcemap = true;
      const nativeBrowser = () => {
        const resolveConfig = (config.resolve ??= {});
        const alias = resolveConfig.alias ?? [];
        const list = Array.isArray(alias)
          ? alias
          : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
        // First match wins: ahead of the polyfill module's own alias for `wxt/browser`.
        resolveConfig.alias = [{ find: /^wxt\/browser$/, replacement: CONTENT_BROWSER }, ...list];
      };
      // Content scripts run on every page: they (and the content script's second part) get the native API instead of
      // webextension-polyfill.
      if (entrypoints.every((e) => e.type === 'content-script' || e.name === PAGE_WORK_ENTRY)) {
        // The second part is fetched by import(), so its functions can be compiled off the main thread (see the file).
        if (entrypoints.some((e) => e.name === PAGE_WORK_ENTRY))
          config.plugins = [...(config.plugins ?? []), compileHint(PAGE_WORK_SCRIPT)];
        return nativeBrowser();
      }
      // Chromium's service worker loads the HTML parser and the gazetteer's data on first use
      // (lib/background/worker-modules.ts); Firefox's event page, a module, imports the detector's
      // chunk on first use (scripts/build/lazy-event-page.ts).
      if (targetBrowser === 'firefox') {
        if (entrypoints.some((e) => e.type === 'background'))
          config.plugins = [...(config.plugins ?? []), lazyEventPage(import.meta.dirname)];
        return;
      }
      const own = entrypoints.find((e) => e.name.startsWith('worker-'))?.name.slice('worker-'.length);
      if (!own && !entrypoints.some((e) => e.type === 'background')) return;
      config.plugins = [...(config.plugins ?? []), lazyWorkerModules(import.meta.dirname, own)];
      // Chromium's MV3 API returns promises itself: the worker starts without the polyfill's wrapping
      // (it runs again at every wake-up). Messaging answers through sendResponse (lib/protocol/messaging.ts).
      nativeBrowser();
    },
    'config:resolved': (wxt) => {
      targetBrowser = wxt.config.browser;
    },
  },
  outDir: '.output',
  // MV3 everywhere: one background model (event page in Firefox, service worker in Chromium), storage.session, action.
  manifestVersion: 3,
  manifest: ({ browser }) => magpieManifest(browser, { testBuild }),
  zip: {
    // The sources zip AMO asks for holds what `npm ci && npm run build:firefox` needs, nothing more:
    // no tests or their fixture pages, no screenshots, no local output.
    excludeSources: [
      'tests/**',
      'docs/**',
      'vitest.*.ts',
      'demo-output/**',
      'bench-output/**',
      'coverage/**',
      '**/*.log',
      'stats.html',
    ],
  },
});
