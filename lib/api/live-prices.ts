import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../settings';

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

/**
 * Asks for the permission, then records the choice. Browsers only show the prompt during a user
 * gesture, so this must be the first await in a click handler.
 */
export async function requestLivePrices(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: LIVE_PRICE_ORIGINS });
  if (granted) await updateSettings((s) => ({ ...s, livePrices: true }));
  return granted;
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
