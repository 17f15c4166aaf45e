// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, queryItems } from '@/lib/db';
import { savedIdsForTab } from '@/lib/background/save-ids';
import { saveMentionOfTab, TabDroppedError } from '@/lib/background/save-mention';
import { setSavedIdsSource } from '@/lib/background/resolve-view';
import { putTabRecord, wasEvicted } from '@/lib/background/session-budget';
import { clearTabMentions, loadTabMentions, saveTabMentions } from '@/lib/background/tab-mentions';
import { mentionIdOf } from '@/lib/mention-id';
import { EVICTED_TABS_KEY, MAX_EVICTED_TABS, SESSION_TOTAL_MAX_BYTES, tabMentionsKey } from '@/lib/protocol';
import { SAVE_ERRORS } from '@/lib/protocol/reasons';
import { sampleTabView } from '@/tests/support/mock-data';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().items.clear();
  setSavedIdsSource(savedIdsForTab);
});

const view = sampleTabView();
const report = (tabId: number) =>
  saveTabMentions(tabId, { pageUrl: view.pageUrl, pageTitle: view.pageTitle, mentions: view.mentions });
/** Another tab's record big enough that every older tab is evicted to make room for it. */
const crowdOut = (tabId: number) =>
  putTabRecord(tabId, tabMentionsKey(tabId), 'x'.repeat(SESSION_TOTAL_MAX_BYTES - 256), { touch: true });

describe('saving a product of a tab whose products were evicted', () => {
  it('fails with a reason the popup and the page’s control can show, and saves nothing', async () => {
    await report(1);
    await crowdOut(2);
    expect(await loadTabMentions(1)).toBeNull();
    const saving = saveMentionOfTab(1, mentionIdOf(view.mentions[0]!), true);
    await expect(saving).rejects.toThrow(TabDroppedError);
    await expect(saveMentionOfTab(1, mentionIdOf(view.mentions[0]!), false)).rejects.toThrow(SAVE_ERRORS.tabDropped);
    expect((await queryItems({})).items).toHaveLength(0);
  });

  it('saves again once the page reports its products afresh', async () => {
    await report(1);
    await crowdOut(2);
    expect(await wasEvicted(1)).toBe(true);
    await clearTabMentions(2);
    await report(1);
    expect(await wasEvicted(1)).toBe(false);
    expect(await saveMentionOfTab(1, mentionIdOf(view.mentions[0]!), true)).not.toBeNull();
  });

  it('a tab that never reported, or navigated away, still gets a plain null', async () => {
    expect(await saveMentionOfTab(3, mentionIdOf(view.mentions[0]!), true)).toBeNull();
    await report(1);
    await crowdOut(2);
    expect(await wasEvicted(1)).toBe(true);
    await clearTabMentions(1); // the tab navigated: nothing of the old page is left to explain
    expect(await saveMentionOfTab(1, mentionIdOf(view.mentions[0]!), true)).toBeNull();
  });

  it('remembers a bounded number of evicted tabs, the newest', async () => {
    const many = Array.from({ length: MAX_EVICTED_TABS + 50 }, (_, i) => i + 1000);
    await fakeBrowser.storage.session.set({ [EVICTED_TABS_KEY]: [...many, 'junk'] });
    await report(1);
    await crowdOut(2);
    const kept = (await fakeBrowser.storage.session.get(EVICTED_TABS_KEY))[EVICTED_TABS_KEY] as number[];
    expect(kept).toHaveLength(MAX_EVICTED_TABS);
    expect(kept.at(-1)).toBe(1);
    expect(await wasEvicted(1)).toBe(true);
    expect(await wasEvicted(1000)).toBe(false);
  });
});
