import { browser } from 'wxt/browser';
import { onMessage } from '../protocol';
import { setBadgeCount } from './badge';
import { clearTabMentions, loadTabMentions, parseTabMentions, saveTabMentions } from './tab-mentions';

/** Wires every background handler; called once from the background entrypoint. */
export function registerBackground(): void {
  onMessage('reportMentions', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only content scripts in a tab report mentions; a frame other than the top one does not own the tab.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
    const parsed = parseTabMentions(data);
    if (!parsed) return;
    await saveTabMentions(tabId, parsed);
    await setBadgeCount(tabId, parsed.mentions.length);
  });

  onMessage('getTabMentions', async ({ data }) => {
    if (typeof data?.tabId !== 'number') return null;
    return loadTabMentions(data.tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabMentions(tabId);
  });
}
