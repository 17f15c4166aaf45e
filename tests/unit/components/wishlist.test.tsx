import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Wishlist } from '@/components/Wishlist';
import { createMockApi, type MockApiOptions } from '@/tests/support/mock-api';
import { byText, choose, cleanup, click, key, mount, settle, submit, text, typeInto } from './dom';
import { fourItems, item } from './wishlist-helpers';

beforeEach(() => vi.useRealTimers());
afterEach(cleanup);

async function wishlist(opts: MockApiOptions = { items: fourItems() }) {
  const api = createMockApi(opts);
  const m = mount(<Wishlist api={api} layout="popup" searchDelayMs={0} />);
  await settle();
  return { api, root: m.root };
}

const names = (root: HTMLElement) => [...root.querySelectorAll('article.item .name')].map(text);
const control = (root: HTMLElement, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => text(x).includes(label));
  return l?.querySelector('input, select') ?? root.querySelector(`#${l?.getAttribute('for')}`);
};

describe('Wishlist', () => {
  it('lists every saved item, newest first', async () => {
    const { root } = await wishlist();
    expect(names(root)).toEqual(['Shirley Bag', 'Ribbed Cardigan', 'Wool Coat', 'Silk Scarf']);
    expect(text(root.querySelector('.count'))).toBe('4 items');
  });

  it('searches brand, name, retailer, notes and tags', async () => {
    const { root } = await wishlist();
    const search = root.querySelector('input[type="search"]');
    typeInto(search, 'ganni');
    await settle();
    expect(names(root)).toEqual(['Ribbed Cardigan']);
    typeInto(search, 'shopbop');
    await settle();
    expect(names(root)).toEqual(['Shirley Bag', 'Silk Scarf']);
    typeInto(search, 'office');
    await settle();
    expect(names(root)).toEqual(['Ribbed Cardigan']);
    typeInto(search, 'winter');
    await settle();
    expect(names(root)).toEqual(['Wool Coat']);
  });

  it('sorts by date, price and brand', async () => {
    const { root } = await wishlist();
    const sort = root.querySelector('select');
    choose(sort, 'oldest');
    await settle();
    expect(names(root)).toEqual(['Silk Scarf', 'Wool Coat', 'Ribbed Cardigan', 'Shirley Bag']);
    choose(sort, 'price-asc');
    await settle();
    // Current price where known, else the article's, within each currency: GBP 120, 900; USD 60, 325.
    expect(names(root)).toEqual(['Ribbed Cardigan', 'Wool Coat', 'Silk Scarf', 'Shirley Bag']);
    choose(sort, 'price-desc');
    await settle();
    expect(names(root)).toEqual(['Wool Coat', 'Ribbed Cardigan', 'Shirley Bag', 'Silk Scarf']);
    choose(sort, 'brand');
    await settle();
    // No brand sorts last.
    expect(names(root)).toEqual(['Wool Coat', 'Ribbed Cardigan', 'Shirley Bag', 'Silk Scarf']);
  });

  it('filters by retailer, stock and price drop', async () => {
    const { root } = await wishlist();
    const shop = control(root, 'Shop');
    expect([...(shop as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '',
      'Net-a-Porter',
      'Shopbop',
      'SSENSE',
    ]);
    choose(shop, 'Shopbop');
    await settle();
    expect(names(root)).toEqual(['Shirley Bag', 'Silk Scarf']);
    choose(shop, '');
    choose(control(root, 'In stock'), 'on');
    await settle();
    expect(names(root)).toEqual(['Shirley Bag', 'Ribbed Cardigan']);
    choose(control(root, 'Price dropped'), 'on');
    await settle();
    expect(names(root)).toEqual(['Ribbed Cardigan']);
    expect(byText(root, 'article.item', 'Ribbed Cardigan').querySelector('.badge-drop')).not.toBeNull();
  });

  it('says nothing matches and clears the filters on request', async () => {
    const { root } = await wishlist();
    typeInto(root.querySelector('input[type="search"]'), 'no such thing');
    await settle();
    expect(text(root)).toContain('Nothing matches');
    click(byText(root, 'button', 'Clear search and filters'));
    await settle();
    expect(names(root)).toHaveLength(4);
    expect((root.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('');
  });

  it('edits a note inline: Enter saves, the button gets focus back', async () => {
    const { api, root } = await wishlist();
    const row = () => byText(root, 'article.item', 'Shirley Bag');
    click(byText(row(), 'button', 'Add note'));
    await settle();
    const input = row().querySelector('input') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-label')).toBe('Note for Staud Shirley Bag');
    typeInto(input, '  size S  ');
    submit(row().querySelector('form'));
    await settle();
    expect(api.items().find((i) => i.name === 'Shirley Bag')?.notes).toBe('size S');
    expect(text(row().querySelector('.note'))).toBe('size S');
    expect(row().querySelector('input')).toBeNull();
    expect(text(document.activeElement)).toContain('Edit note');
  });

  it('closes an editor on Escape without saving', async () => {
    const { api, root } = await wishlist();
    const row = () => byText(root, 'article.item', 'Ribbed Cardigan');
    click(byText(row(), 'button', 'Edit note'));
    await settle();
    typeInto(row().querySelector('input'), 'changed');
    key(row().querySelector('input'), 'Escape');
    await settle();
    expect(row().querySelector('input')).toBeNull();
    expect(api.items().find((i) => i.name === 'Ribbed Cardigan')?.notes).toBe('for the office');
  });

  it('edits tags as a comma-separated list', async () => {
    const { api, root } = await wishlist();
    const row = () => byText(root, 'article.item', 'Wool Coat');
    click(byText(row(), 'button', 'Edit tags'));
    await settle();
    typeInto(row().querySelector('input'), 'winter, coats ,, Gift');
    submit(row().querySelector('form'));
    await settle();
    expect(api.items().find((i) => i.name === 'Wool Coat')?.tags).toEqual(['winter', 'coats', 'Gift']);
    expect([...row().querySelectorAll('.tag')].map(text)).toEqual(['winter', 'coats', 'Gift']);
  });

  it('keeps the editor open with the error when saving fails', async () => {
    const { api, root } = await wishlist();
    const row = () => byText(root, 'article.item', 'Wool Coat');
    click(byText(row(), 'button', 'Edit tags'));
    await settle();
    typeInto(row().querySelector('input'), Array.from({ length: 25 }, (_, i) => `t${i}`).join(','));
    submit(row().querySelector('form'));
    await settle();
    expect(text(row().querySelector('[role="alert"]'))).toContain('at most 20 tags');
    expect(row().querySelector('input')).not.toBeNull();
    expect(api.items().find((i) => i.name === 'Wool Coat')?.tags).toEqual(['winter']);
  });

  it('removes with an Undo toast that restores the item', async () => {
    const { api, root } = await wishlist();
    click(byText(byText(root, 'article.item', 'Wool Coat'), 'button', 'Remove'));
    await settle();
    expect(names(root)).not.toContain('Wool Coat');
    const toast = root.querySelector('.toast');
    expect(toast?.closest('[role="status"]')).not.toBeNull();
    expect(text(toast)).toContain('Removed Acne Studios Wool Coat');
    expect(document.activeElement).toBe(byText(root, '.toast button', 'Undo'));
    click(byText(root, '.toast button', 'Undo'));
    await settle();
    expect(names(root)).toContain('Wool Coat');
    expect(api.items()).toHaveLength(4);
  });

  it('keeps the removal toast while it has focus, then closes it about six seconds after focus left', async () => {
    const { root } = await wishlist();
    vi.useFakeTimers();
    click(byText(byText(root, 'article.item', 'Silk Scarf'), 'button', 'Remove'));
    await vi.advanceTimersByTimeAsync(50);
    expect(root.querySelector('.toast')).not.toBeNull();
    // Undo has focus: the toast waits for the reader.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(root.querySelector('.toast')).not.toBeNull();
    act(() => (root.querySelector('input[type="search"], input') as HTMLElement).focus());
    await vi.advanceTimersByTimeAsync(5000);
    expect(root.querySelector('.toast')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1200);
    expect(root.querySelector('.toast')).toBeNull();
    vi.useRealTimers();
  });

  it('returns focus to the list when the focused toast closes', async () => {
    const { root } = await wishlist();
    click(byText(byText(root, 'article.item', 'Silk Scarf'), 'button', 'Remove'));
    await settle();
    expect(document.activeElement?.textContent).toBe('Undo');
    key(root.querySelector('.toast'), 'Escape');
    await settle();
    expect(root.querySelector('.toast')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('.vlist'));
  });

  it('opens the article link when the item came from one, else the listing, else the page, safely', async () => {
    const items = [
      item(0, {
        name: 'From article',
        mentionUrl: 'https://go.skimresources.com/?id=1&url=x',
        listingUrl: 'https://shop.example/a',
      }),
      item(1, { name: 'Listing only', mentionUrl: null, listingUrl: 'https://shop.example/b' }),
      item(2, {
        name: 'Bad links',
        mentionUrl: 'javascript:alert(1)',
        listingUrl: 'data:text/html,hi',
        articleUrl: null,
      }),
      item(3, { name: 'Saved picture', mentionUrl: null, listingUrl: null, articleUrl: 'https://mag.example/looks' }),
    ];
    const { root } = await wishlist({ items });
    const link = (n: string) => byText(root, 'article.item', n).querySelector('.name a');
    expect(link('From article')?.getAttribute('href')).toBe('https://go.skimresources.com/?id=1&url=x');
    expect(link('From article')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link('Listing only')?.getAttribute('href')).toBe('https://shop.example/b');
    expect(link('Bad links')).toBeNull();
    expect(link('Saved picture')?.getAttribute('href')).toBe('https://mag.example/looks');
    expect(root.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });

  it('renders hostile strings as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { root } = await wishlist({
      items: [item(0, { name: evil, brand: evil, notes: evil, tags: [evil], retailer: evil })],
    });
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(text(root.querySelector('article.item .name'))).toBe(evil);
    expect(text(root.querySelector('.note'))).toBe(evil);
    expect(text(root.querySelector('.tag'))).toBe(evil);
  });

  it('shows the empty state for an empty wishlist', async () => {
    const { root } = await wishlist({ items: [] });
    expect(text(root)).toContain('Your wishlist is empty');
  });

  it('shows loading, then an error with a retry that recovers', async () => {
    const api = createMockApi({ items: fourItems(), failing: { watchItems: 'IndexedDB is unavailable' } });
    const m = mount(<Wishlist api={api} layout="popup" />);
    expect(m.root.querySelector('[aria-busy="true"]')).not.toBeNull();
    await settle();
    const alert = m.root.querySelector('[role="alert"]');
    expect(text(alert)).toContain('IndexedDB is unavailable');
    api.setFailing('watchItems', undefined);
    click(alert?.querySelector('button'));
    await settle();
    expect(names(m.root)).toHaveLength(4);
  });

  it('updates live when an item is saved elsewhere', async () => {
    const { api, root } = await wishlist();
    await api.importJson(
      JSON.stringify({
        format: 'magpie-wishlist',
        version: 1,
        exportedAt: 1,
        items: [item(50, { name: 'Arrived Later', createdAt: Date.UTC(2026, 0, 1) })],
        history: [],
      }),
    );
    await settle();
    expect(names(root)[0]).toBe('Arrived Later');
  });
});
