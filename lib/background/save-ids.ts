import type { Mention } from '../detect/types';
import { getDb, type MagpieDB } from '../db/schema';
import { isSavedItem } from '../db/guards';
import { textKey, urlKey } from '../db/key';
import type { SavedItem } from '../db/types';
import type { ResolveState } from '../protocol/resolve-state';
import type { TabView } from '../protocol';
import { saveInputForMention } from './save-input';
import { loadTabStates, mentionsKey } from './resolve-states';

/** The keys the wishlist would file mention `i` under: its listing URL's, and its brand|name|retailer one. */
function keysFor(view: TabView, i: number): { uKey: string | null; tKey: string } | null {
  const input = saveInputForMention(view, i);
  return input ? { uKey: urlKey(input.listingUrl), tKey: textKey(input.brand, input.name, input.retailer) } : null;
}

/**
 * The wishlist id of each mention (null where unsaved), matched as `saveItem` matches: by
 * listing URL, else by brand|name|retailer unless both know different listing URLs.
 */
export async function savedIdsFor(
  mentions: readonly Mention[],
  states: readonly ResolveState[],
  db: MagpieDB = getDb(),
): Promise<(string | null)[]> {
  const view: TabView = { pageUrl: '', pageTitle: '', mentions: [...mentions], states: [...states], savedIds: [] };
  const keys = mentions.map((_, i) => keysFor(view, i));
  const uKeys = [...new Set(keys.map((k) => k?.uKey).filter((k): k is string => !!k))];
  const tKeys = [...new Set(keys.map((k) => k?.tKey).filter((k): k is string => !!k))];
  if (tKeys.length === 0) return mentions.map(() => null);
  const [byUrl, byText] = await db.transaction('r', db.items, async () => [
    uKeys.length ? ((await db.items.where('urlKey').anyOf(uKeys).toArray()) as unknown[]) : [],
    (await db.items.where('textKey').anyOf(tKeys).toArray()) as unknown[],
  ]);
  const url = new Map<string, SavedItem>();
  for (const r of byUrl) if (isSavedItem(r) && r.urlKey) url.set(r.urlKey, r);
  const text = new Map<string, SavedItem[]>();
  for (const r of byText) if (isSavedItem(r)) text.set(r.textKey, [...(text.get(r.textKey) ?? []), r]);
  return keys.map((k) => {
    if (!k) return null;
    const hit =
      (k.uKey && url.get(k.uKey)) || text.get(k.tKey)?.find((r) => !k.uKey || !r.urlKey || r.urlKey === k.uKey);
    return hit ? hit.id : null;
  });
}

/** The SavedIdsSource for the resolver's registration: reads the tab's current states, then the wishlist. */
export async function savedIdsForTab(tabId: number, mentions: readonly Mention[]): Promise<(string | null)[]> {
  const stored = await loadTabStates(tabId);
  const fits = stored?.key === mentionsKey(mentions) && stored.states.length === mentions.length;
  const states: ResolveState[] = fits ? stored.states : mentions.map(() => ({ status: 'pending' }));
  return savedIdsFor(mentions, states);
}
