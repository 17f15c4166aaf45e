// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { handleMenuClick, MENU_IDS, type MenuDeps } from '@/lib/background/context-menu';
import { imageInput, linkInput, nameFromUrl, pageInput } from '@/lib/background/context-menu-input';
import type { SaveItemInput } from '@/lib/db/types';
import type { TabView } from '@/lib/protocol';
import { sampleTabView } from '@/lib/api/mock-data';

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
  it('a link keeps the original link to open and names the shop', () => {
    const input = linkInput('https://www.net-a-porter.com/en-gb/shop/product/toteme/coat/1647', 'Toteme coat', { url: tab.url, title: 'Coats' }, null)!;
    expect(input).toMatchObject({ source: 'link', name: 'Toteme coat', retailer: 'Net-a-Porter', mentionUrl: 'https://www.net-a-porter.com/en-gb/shop/product/toteme/coat/1647', articleUrl: tab.url });
  });

  it('a link resolved to a listing takes its title, price and stock', () => {
    const listing = { title: 'Signature wool coat', brand: 'Toteme', price: 890, currency: 'GBP', availability: 'InStock' as const, image: 'https://cdn.example/c.jpg', url: 'https://www.net-a-porter.com/p/1647' };
    const input = linkInput('https://www.net-a-porter.com/p/1647?utm_source=x', null, { url: null, title: null }, listing)!;
    expect(input).toMatchObject({ name: 'Signature wool coat', brand: 'Toteme', listingUrl: listing.url, currentPrice: 890, currency: 'GBP', availability: 'InStock', image: listing.image });
  });

  it('rejects links that are not http(s)', () => {
    expect(linkInput('javascript:alert(1)', 'x', { url: null, title: null }, null)).toBeNull();
  });

  it('an image without alt text is named after the page and its file', () => {
    const input = imageInput('https://cdn.example/img/look-3.jpg', null, { url: tab.url, title: 'Autumn looks' })!;
    expect(input).toMatchObject({ source: 'image', name: 'Image from Autumn looks (look-3.jpg)', image: 'https://cdn.example/img/look-3.jpg', articleUrl: tab.url });
    expect(imageInput('https://cdn.example/a.jpg', 'Red scarf', { url: null, title: null })?.name).toBe('Red scarf');
    expect(imageInput('data:image/png;base64,AAAA', null, { url: null, title: null })).toBeNull();
  });

  it('a page is named by its title; a shop page is its own listing', () => {
    expect(pageInput({ url: tab.url, title: '  The   edit ' })).toMatchObject({ source: 'page', name: 'The edit', listingUrl: null });
    expect(pageInput({ url: 'https://www.net-a-porter.com/en-gb/shop/product/x/1', title: 'Coat' })).toMatchObject({ retailer: 'Net-a-Porter', listingUrl: 'https://www.net-a-porter.com/en-gb/shop/product/x/1' });
    expect(pageInput({ url: 'about:blank', title: 'x' })).toBeNull();
  });
});

describe('handleMenuClick', () => {
  it('saves the page’s mention when the clicked link is one', async () => {
    const view = sampleTabView();
    const { d, saved } = deps(view);
    const id = await handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: view.mentions[1]!.url! }, tab, d);
    expect(id).toBe('id-1');
    expect(saved[0]).toMatchObject({ name: 'Shirley Leather Bag', brand: 'Staud', source: 'article' });
    expect(d.resolveLink).not.toHaveBeenCalled();
    expect(d.push).toHaveBeenCalledWith(3);
  });

  it('resolves any other link, falling back to the link itself', async () => {
    const { d, saved } = deps(sampleTabView());
    await handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'https://shop.example/products/linen-shirt', linkText: 'this shirt' }, tab, d);
    expect(d.resolveLink).toHaveBeenCalledWith('https://shop.example/products/linen-shirt', 'this shirt', null);
    expect(saved[0]).toMatchObject({ source: 'link', name: 'this shirt', mentionUrl: 'https://shop.example/products/linen-shirt', retailer: 'shop.example' });
  });

  it('saves an image with the page’s product when the page has exactly one', async () => {
    const { d, saved } = deps(oneProduct());
    await handleMenuClick({ menuItemId: MENU_IDS.image, srcUrl: 'https://cdn.example/p.jpg' }, tab, d);
    expect(saved[0]).toMatchObject({ name: 'Le Chiquito Mini Bag', source: 'page', image: 'https://www.net-a-porter.com/variants/images/1234/in/w920_q60.jpg' });
  });

  it('saves an image as itself on a page with several products', async () => {
    const { d, saved } = deps(sampleTabView());
    await handleMenuClick({ menuItemId: MENU_IDS.image, srcUrl: 'https://cdn.example/p.jpg' }, tab, d);
    expect(saved[0]).toMatchObject({ source: 'image', image: 'https://cdn.example/p.jpg', articleTitle: 'The best micro bags of the season' });
  });

  it('saves the page’s product, or the page', async () => {
    const one = deps(oneProduct());
    await handleMenuClick({ menuItemId: MENU_IDS.page, pageUrl: tab.url }, tab, one.d);
    expect(one.saved[0]).toMatchObject({ name: 'Le Chiquito Mini Bag', source: 'page' });
    const none = deps(null);
    await handleMenuClick({ menuItemId: MENU_IDS.page, pageUrl: tab.url }, tab, none.d);
    expect(none.saved[0]).toMatchObject({ source: 'page', name: 'Tab title', articleUrl: tab.url });
  });

  it('saves nothing for unknown menu items or missing targets', async () => {
    const { d, saved } = deps(null);
    expect(await handleMenuClick({ menuItemId: 'other' }, tab, d)).toBeNull();
    expect(await handleMenuClick({ menuItemId: MENU_IDS.link }, tab, d)).toBeNull();
    expect(saved).toHaveLength(0);
  });
});
