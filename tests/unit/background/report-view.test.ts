// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background';
import type { TabView } from '@/lib/protocol';
import { installFakeDnr } from './fake-dnr';

installFakeDnr();

const report = {
  pageUrl: 'https://notes.example.org/picks',
  pageTitle: 'Picks',
  mentions: [{ brand: 'Lumen', name: 'Linen Day Dress', price: null, retailer: null, url: null }],
};
const fromTab = (id: number, frameId = 0) => ({
  tab: { id, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId,
});

async function send(data: unknown, sender: object): Promise<{ data?: TabView | null } | undefined> {
  const results = (await fakeBrowser.runtime.onMessage.trigger(
    { magpie: 1, type: 'reportMentions', data },
    sender,
  )) as ({ data?: TabView | null } | undefined)[];
  return results.find((r) => r !== undefined);
}

describe('reportMentions', () => {
  it('answers with the tab’s view after the report, so the page need not ask for it', async () => {
    Object.assign(fakeBrowser, {
      contextMenus: { removeAll: async () => undefined, create: () => 0, onClicked: { addListener: () => undefined } },
    });
    registerBackground();
    const answer = await send(report, fromTab(61));
    expect(answer?.data?.mentions).toEqual(report.mentions);
    expect(answer?.data?.states).toHaveLength(1);
    expect(answer?.data?.savedIds).toEqual([null]);
    // A site switched off shows no controls: nothing to answer with.
    const off = await send(
      { pageUrl: 'https://notes.example.org/', pageTitle: '', mentions: [], off: 'site' },
      fromTab(62),
    );
    expect(off?.data ?? null).toBeNull();
  });
});
