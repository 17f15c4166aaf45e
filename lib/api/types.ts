import type { TabDelta, TabView } from '../protocol';
import type { HistoryRow, ImportSummary, ItemQuery, SavedItem } from '../db/types';

export type { TabDelta, TabView } from '../protocol';
import type { DetectionOff } from './site-switch';
import type { CurrencyTotal } from './currency-totals';
export type { CurrencyTotal } from './currency-totals';
export type { DetectionOff } from './site-switch';
export type { HistoryRow, ImportSummary, ItemQuery, SavedItem, SortKey } from '../db/types';

/** The tab the popup speaks about, with its view (null when the page was never read). */
export interface ActiveTab {
  tabId: number;
  view: TabView | null;
}

/** A live subscription; call it to stop. */
export type Unsubscribe = () => void;

/** Opaque: hand back to `restoreItem` to undo one removal. */
export type UndoToken = string;

/** What `watchItems` delivers each time the matching items change. */
export interface ItemsSnapshot {
  items: SavedItem[];
  /** Matches before any limit. */
  total: number;
}

/**
 * Everything Magpie's extension pages (popup, wishlist page, options) ask of the rest of the
 * extension. The real implementation talks to the background by messages and reads the
 * wishlist database directly; the mock keeps everything in memory for tests and previews.
 */
export interface MagpieApi {
  /** The active tab and its mentions with resolve states; null when there is no tab to speak of. */
  getActiveTabView(): Promise<ActiveTab | null>;
  /** Calls `cb` whenever the background pushes a changed view of any tab. */
  onTabView(cb: (tabId: number, view: TabView) => void): Unsubscribe;
  /** Calls `cb` with the states that changed in a tab's view while its prices stream in (apply with applyTabDelta). */
  onTabDelta(cb: (tabId: number, delta: TabDelta) => void): Unsubscribe;
  /** Asks the background to resolve the tab's mentions; states then arrive through `onTabView`. */
  resolveTab(tabId: number, force?: boolean): Promise<void>;
  /**
   * Saves (or with save=false removes) the tab's mention with id `mentionId` (lib/mention-id.ts);
   * the saved item's id, or null. Rejects when the tab no longer holds that mention.
   */
  saveMention(tabId: number, mentionId: string, save: boolean): Promise<string | null>;
  /**
   * Saves every mention of the tab not saved yet; how many were saved. Goes on past a product
   * that fails, then rejects with a `PartialSaveError` saying how many were saved.
   */
  saveAll(tabId: number): Promise<number>;
  /** Delivers the items matching `query` now and after every change, until unsubscribed. */
  watchItems(query: ItemQuery, cb: (snapshot: ItemsSnapshot) => void, onError?: (err: unknown) => void): Unsubscribe;
  /**
   * Delivers the per-currency totals of every item matching `query` (limit and offset ignored) now
   * and after every change. They need every row, so the wishlist asks for them after its first rows show.
   */
  watchTotals(query: ItemQuery, cb: (totals: CurrencyTotal[]) => void, onError?: (err: unknown) => void): Unsubscribe;
  /** Removes an item; the token undoes it. */
  removeItem(id: string): Promise<UndoToken>;
  /** Puts a removed item back exactly as it was. */
  restoreItem(token: UndoToken): Promise<void>;
  /**
   * Undoes a removal made anywhere (the popup, the page's controls) within 30 days: the item
   * comes back with its notes, tags and history. False when nothing is kept for `id`.
   */
  undoRemove(id: string): Promise<boolean>;
  /** An item's price history, oldest first. */
  getHistory(id: string): Promise<HistoryRow[]>;
  /** Records that the reader opened the wishlist now; returns when they last did (0 for never). */
  markWishlistSeen(): Promise<number>;
  setNotes(id: string, notes: string): Promise<void>;
  setTags(id: string, tags: string[]): Promise<void>;
  /** The whole wishlist as a JSON document. */
  exportJson(): Promise<string>;
  /** The whole wishlist as CSV. */
  exportCsv(): Promise<string>;
  /**
   * Adds the items of an exported JSON or CSV file, all or nothing; rejects with a message fit to show on bad input.
   */
  importJson(text: string): Promise<ImportSummary>;
  /** Every retailer in the wishlist, sorted, for the retailer filter. */
  listRetailers(): Promise<string[]>;
  /** Asks the browser for the host permission live price checks need. Call from a click handler. */
  requestLivePrices(): Promise<boolean>;
  /**
   * The browser's answer to a request for live prices made from a popup that closed before it
   * came (true on, false declined), once; null when there is none to report.
   */
  takeLivePricesAnswer(): Promise<boolean | null>;
  /** Whether live price checks are allowed. */
  hasLivePrices(): Promise<boolean>;
  /** Gives the permission back; live price checks stop. */
  revokeLivePrices(): Promise<boolean>;
  /** Whether Magpie is switched off everywhere or for the site `host` (so the popup can offer the switch). */
  detectionOff(host: string | null): Promise<DetectionOff>;
  /**
   * The host of the page in tab `tabId`, when the popup may read the tab's address (`activeTab`: the reader opened the
   * popup on it); null otherwise. A switched-off site's page that fails the pre-check sends nothing, so the popup asks.
   */
  tabHost(tabId: number): Promise<string | null>;
  /** Switches Magpie on (everywhere, and for `host`) and reloads the tab so it reads the page. */
  turnOnDetection(tabId: number, host: string | null): Promise<void>;
  /** Opens the full-page wishlist in a new tab. */
  openWishlistPage(): Promise<void>;
  /** Opens the settings page. */
  openOptionsPage(): Promise<void>;
}
