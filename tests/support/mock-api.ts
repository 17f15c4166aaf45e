import { indexOfMentionId, mentionIdOf } from '../../lib/mention-id';
import type { ResolveState } from '../../lib/protocol/resolve-state';
import { cleanNotes, cleanTags } from '../../lib/db/sanitize';
import { saveInputForMention } from '../../lib/background/save-input';
import { matchAndSort } from '../../lib/db/match-sort';
import { totalsByCurrency } from '../../lib/api/currency-totals';
import { createMemoryStore } from './memory-store';
import type {
  ActiveTab,
  HistoryRow,
  ItemQuery,
  ItemsSnapshot,
  MagpieApi,
  SavedItem,
  TabDelta,
  TabView,
} from '../../lib/api/types';
import { createUndoStore } from '../../lib/api/undo-tokens';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { detectionOffFor, withDetectionOn } from '../../lib/api/site-switch';

export interface MockApiOptions {
  items?: SavedItem[];
  /** The active tab; null for "no tab" (a browser page). */
  tab?: ActiveTab | null;
  livePrices?: boolean;
  /** Settings the popup reads (where Magpie is switched off); the defaults otherwise. */
  settings?: Partial<Settings>;
  /** A request for live prices whose answer no popup has shown yet. */
  livePricesAsked?: boolean;
  /** What the permission prompt answers. */
  grantLivePrices?: boolean;
  /** Methods that reject with this message (error-state tests). */
  failing?: Partial<Record<keyof MagpieApi, string>>;
  /** Price history rows `getHistory` answers with. */
  history?: HistoryRow[];
  /** When the wishlist was last opened (for "changed since" markers). */
  seenAt?: number;
  /** Epoch ms for new rows; a counter by default so runs are repeatable. */
  now?: () => number;
  /** The host of each tab's page as `tabHost` reads it (what `activeTab` lets the popup see); none by default. */
  tabHosts?: Record<number, string>;
}

/** The mock plus handles a test or preview uses to drive it. */
export interface MockApi extends MagpieApi {
  /** Pushes a view to `onTabView` subscribers, as the background would; it becomes the active tab's view when the ids match. */
  pushTabView(tabId: number, view: TabView): void;
  /** Sets one mention's resolve state and pushes it as a delta, as streamed prices arrive. */
  setState(index: number, state: ResolveState): void;
  /** A copy of every stored item. */
  items(): SavedItem[];
  /** Names of the methods called, in order. */
  calls: string[];
  /** The settings as the popup left them. */
  settings(): Settings;
  /** Whether the permission is now granted. */
  livePricesGranted(): boolean;
  /** Makes a method reject with `message` from now on, or succeed again with undefined. */
  setFailing(name: keyof MagpieApi, message: string | undefined): void;
}

