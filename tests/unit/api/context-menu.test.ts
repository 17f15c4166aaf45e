// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { handleMenuClick, MENU_ID, type MenuDeps } from '@/lib/background/context-menu';
import { canonicalNames, linkInput, mentionIndexForLink, nameFromUrl } from '@/lib/background/context-menu-input';
import type { SaveItemInput } from '@/lib/db/types';
import type { TabView } from '@/lib/protocol';
import { sampleTabView } from '@/tests/support/mock-data';

function deps(view: TabView | null, listing: Awaited<ReturnType<MenuDeps['resolveLink']>> = null) {
  const saved: SaveItemInput[] = [];
  const d: MenuDeps = {
    loadView: async () => view,
    save: async (input) => {
      saved.push(input);
      return `id-${saved.length}`;
    },
    resolveLink: vi.fn(async () => listing),
    push: vi.fn(async () => {}),
  };
  return { d, saved };
}

const tab = { id: 3, title: 'Tab title', url: 'https://www.example-magazine.com/a' };
const oneProduct = (): TabView => {
  const v = sampleTabView();
  return { ...v, mentions: v.mentions.slice(0, 1), states: v.states.slice(0, 1), savedIds: [null] };
};

describe('nameFromUrl', () => {
  it('reads words from the path, skipping ids and extensions', () => {
    expect(nameFromUrl('https://shop.example/products/ribbed-wool-cardigan')).toBe('ribbed wool cardigan');
    expect(nameFromUrl('https://shop.example/p/silk-scarf-12345.html')).toBe('silk scarf');
    expect(nameFromUrl('https://shop.example/p/12345678')).toBeNull();
    expect(nameFromUrl('https://shop.example/')).toBeNull();
    expect(nameFromUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('menu inputs', () => {
  it('a link resolved to a listing takes its title, price and stock', () => {
    const listing = {
      title: 'Signature wool coat',
      brand: 'Toteme',
      price: 890,
      currency: 'GBP',
      availability: 'InStock' as const,
      image: 'https://cdn.example/c.jpg',
      url: 'https://www.net-a-porter.com/p/1647',
    };
    const input = linkInput(
      'https://www.net-a-porter.com/p/1647?utm_source=x',
      null,
      { url: null, title: null },
      listing,
    )!;
    expect(input).toMatchObject({
      name: 'Signature wool coat',
      brand: 'Toteme',
      listingUrl: listing.url,
      currentPrice: 890,
      currency: 'GBP',
      availability: 'InStock',
      image: listing.image,
    });
    expect(linkInput('javascript:alert(1)', 'x', { url: null, title: null }, listing)).toBeNull();
  });

  it('finds the article’s mention behind an affiliate wrapper', () => {
    const view = sampleTabView();
    const wrapped = `https://go.skimresources.com/?id=1X2&url=${encodeURIComponent(view.mentions[2]!.url!)}`;
    expect(mentionIndexForLink(view, wrapped)).toBe(2);
    expect(mentionIndexForLink(view, 'https://elsewhere.example/x')).toBeNull();
  });

  it('names brands and shops as the gazetteer does; a shop page’s product belongs to that shop', () => {
    expect(
      canonicalNames({ source: 'article', name: 'Pouch', brand: 'THEORY', retailer: 'NET-A-PORTER' }, null),
    ).toMatchObject({ brand: 'Theory', retailer: 'Net-a-Porter' });
    expect(
      canonicalNames(
        { source: 'page', name: 'Pouch', brand: 'Unknown Label', retailer: 'NAP shop' },
        'https://www.net-a-porter.com/en-us/shop/product/1',
      ),
    ).toMatchObject({ brand: 'Unknown Label', retailer: 'Net-a-Porter' });
  });
});

const click = (extra: Omit<Parameters<typeof handleMenuClick>[0], 'menuItemId'>) => ({ menuItemId: MENU_ID, ...extra });

describe('handleMenuClick', () => {
  it('saves the page’s mention when the clicked link is one, and says what was saved', async () => {
    const view = sampleTabView();
    const { d, saved } = deps(view);
    const out = await handleMenuClick(click({ linkUrl: view.mentions[1]!.url! }), tab, d);
    expect(out).toEqual({ saved: true, id: 'id-1', name: 'Staud Shirley Leather Bag' });
    expect(saved[0]).toMatchObject({ name: 'Shirley Leather Bag', brand: 'Staud', source: 'article' });
    expect(d.resolveLink).not.toHaveBeenCalled();
    expect(d.push).toHaveBeenCalledWith(3);
  });

  it('a linked picture saves the mention at that link, once', async () => {
    const view = sampleTabView();
    const { d, saved } = deps(view);
    const out = await handleMenuClick(
      click({ linkUrl: view.mentions[0]!.url!, srcUrl: 'https://mag.example/p.jpg' }),
      tab,
      d,
    );
    expect(out.saved).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'Le Chiquito Mini Bag', source: 'article' });
  });

  it('saves another link only when it leads to a product listing, else says nothing was found', async () => {
    const listing = {
      title: 'Linen shirt',
      brand: null,
      price: 80,
      currency: 'USD',
      availability: 'InStock' as const,
      image: null,
      url: 'https://shop.example/products/linen-shirt',
    };
    const shop = deps(sampleTabView(), listing);
    const out = await handleMenuClick(
      click({ linkUrl: 'https://shop.example/products/linen-shirt', linkText: 'this shirt' }),
      tab,
      shop.d,
    );
    expect(shop.d.resolveLink).toHaveBeenCalledWith('https://shop.example/products/linen-shirt', 'this shirt', null, 3);
    expect(out.saved).toBe(true);
    expect(shop.saved[0]).toMatchObject({ source: 'link', name: 'Linen shirt', listingUrl: listing.url });

    const junk = deps(sampleTabView(), null);
    const none = await handleMenuClick(click({ linkUrl: 'https://mag.example/tag/fanny-pack-belt-bag' }), tab, junk.d);
    expect(none).toEqual({ saved: false, reason: 'Magpie found no product at this link.' });
    expect(junk.saved).toHaveLength(0);
  });

  it('a picture saves the mention it stands beside, or the page’s only product, else nothing', async () => {
    const view = { ...sampleTabView(), images: [null, null, 'https://mag.example/ark.jpg', null, null] };
    const beside = deps(view);
    await handleMenuClick(click({ srcUrl: 'https://mag.example/ark.jpg' }), tab, beside.d);
    expect(beside.saved[0]).toMatchObject({ name: 'Ark Small Bag', image: 'https://mag.example/ark.jpg' });

    const one = deps(oneProduct());
    await handleMenuClick(click({ srcUrl: 'https://cdn.example/p.jpg' }), tab, one.d);
    expect(one.saved[0]).toMatchObject({ name: 'Le Chiquito Mini Bag', source: 'page' });

    const other = deps(view);
    expect(await handleMenuClick(click({ srcUrl: 'https://mag.example/hero.jpg' }), tab, other.d)).toEqual({
      saved: false,
      reason: 'Magpie found no product with this picture.',
    });
    expect(other.saved).toHaveLength(0);
  });

  it('the page saves its only product; a page without products, or with many, saves nothing and says why', async () => {
    const one = deps(oneProduct());
    expect((await handleMenuClick(click({ pageUrl: tab.url }), tab, one.d)).saved).toBe(true);
    expect(one.saved[0]).toMatchObject({ name: 'Le Chiquito Mini Bag', source: 'page' });

    const none = deps(null);
    expect(await handleMenuClick(click({ pageUrl: tab.url }), tab, none.d)).toEqual({
      saved: false,
      reason: 'Magpie found no product on this page.',
    });
    const many = deps(sampleTabView());
    const out = await handleMenuClick(click({ pageUrl: tab.url }), tab, many.d);
    expect(out.saved === false && out.reason).toContain('recommends 5 products');
    expect([...none.saved, ...many.saved]).toHaveLength(0);
  });

  it('saves nothing for unknown menu items', async () => {
    const { d, saved } = deps(oneProduct());
    expect((await handleMenuClick({ menuItemId: 'other' }, tab, d)).saved).toBe(false);
    expect(saved).toHaveLength(0);
  });
});
