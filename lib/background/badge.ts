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
