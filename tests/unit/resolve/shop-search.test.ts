// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchTexts } from '@/lib/resolve/strategies/search-texts';
import { searchCandidates } from '@/lib/resolve/strategies/search-candidates';
import { parseCartCurrency, parseProductJs, parseSuggest, shopifyListing } from '@/lib/resolve/strategies/shopify-json';
import { shopOrigin } from '@/lib/resolve/strategies/shop-origin';
import type { ResolverDeps, ShopInfo } from '@/lib/resolve/deps';

describe('searchTexts', () => {
  it('puts the brand first at a multi-brand shop and leaves it out at the brand’s own', () => {
    expect(searchTexts({ brand: 'Sophie Hulme', name: 'Nano Milner Bag' }, 'SSENSE')).toEqual([
      'Sophie Hulme Nano Milner Bag',
    ]);
    expect(searchTexts({ brand: 'Shrimps', name: 'Antonia Cream Bag' }, 'Shrimps')).toEqual([
      'Antonia Cream Bag',
      'Antonia Bag',
    ]);
  });

  it('falls back to the name without its colour, then without materials', () => {
    expect(searchTexts({ brand: 'Cult Gaia', name: "Gaia's Ark Mini in Natural" }, 'Cult Gaia')).toEqual([
      "Gaia's Ark Mini in Natural",
      "Gaia's Ark Mini",
    ]);
    expect(searchTexts({ brand: 'Mansur Gavriel', name: 'Mini Mini Calf Leather Sun Bag' }, 'Mansur Gavriel')).toEqual([
      'Mini Mini Calf Leather Sun Bag',
      'Mini Mini Sun Bag',
    ]);
  });

  it('does not repeat a brand the name already starts with', () => {
    expect(searchTexts({ brand: 'Faith', name: 'Faith mini buckle bag' }, 'ASOS')[0]).toBe('Faith mini buckle bag');
  });
});

describe('shopOrigin', () => {
  const shrimps: ShopInfo = { name: 'Shrimps', domains: ['shrimps.co.uk'], platform: 'shopify' };
  const ssense: ShopInfo = { name: 'SSENSE', domains: ['ssense.com'] };
  const deps = (map: Record<string, ShopInfo>) =>
    ({
      shopByHost: (h: string) => map[h] ?? null,
      isShortener: (u: string) => u.includes('bit.ly'),
    }) as unknown as ResolverDeps;
  const old = 'https://www.shrimps.com/product/antonia-bag-cream/';

  it('searches the host the article linked directly when its page is gone', () => {
    expect(shopOrigin(shrimps, { link: old, landed: old }, deps({}))).toBe('https://www.shrimps.com');
  });

  it('searches where a link ended when the gazetteer says that host is the shop’s', () => {
    const trail = { link: 'https://bit.ly/x', landed: 'https://www.shrimps.co.uk/p' };
    expect(shopOrigin(shrimps, trail, deps({ 'www.shrimps.co.uk': shrimps }))).toBe('https://www.shrimps.co.uk');
  });

  it('never sends the query to a shortener, another shop, or a host it was redirected to', () => {
    expect(shopOrigin(shrimps, { link: 'https://bit.ly/x', landed: 'https://bit.ly/x' }, deps({}))).toBe(
      'https://www.shrimps.co.uk',
    );
    expect(
      shopOrigin(
        shrimps,
        { link: 'https://www.ssense.com/p', landed: 'https://www.ssense.com/p' },
        deps({ 'www.ssense.com': ssense }),
      ),
    ).toBe('https://www.shrimps.co.uk');
    expect(shopOrigin(shrimps, { link: old, landed: 'https://unknown-host.com/p' }, deps({}))).toBe(
      'https://www.shrimps.co.uk',
    );
    expect(shopOrigin(shrimps, { link: null, landed: null }, deps({}))).toBe('https://www.shrimps.co.uk');
  });
});

