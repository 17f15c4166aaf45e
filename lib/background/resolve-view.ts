import type { Mention } from '../detect/types';
import { sendMessage, type TabDelta, type TabView } from '../protocol';
import type { ResolveState } from '../protocol/resolve-state';
import { loadTabStates, mentionsKey } from './resolve-states';
import { loadTabMentions } from './tab-mentions';

/** Looks up the wishlist ids of a tab's mentions (null where unsaved); the wishlist wires its own. */
export type SavedIdsSource = (tabId: number, mentions: readonly Mention[]) => Promise<(string | null)[]>;

let savedIdsSource: SavedIdsSource = async (_tabId, mentions) => mentions.map(() => null);

/** Sets where TabView.savedIds come from (called once by the background's registration). */
export function setSavedIdsSource(source: SavedIdsSource): void {
  savedIdsSource = source;
}

/**
 * A tab's mentions with their states and saved ids, or null when the tab reported none. States
 * stored for other mentions (the page changed) read as pending.
 */
export async function loadTabView(tabId: number): Promise<TabView | null> {
  const tab = await loadTabMentions(tabId);
  if (!tab) return null;
  let savedIds: (string | null)[];
  try {
    savedIds = await savedIdsSource(tabId, tab.mentions);
  } catch {
    savedIds = [];
  }
  // States stream in while the wishlist is read (the first read opens the database): read them
  // last, so the view is as current as it can be when it leaves.
  const stored = await loadTabStates(tabId);
  const fits = stored?.key === mentionsKey(tab.mentions) && stored.states.length === tab.mentions.length;
  const states: ResolveState[] = fits ? stored.states : tab.mentions.map(() => ({ status: 'pending' }));
  return { ...tab, states, savedIds: tab.mentions.map((_, i) => savedIds[i] ?? null) };
}

/**
 * Sends a tab's view to its content script (top frame) and to open extension pages. Nobody
 * listening is normal (no popup open, a page without the content script): those errors are dropped.
 */
export async function pushTabView(tabId: number, view?: TabView | null): Promise<void> {
  const v = view ?? (await loadTabView(tabId));
  if (!v) return;
  const data = { tabId, view: v };
  await Promise.all([
    sendMessage('showTabView', data, { tabId, frameId: 0 }).catch(() => undefined),
    sendMessage('showTabView', data).catch(() => undefined),
  ]);
}

/**
 * Sends the states that changed while a tab's prices stream in, to its content script (top frame)
 * and to open extension pages, as pushTabView does with whole views.
 */
export async function pushTabDelta(tabId: number, delta: TabDelta): Promise<void> {
  const data = { tabId, delta };
  await Promise.all([
    sendMessage('showTabDelta', data, { tabId, frameId: 0 }).catch(() => undefined),
    sendMessage('showTabDelta', data).catch(() => undefined),
  ]);
}
