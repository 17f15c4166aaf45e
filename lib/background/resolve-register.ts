import { browser } from 'wxt/browser';
import { watchSettings } from '../settings';
import { onMessage, tabOfMentionsKey, type TabView } from '../protocol';
import { REASONS } from '../protocol/reasons';
import type { ResolveState } from '../protocol/resolve-state';
import { allTabStates, clearTabStates } from './resolve-states';
import { isTabRunning, resolveTab, stopTab, tabRunBudget } from './resolve-tabs';
import { loadTabView, setSavedIdsSource, type SavedIdsSource } from './resolve-view';
import { targetTabId } from './save-mention';
import { afterWakeUp } from './after-wake';

// tab-mentions.ts stores each tab's mentions under this key; a change there means new mentions.

const noPermission = (s: ResolveState) => s.status === 'unavailable' && s.reason === REASONS.noPermission;
const budgetSpent = (s: ResolveState) => s.status === 'unavailable' && s.reason === REASONS.budgetSpent;

/** Checks paused by a spent budget run again once the tab has budget left (asked by the popup or new mentions). */
async function redoWhenBudgetBack(tabId: number): Promise<((s: ResolveState) => boolean) | undefined> {
  const budget = tabRunBudget();
  await budget.ready();
  return budget.hasRoom(tabId) ? budgetSpent : undefined;
}

/** Finishes work a service-worker restart interrupted: tabs with pending states resolve again. */
export async function resumePendingTabs(): Promise<void> {
  for (const [tabId, record] of await allTabStates()) {
    if (!record.states.some((s) => s.status === 'pending')) continue;
    const open = await browser.tabs.get(tabId).then(
      (tab) => !!tab,
      () => false,
    );
    if (open) void resolveTab(tabId, { mode: 'pending' });
    else await clearTabStates(tabId);
  }
}

/** Tabs whose checks were off resolve again once the reader grants Magpie access to shops. */
export async function retryWithoutPermissionStates(): Promise<void> {
  for (const [tabId, record] of await allTabStates()) {
    if (record.states.some(noPermission)) void resolveTab(tabId, { mode: 'pending', redo: noPermission });
  }
}

/**
 * A tab's view as the background answers it to a question (getTabView, or a content script's report): read now, and
 * its checks started again when pending states have no run behind them.
 */
export async function answerTabView(tabId: number): Promise<TabView | null> {
  // Both at once: the first question after a wake-up reads the budget and the view from storage.
  const [redo, view] = await Promise.all([redoWhenBudgetBack(tabId), loadTabView(tabId)]);
  // Pending with nothing running: the run was lost (restart, or mentions stored before this listener).
  const again = view?.states.some((s) => s.status === 'pending' || (redo?.(s) ?? false));
  if (again && !isTabRunning(tabId)) void resolveTab(tabId, { mode: 'pending', redo });
  return view;
}

/**
 * Wires the resolver into the background: getTabView and resolveTab handlers, resolving new
 * mentions as soon as a tab reports them, cleaning up closed tabs, and resuming after a
 * service-worker restart. `savedIds` supplies TabView.savedIds (the wishlist's lookup).
 */
export function registerResolve(opts: { savedIds?: SavedIdsSource } = {}): void {
  if (opts.savedIds) setSavedIdsSource(opts.savedIds);

  // The same rule as saveMention: an extension page may name any tab, a content script only its own.
  const origin = browser.runtime.getURL('/');
  const tabOf = (data: unknown, sender: Parameters<typeof targetTabId>[1]) =>
    targetTabId(typeof data === 'object' && data !== null ? data : {}, sender, origin);

  onMessage('getTabView', async ({ data, sender }) => {
    const tabId = tabOf(data, sender);
    return tabId === null ? null : answerTabView(tabId);
  });

  onMessage('resolveTab', async ({ data, sender }) => {
    const tabId = tabOf(data, sender);
    if (tabId === null) return;
    void resolveTab(tabId, { mode: 'all', force: data?.force === true });
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabOfMentionsKey(key);
      if (tabId === null) continue;
      if (change.newValue == null) {
        stopTab(tabId);
        void clearTabStates(tabId);
      } else {
        void redoWhenBudgetBack(tabId).then((redo) => resolveTab(tabId, { mode: 'pending', redo }));
      }
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    stopTab(tabId);
    tabRunBudget().forgetTab(tabId);
    void clearTabStates(tabId);
  });

  // Turning live prices on (a setting; in Firefox the hosts may already be granted) retries too.
  watchSettings((s) => {
    if (s.livePrices) void retryWithoutPermissionStates();
  });
  try {
    browser.permissions.onAdded.addListener(() => void retryWithoutPermissionStates());
  } catch {
    // No permissions events (some test environments): a later resolveTab still picks the grant up.
  }

  afterWakeUp(resumePendingTabs);
}
