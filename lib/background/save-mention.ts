import { browser } from 'wxt/browser';
import { onMessage } from '../protocol';
import { removeItem, saveItem } from '../db';
import { saveInputForMention } from './save-input';
import { loadTabView, pushTabView } from './resolve-view';
import { indexOfMentionId, isMentionId } from '../mention-id';
import { SAVE_ERRORS } from '../protocol/reasons';
import { wasEvicted } from './session-budget';
import { gazetteerReady } from './gazetteer-ready';

/** The page no longer holds the mention a save names (it re-reported meanwhile, or the id is forged). */
export class UnknownMentionError extends Error {
  override name = 'UnknownMentionError';
  constructor() {
    super('That product is no longer on the page.');
  }
}

/**
 * The tab's products were evicted from storage.session to make room for newer tabs: the save
 * cannot be done, and the reader is told why and what to do (the message travels to the popup and
 * the page's control as the reply's error).
 */
export class TabDroppedError extends Error {
  override name = 'TabDroppedError';
  constructor() {
    super(SAVE_ERRORS.tabDropped);
  }
}

/** Who a message speaks for: an extension page names any tab; a content script only its own top frame. */
export function targetTabId(
  data: { tabId?: unknown },
  sender: { url?: string; tab?: { id?: number }; frameId?: number },
  extensionOrigin: string,
): number | null {
  const valid = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (sender.url?.startsWith(extensionOrigin)) return valid(data.tabId) ? data.tabId : null;
  if ((sender.frameId ?? 0) !== 0) return null;
  return valid(sender.tab?.id) ? sender.tab.id : null;
}

/**
 * Saves the mention of a tab whose id is `mentionId` to the wishlist (the article's words plus the
 * listing when resolved), or removes it; then pushes the tab's view so the popup and the page's
 * controls show the new saved state. The id is looked up among the mentions the background holds
 * for the tab now; one it does not hold rejects with UnknownMentionError, and a tab whose products
 * were evicted rejects with TabDroppedError. Returns the item id, or null when nothing was saved
 * (removal, or a tab that never reported products).
 */
export async function saveMentionOfTab(tabId: number, mentionId: string, save: boolean): Promise<string | null> {
  const view = await loadTabView(tabId);
  if (!view) {
    if (await wasEvicted(tabId)) throw new TabDroppedError();
    return null;
  }
  const index = indexOfMentionId(view.mentions, mentionId);
  if (index < 0) throw new UnknownMentionError();
  let id: string | null = null;
  if (save) {
    const input = saveInputForMention(view, index);
    if (!input) return null;
    id = (await saveItem(input)).id;
  } else {
    const existing = view.savedIds[index];
    if (existing) await removeItem(existing);
  }
  await pushTabView(tabId);
  return id;
}

/** Registers the saveMention handler; validates every field, since the message crosses a trust boundary. */
export function registerSaveMention(): void {
  const origin = browser.runtime.getURL('/');
  onMessage('saveMention', async ({ data, sender }) => {
    if (typeof data !== 'object' || data === null) return null;
    const { mentionId, save } = data;
    if (typeof save !== 'boolean' || !isMentionId(mentionId)) return null;
    const tabId = targetTabId(data, sender, origin);
    if (tabId === null) return null;
    await gazetteerReady();
    return saveMentionOfTab(tabId, mentionId, save);
  });
}
