// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, queryItems } from '@/lib/db';
import { saveInputForMention } from '@/lib/background/save-input';
import { savedIdsFor, savedIdsForTab } from '@/lib/background/save-ids';
import { registerSaveMention, saveMentionOfTab, targetTabId, UnknownMentionError } from '@/lib/background/save-mention';
import { mentionIdOf } from '@/lib/mention-id';
import { loadTabView, setSavedIdsSource } from '@/lib/background/resolve-view';
import { mentionsKey, saveTabStates } from '@/lib/background/resolve-states';
import { saveTabMentions } from '@/lib/background/tab-mentions';
import { sampleTabView } from '@/tests/support/mock-data';
import type { ResolveState } from '@/lib/protocol/resolve-state';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().items.clear();
  await getDb().history.clear();
  setSavedIdsSource(savedIdsForTab);
});

async function storeTab(tabId: number, view = sampleTabView()) {
  await saveTabMentions(tabId, { pageUrl: view.pageUrl, pageTitle: view.pageTitle, mentions: view.mentions });
  await saveTabStates(tabId, { key: mentionsKey(view.mentions), states: view.states });
}

describe('saveInputForMention', () => {
  it('takes the article’s words and the resolved listing', () => {
    const input = saveInputForMention(sampleTabView(), 0)!;
    expect(input).toMatchObject({
      source: 'article',
      brand: 'Jacquemus',
      name: 'Le Chiquito Mini Bag',
      retailer: 'Net-a-Porter',
      listingUrl: 'https://www.net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234',
      articleUrl: 'https://www.example-magazine.com/fashion/best-micro-bags',
      articleTitle: 'The best micro bags of the season',
      mentionUrl: 'https://www.net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234',
      articlePrice: { amount: 450, currency: 'GBP' },
      currentPrice: 395,
      currency: 'GBP',
      availability: 'InStock',
    });
  });

  it('leaves listing fields empty for an unresolved mention', () => {
    const input = saveInputForMention(sampleTabView(), 2)!;
    expect(input.listingUrl).toBeNull();
    expect(input.currentPrice).toBeNull();
    expect(input.image).toBeNull();
    expect(input.brand).toBe('Cult Gaia');
  });

  it('names the retailer from the listing when the article did not', () => {
    const view = sampleTabView();
    view.mentions[0] = { ...view.mentions[0]!, retailer: null, brand: null };
    const input = saveInputForMention(view, 0)!;
    expect(input.retailer).toBe('Net-a-Porter');
    expect(input.brand).toBe('Jacquemus');
  });

  it('is null for an index with no mention', () => {
    expect(saveInputForMention(sampleTabView(), 9)).toBeNull();
  });
});

describe('savedIdsFor', () => {
  it('finds saved mentions by listing URL or by brand|name|retailer', async () => {
    const view = sampleTabView();
    expect(await savedIdsFor(view.mentions, view.states)).toEqual([null, null, null, null, null]);
    const db = getDb();
    const a = await (await import('@/lib/db')).saveItem(saveInputForMention(view, 0)!, db);
    const c = await (await import('@/lib/db')).saveItem(saveInputForMention(view, 2)!, db);
    const ids = await savedIdsFor(view.mentions, view.states);
    expect(ids).toEqual([a.id, null, c.id, null, null]);
    // Saved while pending, found again once resolved (the row has no listing URL yet).
    const resolved: ResolveState[] = [...view.states];
    resolved[2] = {
      status: 'resolved',
      checkedAt: 1,
      listing: {
        title: null,
        brand: null,
        price: 150,
        currency: 'USD',
        availability: null,
        image: null,
        url: 'https://www.nordstrom.com/s/ark/2222',
      },
    };
    expect((await savedIdsFor(view.mentions, resolved))[2]).toBe(c.id);
  });
});

/** The id of mention `i` of the sample view, as the content script and the popup compute it. */
const idOf = (i: number, view = sampleTabView()) => mentionIdOf(view.mentions[i]!);

