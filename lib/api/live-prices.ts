import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../settings';
import { LIVE_PRICES_ASKED_KEY } from '../protocol';

/**
 * Live price checks read retailer product pages from the background. The browser only lets
 * an extension read another site's pages with host permission, which Magpie asks for as an
 * optional permission, and Magpie also records the reader's choice, because Firefox grants the
 * content script's hosts at install: nothing is read until the reader turns checks on.
 */
export const LIVE_PRICE_ORIGINS = ['https://*/*', 'http://*/*'];

async function hasPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: LIVE_PRICE_ORIGINS });
  } catch {
    return false;
  }
}

/** Whether the reader turned live price checks on and the host permission is granted. */
export async function hasLivePrices(): Promise<boolean> {
  const { livePrices } = await getSettings();
  return livePrices && (await hasPermission());
}

/** An unseen answer older than this is not news any more. */
const ANSWER_FRESH_MS = 10 * 60_000;

/**
 * Asks for the permission, then records the choice. Browsers only show the prompt during a user
 * gesture, so the request is made before anything else. Chromium closes the toolbar popup while
 * its prompt is open, so the question is also noted for the next popup to answer
 * (`takeLivePricesAnswer`), whatever the reader chose.
 */
export async function requestLivePrices(): Promise<boolean> {
  const request = browser.permissions.request({ origins: LIVE_PRICE_ORIGINS });
  void browser.storage.session.set({ [LIVE_PRICES_ASKED_KEY]: Date.now() }).catch(() => undefined);
  const granted = await request;
  if (granted) await updateSettings((s) => ({ ...s, livePrices: true }));
  // This page lived to see the answer: nothing left for the next popup to say.
  await browser.storage.session.remove(LIVE_PRICES_ASKED_KEY).catch(() => undefined);
  return granted;
}

/**
 * The answer to a request for live prices the reader has not seen (the popup closed while the
 * browser asked): true when they are now on, false when the request was declined or dismissed,
 * null when there is nothing to report. Reports each answer once.
 */
export async function takeLivePricesAnswer(): Promise<boolean | null> {
  const got = await browser.storage.session.get(LIVE_PRICES_ASKED_KEY).catch(() => ({}) as Record<string, unknown>);
  const at = (got as Record<string, unknown>)[LIVE_PRICES_ASKED_KEY];
  if (typeof at !== 'number') return null;
  await browser.storage.session.remove(LIVE_PRICES_ASKED_KEY).catch(() => undefined);
  if (Date.now() - at > ANSWER_FRESH_MS) return null;
  return hasLivePrices();
}

/** Turns live price checks off and gives the host permission back where the browser allows. */
export async function revokeLivePrices(): Promise<boolean> {
  await updateSettings((s) => ({ ...s, livePrices: false }));
  try {
    await browser.permissions.remove({ origins: LIVE_PRICE_ORIGINS });
  } catch {
    // Firefox keeps hosts its content scripts were granted at install; the setting still stops checks.
  }
  return true;
}
