import type { browser as polyfilled } from 'wxt/browser';

/*
 * The browser's own extension API for the content script, in place of webextension-polyfill
 * (wxt.config.ts aliases `wxt/browser` to this module in content-script builds and in Chromium's worker). Firefox's
 * `browser` and Chromium MV3's `chrome` both return promises for everything the content side calls
 * (runtime.sendMessage, storage.local.get, storage.onChanged); the content side answers no message
 * (it only receives pushes), so it needs none of the polyfill's reply plumbing. The polyfill cost
 * every page a few kilobytes to parse and, on load, a first touch of the extension API; this
 * object touches nothing until a property is read, so a page that fails the pre-check never does.
 * Chromium's service worker uses it too (wxt.config.ts): the polyfill's set-up ran at every wake-up,
 * and lib/protocol/messaging.ts answers through sendResponse, which Chromium's own API needs.
 */
type Api = typeof polyfilled;

const g = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = (): Api => (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;

/** The native extension API, looked up when a property is first read. */
export const browser = new Proxy({} as Api, {
  get: (_target, key) => (api() as unknown as Record<PropertyKey, unknown>)[key],
});
