import { browser } from 'wxt/browser';
import { loadTabMentions } from './tab-mentions';
import { setBadgeCount } from './badge';

/** What a menu click came to: the item saved, or why nothing was. */
export type MenuOutcome = { saved: true; id: string; name: string } | { saved: false; reason: string };

/** How long the toolbar button shows the outcome before it shows the page's count again. */
export const FLASH_MS = 4000;

const COLORS = { saved: '#1b7a3d', nothing: '#5d5866' } as const;

/**
 * Confirms a menu click where the reader is looking, without any extra permission: the toolbar
 * button flashes a tick (saved) or a dash (nothing to save), and its tooltip says which product
 * was saved or why nothing was. Both return to the page's product count afterwards.
 */
export async function showMenuOutcome(tabId: number, outcome: MenuOutcome, flashMs = FLASH_MS): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const title = outcome.saved ? `Magpie: saved ${outcome.name}` : `Magpie: nothing saved. ${outcome.reason}`;
  try {
    await action.setBadgeText({ tabId, text: outcome.saved ? '✓' : '–' });
    await action.setBadgeBackgroundColor({ tabId, color: outcome.saved ? COLORS.saved : COLORS.nothing });
    await action.setTitle({ tabId, title });
  } catch {
    return; // The tab closed meanwhile.
  }
  setTimeout(() => {
    void (async () => {
      const tab = await loadTabMentions(tabId).catch(() => null);
      await setBadgeCount(tabId, tab?.mentions.length ?? 0);
      // The tooltip keeps the last outcome until the page changes, so it can still be read.
    })();
  }, flashMs);
}
