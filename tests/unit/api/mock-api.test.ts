import { mentionIdOf } from '@/lib/mention-id';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '@/tests/support/mock-api';
import { mockItems, sampleTabView } from '@/tests/support/mock-data';
import type { ItemsSnapshot, TabView } from '@/lib/api/types';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createMockApi', () => {
  it('is deterministic: the same options give the same data', async () => {
    const a = createMockApi({ items: mockItems(20) });
    const b = createMockApi({ items: mockItems(20) });
    expect(await a.exportJson()).toBe(await b.exportJson());
  });

  it('delivers watched items now and after each change, until unsubscribed', async () => {
    const api = createMockApi({ items: mockItems(3) });
    const seen: ItemsSnapshot[] = [];
    const stop = api.watchItems({}, (s) => seen.push(s));
    await tick();
    expect(seen.at(-1)?.total).toBe(3);
    const token = await api.removeItem(seen[0]!.items[0]!.id);
    await tick();
    expect(seen.at(-1)?.total).toBe(2);
    stop();
    await api.restoreItem(token);
    await tick();
    expect(seen.at(-1)?.total).toBe(2);
    expect(api.items()).toHaveLength(3);
  });

  it('undo tokens work once', async () => {
    const api = createMockApi({ items: mockItems(1) });
    const token = await api.removeItem(mockItems(1)[0]!.id);
    await api.restoreItem(token);
    await expect(api.restoreItem(token)).rejects.toThrow('can no longer be undone');
  });

  it('saves a mention, pushes the view with its id, and removes it', async () => {
    const api = createMockApi({ tab: { tabId: 1, view: sampleTabView() } });
    const views: TabView[] = [];
    api.onTabView((_id, v) => views.push(v));
    const mid = mentionIdOf(sampleTabView().mentions[1]!);
    const id = await api.saveMention(1, mid, true);
    expect(id).toBeTruthy();
    expect(views.at(-1)?.savedIds[1]).toBe(id);
    expect(api.items()[0]).toMatchObject({ brand: 'Staud', currentPrice: 325, availability: 'LimitedAvailability' });
    await api.saveMention(1, mid, false);
    expect(views.at(-1)?.savedIds[1]).toBeNull();
    expect(api.items()).toHaveLength(0);
  });

  it('saveAll saves only the unsaved mentions and counts them', async () => {
    const api = createMockApi({ tab: { tabId: 1, view: sampleTabView() } });
    await api.saveMention(1, mentionIdOf(sampleTabView().mentions[0]!), true);
    expect(await api.saveAll(1)).toBe(4);
    expect(api.items()).toHaveLength(5);
    expect(await api.saveAll(1)).toBe(0);
  });

  it('validates notes and tags like the database', async () => {
    const [first] = mockItems(1);
    const api = createMockApi({ items: [first!] });
    await api.setTags(first!.id, [' a ', 'A', 'b']);
    expect(api.items()[0]!.tags).toEqual(['a', 'b']);
    await expect(api.setNotes(first!.id, 'x'.repeat(2001))).rejects.toThrow('at most 2000');
  });

  it('round-trips its JSON export and rejects a bad file with a message', async () => {
    const source = createMockApi({ items: mockItems(5) });
    const target = createMockApi();
    expect(await target.importJson(await source.exportJson())).toEqual({ added: 5, skipped: 0, historyAdded: 0 });
    expect(await target.importJson(await source.exportJson())).toEqual({ added: 0, skipped: 5, historyAdded: 0 });
    await expect(target.importJson('not json')).rejects.toThrow(/./);
    expect(target.items()).toHaveLength(5);
  });

  it('lists retailers sorted, and fails on request', async () => {
    const api = createMockApi({ items: mockItems(8), failing: { listRetailers: 'boom' } });
    await expect(api.listRetailers()).rejects.toThrow('boom');
    api.setFailing('listRetailers', undefined);
    expect(await api.listRetailers()).toEqual(['Net-a-Porter', 'Nordstrom', 'Shopbop', 'SSENSE']);
  });

  it('grants or refuses live prices as told', async () => {
    const yes = createMockApi();
    expect(await yes.hasLivePrices()).toBe(false);
    expect(await yes.requestLivePrices()).toBe(true);
    expect(await yes.hasLivePrices()).toBe(true);
    const no = createMockApi({ grantLivePrices: false });
    expect(await no.requestLivePrices()).toBe(false);
  });
});
