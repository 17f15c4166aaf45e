import type { ActiveTab, MagpieApi, TabView, Unsubscribe } from '../lib/api/types';
import { applyTabDelta } from '../lib/protocol/tab-delta';

/** What `followActiveTab` tells the page. */
export interface TabFollower {
  /**
   * The view to show now. `first`: the answer to the first request (the tab may be null: no page);
   * `whole`: a view read or pushed as such, not the shown one with a delta applied.
   */
  show(tab: ActiveTab | null, how: { first: boolean; whole: boolean }): void;
  /** The first request failed (nothing was shown). */
  fail(err: unknown): void;
}

/**
 * Asks for the active tab's view and follows the background's pushes for it: whole views, and the
 * states that change while prices stream in, applied to the view shown (`shown`) so only those
 * states are new objects.
 *
 * An answer is read in the background before it travels, while prices keep streaming: a push that
 * arrives while a request is out may be newer than its answer, and a delta that arrives before the
 * first answer has no view to apply to. Either way the answer cannot be trusted to be current, and
 * the states that push carried would never come again (each delta carries only what changed). So
 * such an answer is shown only if nothing is shown yet, and the view is asked for again; a delta
 * that does not fit the view shown (the page reported again) asks again too.
 */
export function followActiveTab(
  api: Pick<MagpieApi, 'getActiveTabView' | 'onTabView' | 'onTabDelta'>,
  shown: () => TabView | null,
  on: TabFollower,
): Unsubscribe {
  let alive = true;
  let tabId: number | null = null;
  /** Pushes received that may concern the tab shown (before the first answer, any tab's). */
  let pushes = 0;
  /** Requests sent, and the one whose answer is shown (0: none yet). */
  let asked = 0;
  let shownSeq = 0;

  function ask(): void {
    const seq = ++asked;
    const pushesBefore = pushes;
    api.getActiveTabView().then(
      (tab) => {
        if (!alive || seq < shownSeq) return;
        const stale = pushes !== pushesBefore;
        const first = shownSeq === 0;
        // A later answer without a view (the tab's mentions just went) keeps what is shown.
        if (first || (!stale && tab?.view)) {
          shownSeq = seq;
          tabId = tab?.tabId ?? null;
          on.show(tab, { first, whole: true });
        }
        if (stale) ask();
      },
      (err) => {
        if (alive && shownSeq === 0 && seq === asked) on.fail(err);
      },
    );
  }

  const concerns = (id: number) => shownSeq === 0 || id === tabId;
  const stops = [
    api.onTabView((id, view) => {
      if (!alive || !concerns(id)) return;
      pushes++;
      if (shownSeq !== 0) on.show({ tabId: id, view }, { first: false, whole: true });
    }),
    api.onTabDelta((id, delta) => {
      if (!alive || !concerns(id)) return;
      pushes++;
      if (shownSeq === 0) return;
      const view = shown();
      const next = view && applyTabDelta(view, delta);
      if (next) on.show({ tabId: id, view: next }, { first: false, whole: false });
      else ask();
    }),
  ];
  ask();
  return () => {
    alive = false;
    stops.forEach((stop) => stop());
  };
}
