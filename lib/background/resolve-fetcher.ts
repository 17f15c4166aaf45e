import { browser } from 'wxt/browser';
import { getSettings } from '../settings';
import { createFetcher } from '../resolve/fetch/fetcher';
import type { Fetcher, UrlRewriter } from '../resolve/fetch/fetch-types';
import { retailRewriter } from '../resolve/fetch/retail-origin';
import { RETAIL_ORIGIN_KEY } from '../protocol';
import { installNetGuard } from './net-guard';

/** Live price checks ask for every http and https host; the network guard needs them all (see below). */
const ALL_HOSTS = ['http://*/*', 'https://*/*'];

/**
 * Whether the reader turned live price checks on and granted Magpie this origin. Live price
 * checks use optional host permissions and a recorded choice (Firefox grants the content script's
 * hosts at install): nothing is fetched from a shop the reader has not allowed.
 *
 * Redirect hops are checked by declarativeNetRequest rules (net-guard.ts), which the browser
 * applies only where Magpie has host access (declarativeNetRequestWithHostAccess). So a fetch goes
 * out only while the rules are installed and Magpie holds every http/https host — what "Turn on
 * live prices" grants; a reader who narrows site access in Chrome gets no checks rather than
 * unguarded ones.
 */
export async function hasHostPermission(origin: string): Promise<boolean> {
  try {
    if (!(await getSettings()).livePrices) return false;
    if (!(await installNetGuard())) return false;
    return await browser.permissions.contains({ origins: [`${origin}/*`, ...ALL_HOSTS] });
  } catch {
    return false;
  }
}

/** Test builds only: the fixture retail web's origin from storage.local, else none. */
async function testRewriter(): Promise<UrlRewriter | undefined> {
  if (!__MAGPIE_TEST_BUILD__) return undefined;
  const got = await browser.storage.local.get(RETAIL_ORIGIN_KEY);
  const origin = got[RETAIL_ORIGIN_KEY];
  if (typeof origin !== 'string') return undefined;
  try {
    return retailRewriter(origin);
  } catch {
    return undefined;
  }
}

let shared: Fetcher | null = null;
let sharedFor: string | undefined;

/**
 * The background's one fetcher, so its per-shop and overall limits hold across tabs. Rebuilt
 * only when a test build's retail origin changes.
 */
export async function backgroundFetcher(): Promise<Fetcher> {
  const rewrite = await testRewriter();
  const id = rewrite ? rewrite.toFetch('https://x.invalid/') : undefined;
  if (!shared || id !== sharedFor) {
    shared = createFetcher({ allowOrigin: hasHostPermission, ...(rewrite ? { rewrite } : {}) });
    sharedFor = id;
  }
  return shared;
}
