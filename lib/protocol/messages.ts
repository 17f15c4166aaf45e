import { defineMessaging } from './messaging';
import type { Mention } from '../detect/types';
import type { ResolveState } from './resolve-state';
import type { GazetteerData } from '../gazetteer/data-source';

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

/**
 * The one message protocol between Magpie's contexts. Names are verb-first; every handler
 * validates its input because a message crosses a trust boundary. Web pages cannot send these:
 * Magpie declares no externally_connectable and content scripts only relay their own tab.
 */
export interface ProtocolMap {
  /** Content script → background: the mentions on the sender's tab (replaces earlier ones). */
  reportMentions(data: TabMentions): void;
  /**
   * Popup or content script → background: mentions with resolve states and saved ids (tabId optional from a content
   * script).
   */
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
}

export const { sendMessage, onMessage } = defineMessaging<ProtocolMap>();
export { NoReceiverError } from './messaging';
