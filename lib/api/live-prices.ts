import { browser } from 'wxt/browser';

/**
 * Live price checks read retailer product pages from the background. The browser only lets
 * an extension read another site's pages with host permission, which Magpie asks for as an
 * optional permission, so nothing is read until the user turns it on.
 */
export const LIVE_PRICE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Whether the host permission for live price checks is granted. */
export async function hasLivePrices(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: LIVE_PRICE_ORIGINS });
  } catch {
    return false;
  }
}

/**
 * Asks for the permission. Browsers only show the prompt during a user gesture, so this must be
 * the first await in a click handler.
 */
export async function requestLivePrices(): Promise<boolean> {
  return browser.permissions.request({ origins: LIVE_PRICE_ORIGINS });
}

/** Gives the host permission back. */
export async function revokeLivePrices(): Promise<boolean> {
  return browser.permissions.remove({ origins: LIVE_PRICE_ORIGINS });
}
