import { browser } from 'wxt/browser';

/** Shows a tab's mention count on the toolbar button; an empty badge for 0. */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const text = count > 0 ? String(Math.min(count, 999)) : '';
  try {
    await action.setBadgeText({ tabId, text });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#5b3fd1' });
  } catch {
    // The tab closed between the message and the badge update: nothing to show.
  }
}

/** Marks a tab whose products Magpie could not keep (storage.session full): "!" and a tooltip saying why. */
export async function setBadgeError(tabId: number, why: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setTitle({ tabId, title: `Magpie: ${why}` });
  } catch {
    // The tab closed meanwhile.
  }
}
