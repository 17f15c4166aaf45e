import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Mention } from './detect/types';

/** What the background keeps for one tab: the page it read and the mentions found there. */
export interface TabMentions {
  pageUrl: string;
  pageTitle: string;
  mentions: Mention[];
}

/**
 * The one message protocol between Magpie's contexts. Names are verb-first; every handler
 * validates its input because a message crosses a trust boundary.
 */
export interface ProtocolMap {
  /** Content script → background: the mentions on the sender's tab (replaces earlier ones). */
  reportMentions(data: TabMentions): void;
  /** Popup → background: the mentions kept for a tab, or null. */
  getTabMentions(data: { tabId: number }): TabMentions | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