describe('saveMentionOfTab', () => {
  it('saves the mention with its listing, shows it saved in the view, and removes it again', async () => {
    await storeTab(5);
    const id = await saveMentionOfTab(5, idOf(0), true);
    expect(id).toBe('https://net-a-porter.com/en-gb/shop/product/jacquemus/le-chiquito/1234');
    const { items } = await queryItems({});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'Le Chiquito Mini Bag',
      currentPrice: 395,
      currency: 'GBP',
      source: 'article',
    });
    expect((await loadTabView(5))?.savedIds).toEqual([id, null, null, null, null]);
    expect(await saveMentionOfTab(5, idOf(0), false)).toBeNull();
    expect((await queryItems({})).items).toHaveLength(0);
    expect((await loadTabView(5))?.savedIds[0]).toBeNull();
  });

  it('saves an unresolved mention under its text key', async () => {
    await storeTab(6);
    const id = await saveMentionOfTab(6, idOf(3), true);
    expect(id).toMatch(/^k:simon miller\|bonsai 15 bag\|ssense$/);
  });

  it('returns null for an unknown tab and rejects an id the tab does not hold', async () => {
    await storeTab(7);
    expect(await saveMentionOfTab(8, idOf(0), true)).toBeNull();
    await expect(saveMentionOfTab(7, 'm0000000000000', true)).rejects.toThrow(UnknownMentionError);
    expect((await queryItems({})).items).toHaveLength(0);
  });

  it('saves the product the click meant even when the page re-reported its list in another order', async () => {
    const view = sampleTabView();
    await storeTab(9, view);
    const clicked = idOf(3, view);
    // The page re-reports before the save arrives: the product is now first, the list shorter.
    const reordered = {
      ...view,
      mentions: [view.mentions[3]!, view.mentions[0]!, view.mentions[1]!],
      states: [view.states[3]!, view.states[0]!, view.states[1]!],
    };
    await storeTab(9, { ...reordered, savedIds: [null, null, null] });
    const id = await saveMentionOfTab(9, clicked, true);
    const { items } = await queryItems({});
    expect(items.map((i) => i.name)).toEqual([view.mentions[3]!.name]);
    expect((await loadTabView(9))?.savedIds).toEqual([id, null, null]);
  });

  it('refuses a save whose product the page removed meanwhile, and a removal too', async () => {
    const view = sampleTabView();
    await storeTab(10, view);
    const saved = await saveMentionOfTab(10, idOf(1, view), true);
    expect(saved).not.toBeNull();
    const gone = idOf(1, view);
    await storeTab(10, { ...view, mentions: [view.mentions[0]!], states: [view.states[0]!], savedIds: [null] });
    await expect(saveMentionOfTab(10, idOf(2, view), true)).rejects.toThrow(UnknownMentionError);
    await expect(saveMentionOfTab(10, gone, false)).rejects.toThrow(UnknownMentionError);
    // The reader's saved product is untouched.
    expect((await queryItems({})).items.map((i) => i.id)).toEqual([saved]);
  });
});

describe('the saveMention message from a content script', () => {
  const sender = { url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 };
  const send = async (data: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { magpie: 1, type: 'saveMention', data },
      sender as never,
    );
    return replies.find((r) => r !== undefined) as { data?: unknown; error?: string };
  };

  it('saves by mention id only: an index, a malformed id or one the tab does not hold saves nothing', async () => {
    await storeTab(3);
    registerSaveMention();
    expect(await send({ index: 0, save: true })).toEqual({ magpie: 1, data: null });
    expect(await send({ mentionId: 0, save: true })).toEqual({ magpie: 1, data: null });
    expect(await send({ mentionId: 'm<img>', save: true })).toEqual({ magpie: 1, data: null });
    expect((await send({ mentionId: 'mzzzzzzzzzz', save: true })).error).toBe('That product is no longer on the page.');
    expect((await queryItems({})).items).toHaveLength(0);
    const ok = await send({ mentionId: idOf(2), save: true });
    expect(ok.data).toEqual((await queryItems({})).items[0]?.id);
  });
});

describe('mentionIdOf', () => {
  it('is the same across re-reports and for spacing or case, and differs between products', () => {
    const [a, b] = sampleTabView().mentions;
    expect(mentionIdOf(a!)).toBe(mentionIdOf(structuredClone(a!)));
    expect(mentionIdOf({ ...a!, brand: `  ${a!.brand!.toUpperCase()} `, name: a!.name.replace(' ', '  ') })).toBe(
      mentionIdOf(a!),
    );
    // A price or shop the page changes does not make it another product; brand, name or link do.
    expect(mentionIdOf({ ...a!, price: null, retailer: null } as typeof a & object)).toBe(mentionIdOf(a!));
    expect(mentionIdOf({ ...a!, url: 'https://shop.example/other' })).not.toBe(mentionIdOf(a!));
    expect(mentionIdOf(b!)).not.toBe(mentionIdOf(a!));
    expect(mentionIdOf(a!)).toMatch(/^m[0-9a-z]{12,}$/);
  });
});

describe('targetTabId', () => {
  const origin = 'chrome-extension://abc/';
  it('lets an extension page name a tab', () => {
    expect(targetTabId({ tabId: 4 }, { url: 'chrome-extension://abc/popup.html' }, origin)).toBe(4);
    expect(targetTabId({ tabId: -1 }, { url: 'chrome-extension://abc/popup.html' }, origin)).toBeNull();
  });
  it('holds a content script to its own tab and top frame', () => {
    expect(targetTabId({ tabId: 99 }, { url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 }, origin)).toBe(3);
    expect(targetTabId({}, { url: 'https://news.example/a', tab: { id: 3 }, frameId: 2 }, origin)).toBeNull();
    expect(targetTabId({}, { url: 'https://news.example/a' }, origin)).toBeNull();
  });
});