describe('Shopify JSON', () => {
  it('reads suggest.json hits and skips malformed ones', () => {
    const hits = parseSuggest({
      resources: {
        results: {
          products: [
            { title: 'Antonia Bag Cream', handle: 'antonia-bag-cream', vendor: 'Shrimps' },
            { title: 'No handle' },
            { title: 'Bad handle', handle: '../cart' },
            'junk',
          ],
        },
      },
    });
    expect(hits).toEqual([{ title: 'Antonia Bag Cream', handle: 'antonia-bag-cream', vendor: 'Shrimps' }]);
    expect(parseSuggest(null)).toEqual([]);
    expect(parseSuggest({ resources: { results: { products: 'x' } } })).toEqual([]);
  });

  it('turns a products/HANDLE.js document into a listing (cents → units, protocol-relative image)', () => {
    const p = parseProductJs({
      title: 'Mini Mini Sun Bag',
      handle: 'mini-mini-sun-bag-blu',
      vendor: 'Mansur Gavriel',
      price: 49500,
      variants: [{ available: false }, { available: true }],
      featured_image: '//cdn.shopify.com/s/files/1/x.jpg?v=1',
      url: '/products/mini-mini-sun-bag-blu',
    });
    expect(p).not.toBeNull();
    expect(shopifyListing(p!, 'https://www.mansurgavriel.com', 'USD')).toEqual({
      title: 'Mini Mini Sun Bag',
      brand: 'Mansur Gavriel',
      price: 495,
      currency: 'USD',
      availability: 'InStock',
      image: 'https://cdn.shopify.com/s/files/1/x.jpg?v=1',
      url: 'https://www.mansurgavriel.com/products/mini-mini-sun-bag-blu',
    });
  });

  it('rejects documents that are not products and values that are not prices', () => {
    expect(parseProductJs({ handle: 'x' })).toBeNull();
    expect(parseProductJs([])).toBeNull();
    expect(parseProductJs({ title: 'T', handle: 'h', price: -5, image: 'javascript:alert(1)' })?.price).toBeNull();
    const p = parseProductJs({ title: 'T', handle: 'h', featured_image: 'javascript:alert(1)' });
    expect(shopifyListing(p!, 'https://s.com', null).image).toBeNull();
  });

  it('reads the cart currency only when it is a currency code', () => {
    expect(parseCartCurrency({ currency: 'GBP' })).toBe('GBP');
    expect(parseCartCurrency({ currency: 'pounds' })).toBeNull();
    expect(parseCartCurrency(null)).toBeNull();
  });
});

describe('searchCandidates', () => {
  const html = `<html><body>
    <header><a href="/">Home</a> <a href="/en-us/account/login">Login</a> <a href="https://evil.example/p/1">Sophie Hulme Nano Milner</a></header>
    <div class="grid">
      <a href="/en-us/women/product/sophie-hulme/black-nano-milner-crossbody-bag/2"><img alt="Sophie Hulme - Black Nano Milner Crossbody Bag"></a>
      <a href="/en-us/women/product/sophie-hulme/black-nano-milner-crossbody-bag/2"><span>Black Nano Milner Crossbody Bag</span><span>$255</span></a>
      <a href="/en-us/women/product/staud/yellow-moon-bag/3">STAUD Yellow Moon Bag $195</a>
      <a href="/en-us/women/product/sophie-hulme/pink-cylinder-bag/4#reviews">Sophie Hulme Pink Cylinder Bag</a>
    </div></body></html>`;

  it('ranks the shop’s own product links by how well they match, one entry per product', () => {
    const got = searchCandidates(
      html,
      'https://www.ssense.com/en-us/search?q=x',
      { brand: 'Sophie Hulme', name: 'Black Nano Milner Crossbody Bag' },
      3,
    );
    expect(got[0]).toBe('https://www.ssense.com/en-us/women/product/sophie-hulme/black-nano-milner-crossbody-bag/2');
    expect(got).not.toContain('https://evil.example/p/1');
    expect(got.some((u) => u.includes('/account/'))).toBe(false);
    expect(new Set(got).size).toBe(got.length);
  });

  it('returns nothing from a page without a fitting link', () => {
    expect(searchCandidates('<p>No results</p>', 'https://www.ssense.com/s', { brand: null, name: 'Bag' }, 3)).toEqual(
      [],
    );
  });
});
