import type { MagpieApi, TabView, Unsubscribe } from '../lib/api/types';
import { applyTabDelta } from '../lib/protocol/tab-delta';

/**
 * Follows the background's pushes for the tab the popup shows (`tabOf`): whole views, and the
 * states that change while prices stream in, applied to the view shown (`shown`) so only those
 * states are new objects. A delta that does not fit the view shown (the page reported again)
 * fetches the whole view. `show` gets every new view; `whole` says it was pushed as such.
 */
export function followTabPushes(
  api: MagpieApi,
  tabOf: () => number | null,
  shown: () => TabView | null,
  show: (tabId: number, view: TabView, whole: boolean) => void,
): Unsubscribe {
  let alive = true;
  const stops = [
    api.onTabView((id, view) => {
      if (alive && id === tabOf()) show(id, view, true);
    }),
    api.onTabDelta((id, delta) => {
      const view = shown();
      if (!alive || id !== tabOf() || !view) return;
      const next = applyTabDelta(view, delta);
      if (next) return show(id, next, false);
      api.getActiveTabView().then(
        (tab) => alive && tab?.tabId === id && tab.view && show(id, tab.view, true),
        () => {},
      );
    }),
  ];
  return () => {
    alive = false;
    stops.forEach((stop) => stop());
  };
}
