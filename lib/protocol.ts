import { defineMessaging } from './messaging';
import type { Mention } from './detect/types';
import type { ResolveState } from './resolve/types';
import type { GazetteerData } from './gazetteer/data-source';

/** What the background keeps for one tab: the page it read and the mentions found there. */
export interface TabMentions {
  pageUrl: string;
  pageTitle: string;
  mentions: Mention[];
  /** The picture beside each mention on the page (http/https), parallel to `mentions`; absent from older reports. */
  images?: (string | null)[];
  /** Set (with no mentions and only the page's origin) when the reader switched Magpie off for this site. */
  off?: 'site';
}

/** A tab's mentions with where each stands: states[i] and savedIds[i] belong to mentions[i]. */
export interface TabView extends TabMentions {
  states: ResolveState[];
  /** The wishlist id of each mention when it is saved, else null. */
  savedIds: (string | null)[];
}

/** One mention's new resolve state in a streamed change: `id` (lib/mention-id.ts) must match mentions[index]. */
export interface TabDeltaChange {
  index: number;
  id: string;
  state: ResolveState;
}

/**
 * What changed in a tab's view since the last push, while its prices stream in: only the mentions
 * whose states changed. It applies to a view of the same page with `count` mentions whose ids match
 * at every changed index; a receiver holding anything else asks for the whole view (getTabView).
 */
export interface TabDelta {
  pageUrl: string;
  count: number;
  changes: TabDeltaChange[];
}

/**
 * The one message protocol between Magpie's contexts. Names are verb-first; every handler
 * validates its input because a message crosses a trust boundary. Web pages cannot send these:
 * Magpie declares no externally_connectable and content scripts only relay their own tab.
 */
export interface ProtocolMap {
  /** Content script → background: the mentions on the sender's tab (replaces earlier ones). */
  reportMentions(data: TabMentions): void;
  /** Popup or content script → background: mentions with resolve states and saved ids (tabId optional from a content script). */
  getTabView(data: { tabId?: number }): TabView | null;
  /** Popup → background: resolve (again) every mention of a tab; states then stream by showTabView. */
  resolveTab(data: { tabId: number; force?: boolean }): void;
  /**
   * Popup or content script → background: save (or, with save=false, remove) the mention of a tab
   * whose id (lib/mention-id.ts) is `mentionId`. An id the tab does not hold now is rejected, so a
   * page that re-reports during a click cannot redirect it. Returns the item id.
   */
  saveMention(data: { tabId?: number; mentionId: string; save: boolean }): string | null;
  /** Content script → background: the brand and retailer data, fetched once on a page worth reading. */
  getGazetteerData(): GazetteerData;
  /** Background → content script and extension pages: a tab's view changed. */
  showTabView(data: { tabId: number; view: TabView }): void;
  /** Background → content script and extension pages: some of a tab's states changed (streamed prices). */
  showTabDelta(data: { tabId: number; delta: TabDelta }): void;
}

/**
 * Shop requests (each fetcher call, retries included) one tab may cause in a sliding hour, and
 * all tabs together: a page that keeps changing its product list cannot drive Magpie's requests
 * without end. Enough for a 200-product article checked twice.
 */
export const SHOP_REQUESTS_PER_TAB_HOUR = 400;
export const SHOP_REQUESTS_PER_HOUR = 1500;

/**
 * storage.session budgets (Chrome allows an extension 10 MB there in all): one tab's mentions and
 * its resolve states are each capped, and the oldest tabs are evicted when all tabs together pass
 * the total, so a few heavy pages cannot leave later tabs with nothing.
 */
export const TAB_MENTIONS_MAX_BYTES = 768 * 1024;
export const TAB_STATES_MAX_BYTES = 256 * 1024;
// Chrome counts a value's in-memory size, about a tenth more than its JSON: 7 MB of JSON stays clear of 10 MB.
export const SESSION_TOTAL_MAX_BYTES = 7 * 1024 * 1024;

export const { sendMessage, onMessage } = defineMessaging<ProtocolMap>();
export { NoReceiverError } from './messaging';
