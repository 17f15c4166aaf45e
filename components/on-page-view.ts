import type { ActiveTab, TabView } from '../lib/api/types';

/** What the "On this page" tab shows: still reading, a read that failed, or the active tab (null: none). */
export type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; tab: ActiveTab | null };

/** The notice once the reader allowed live prices. */
export const LIVE_ON = 'Live prices are on: Magpie is asking the shops for today’s prices.';

/** A mention's title as the reader sees it: brand and name. */
export const titleOf = (view: TabView, i: number): string => {
  const m = view.mentions[i];
  return m ? [m.brand, m.name].filter(Boolean).join(' ') : '';
};

/** `load` with mention `index` marked saved as `id` (null: not saved); unchanged when nothing is shown. */
export function withSavedId(load: Load, index: number, id: string | null): Load {
  if (load.kind !== 'ready' || !load.tab?.view) return load;
  const v = load.tab.view;
  const savedIds = v.savedIds.map((s, i) => (i === index ? id : s));
  return { kind: 'ready', tab: { ...load.tab, view: { ...v, savedIds } } };
}