/** An in-memory, deterministic MagpieApi for component tests and the visual preview. */
export function createMockApi(opts: MockApiOptions = {}): MockApi {
  let clock = Date.UTC(2025, 5, 1);
  const store = createMemoryStore(opts.items ?? [], opts.now ?? (() => (clock += 1000)));
  let tab: ActiveTab | null = opts.tab === undefined ? null : structuredClone(opts.tab);
  let granted = opts.livePrices ?? false;
  let asked = opts.livePricesAsked ?? false;
  let settings: Settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const viewSubs = new Set<(tabId: number, view: TabView) => void>();
  const deltaSubs = new Set<(tabId: number, delta: TabDelta) => void>();
  const undo = createUndoStore<SavedItem>();
  // Removed items stay undoable by id, as the database keeps them 30 days.
  const removedById = new Map<string, SavedItem>();
  let seenAt = opts.seenAt ?? 0;
  const calls: string[] = [];
  const failing: Partial<Record<keyof MagpieApi, string>> = { ...opts.failing };

  async function enter(name: keyof MagpieApi): Promise<void> {
    calls.push(name);
    await Promise.resolve();
    const message = failing[name];
    if (message !== undefined) throw new Error(message);
  }
  const push = (tabId: number, view: TabView) => viewSubs.forEach((cb) => cb(tabId, structuredClone(view)));

  async function saveMention(tabId: number, mentionId: string, save: boolean): Promise<string | null> {
    await enter('saveMention');
    if (!tab || tab.tabId !== tabId || !tab.view) return null;
    const view = tab.view;
    const index = indexOfMentionId(view.mentions, mentionId);
    if (index < 0) throw new Error('That product is no longer on the page.');
    let id: string | null = null;
    if (save) {
      const input = saveInputForMention(view, index);
      if (!input) return null;
      id = store.upsert(input).id;
    } else {
      const old = view.savedIds[index];
      const gone = old ? store.remove(old) : undefined;
      if (gone) removedById.set(gone.id, gone);
    }
    view.savedIds = view.savedIds.map((s, i) => (i === index ? id : s));
    push(tabId, view);
    return id;
  }

  return {
    calls,
    async getActiveTabView() {
      await enter('getActiveTabView');
      return structuredClone(tab);
    },
    onTabView(cb) {
      viewSubs.add(cb);
      return () => viewSubs.delete(cb);
    },
    onTabDelta(cb) {
      deltaSubs.add(cb);
      return () => deltaSubs.delete(cb);
    },
    async resolveTab() {
      await enter('resolveTab');
    },
    saveMention,
    async saveAll(tabId) {
      await enter('saveAll');
      let n = 0;
      const view = tab?.tabId === tabId ? tab.view : null;
      const todo = view ? view.mentions.filter((_, i) => view.savedIds[i] === null).map(mentionIdOf) : [];
      for (const id of todo) if (await saveMention(tabId, id, true)) n++;
      return n;
    },
    watchItems(query: ItemQuery, cb: (s: ItemsSnapshot) => void, onError?: (err: unknown) => void) {
      let live = true;
      const deliver = () =>
        void enter('watchItems').then(
          () => {
            if (!live) return;
            const all = matchAndSort(store.all(), query);
            const from = query.offset ?? 0;
            const to = query.limit === undefined ? undefined : from + query.limit;
            cb({ items: all.slice(from, to), total: all.length });
          },
          (err: unknown) => live && onError?.(err),
        );
      const stop = store.onChange(deliver);
      deliver();
      return () => {
        live = false;
        stop();
      };
    },
    watchTotals(query, cb, onError) {
      const all = { ...query, limit: undefined, offset: undefined };
      return this.watchItems(all, ({ items }) => cb(totalsByCurrency(items)), onError);
    },
    async removeItem(id) {
      await enter('removeItem');
      const item = store.remove(id);
      if (!item) throw new Error('That item is no longer on the wishlist.');
      removedById.set(id, item);
      return undo.put(item);
    },
    async restoreItem(token) {
      await enter('restoreItem');
      const item = undo.take(token);
      if (!item) throw new Error('That removal can no longer be undone.');
      store.put(item);
    },
    async undoRemove(id) {
      await enter('undoRemove');
      const item = removedById.get(id);
      if (!item || store.all().some((i) => i.id === id)) return false;
      removedById.delete(id);
      store.put(item);
      return true;
    },
    async getHistory(id) {
      await enter('getHistory');
      return (opts.history ?? []).filter((h) => h.itemId === id);
    },
    async markWishlistSeen() {
      await enter('markWishlistSeen');
      const last = seenAt;
      seenAt = clock;
      return last;
    },
    async setNotes(id, notes) {
      await enter('setNotes');
      store.edit(id, { notes: cleanNotes(notes) });
    },
    async setTags(id, tags) {
      await enter('setTags');
      store.edit(id, { tags: cleanTags(tags) });
    },
    async exportJson() {
      await enter('exportJson');
      return store.exportJson();
    },
    async exportCsv() {
      await enter('exportCsv');
      return store.exportCsv();
    },
    async importJson(text) {
      await enter('importJson');
      return store.importJson(text);
    },
    async listRetailers() {
      await enter('listRetailers');
      const names = new Set(
        store
          .all()
          .map((i) => i.retailer)
          .filter((r): r is string => !!r),
      );
      return [...names].sort((a, b) => a.localeCompare(b));
    },
    async requestLivePrices() {
      calls.push('requestLivePrices');
      granted = opts.grantLivePrices ?? true;
      return granted;
    },
    async takeLivePricesAnswer() {
      await enter('takeLivePricesAnswer');
      const answer = asked ? granted : null;
      asked = false;
      return answer;
    },
    async revokeLivePrices() {
      await enter('revokeLivePrices');
      granted = false;
      return true;
    },
    async hasLivePrices() {
      await enter('hasLivePrices');
      return granted;
    },
    async detectionOff(host) {
      await enter('detectionOff');
      return detectionOffFor(settings, host);
    },
    async tabHost(tabId) {
      await enter('tabHost');
      return opts.tabHosts?.[tabId] ?? null;
    },
    async turnOnDetection(_tabId, host) {
      await enter('turnOnDetection');
      settings = withDetectionOn(settings, host);
    },
    async openWishlistPage() {
      await enter('openWishlistPage');
    },
    async openOptionsPage() {
      await enter('openOptionsPage');
    },
    settings: () => structuredClone(settings),
    pushTabView(tabId, view) {
      if (tab?.tabId === tabId) tab = { tabId, view: structuredClone(view) };
      push(tabId, view);
    },
    setState(index, state) {
      if (!tab?.view) return;
      const { tabId, view } = tab;
      view.states = view.states.map((s, i) => (i === index ? state : s));
      const changes = [{ index, id: mentionIdOf(view.mentions[index]!), state }];
      const delta = { pageUrl: view.pageUrl, count: view.mentions.length, changes };
      deltaSubs.forEach((cb) => cb(tabId, structuredClone(delta)));
    },
    items: () => store.all().map((i) => structuredClone(i)),
    livePricesGranted: () => granted,
    setFailing(name, message) {
      if (message === undefined) delete failing[name];
      else failing[name] = message;
    },
  };
}
