import { defineMessaging } from './messaging';
import type { Mention } from '../detect/types';
import type { ResolveState } from './resolve-state';

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

/** A page as the content script sends it for detection. */
export interface PageSnapshotMessage {
  pageUrl: string;
  /** The page's elements and text the detector reads, each element carrying SNAPSHOT_INDEX_ATTR. */
  html: string;
  /** A cap cut the page short. */
  truncated: boolean;
}

/** The detector's answer: mentions in page order, and `at[i]` the snapshot index of mentions[i]'s element. */
export interface FoundMentions {
  mentions: Mention[];
  at: number[];
  /** `ids[i]` the id (lib/mention-id.ts) of mentions[i], so the page need not hash them; absent from older workers. */
  ids?: string[];
}

/** The attribute that numbers a snapshot's elements in walk order (the page's own attributes never pass). */
export const SNAPSHOT_INDEX_ATTR = 'm';
/** Most characters of markup in a page snapshot (a long article is a few hundred thousand). */
export const PAGE_SNAPSHOT_MAX_CHARS = 3_000_000;
/** Most elements in a page snapshot. */
export const PAGE_SNAPSHOT_MAX_ELEMENTS = 40_000;
/** Longest the content script spends reading a page into a snapshot, ms (one task on the page's thread). */
export const PAGE_SNAPSHOT_MAX_MS = 250;
/** Most mentions one page yields; the background rejects reports with more. */
export const MAX_PAGE_MENTIONS = 200;

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
  /**
   * Content script → background: the mentions on the sender's tab (replaces earlier ones). Answers with the tab's
   * view after them, as getTabView would (nothing for a page switched off).
   */
  reportMentions(data: TabMentions): TabView | null | undefined;
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
  /**
   * Content script → background: the page read into a compact snapshot (lib/content/snapshot.ts);
   * the background runs the detector on it and answers with the mentions, each with the snapshot
   * index of its element. Nothing is stored: the content script reports what it keeps.
   */
  findMentions(data: PageSnapshotMessage): FoundMentions;
  /** Background → content script and extension pages: a tab's view changed. */
  showTabView(data: { tabId: number; view: TabView }): void;
  /** Background → content script and extension pages: some of a tab's states changed (streamed prices). */
  showTabDelta(data: { tabId: number; delta: TabDelta }): void;
}

export const { sendMessage, onMessage } = defineMessaging<ProtocolMap>();
export { NoReceiverError } from './messaging';
