import { browser } from 'wxt/browser';
import { parseTabMentions, TAB_MENTIONS_MAX_BYTES, tabMentionsKey as key, type TabMentions } from '../protocol';
import { fitPrefix, putTabRecord, recordBytes, removeTabRecord } from './session-budget';

/**
 * Mentions per tab live in storage.session, not in memory, so a service-worker restart
 * loses nothing and the data is gone when the browser closes. A tab keeps at most
 * TAB_MENTIONS_MAX_BYTES (the first mentions that fit), and the oldest tabs make room when all
 * together pass the session budget. Returns what was kept; throws SessionFullError when nothing could be.
 */
export async function saveTabMentions(tabId: number, data: TabMentions): Promise<TabMentions> {
  const k = key(tabId);
  const n = fitPrefix(data.mentions, TAB_MENTIONS_MAX_BYTES, (kept) => recordBytes(k, { ...data, mentions: kept }));
  const kept = n === data.mentions.length ? data : { ...data, mentions: data.mentions.slice(0, n) };
  await putTabRecord(tabId, k, kept, { touch: true });
  return kept;
}

/** The mentions kept for a tab, validated again on the way out. */
export async function loadTabMentions(tabId: number): Promise<TabMentions | null> {
  const got = await browser.storage.session.get(key(tabId));
  return parseTabMentions(got[key(tabId)]);
}

/** Forgets a closed tab. */
export async function clearTabMentions(tabId: number): Promise<void> {
  await removeTabRecord(key(tabId));
}
