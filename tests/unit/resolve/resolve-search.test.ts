// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMention } from '@/lib/resolve/resolver';
import { SEARCH_STRATEGIES, planSearch } from '@/lib/resolve/strategies/shop-search';
import type { Mention } from '@/lib/detect/types';
import { startRetailHarness, type RetailHarness } from './harness';

let h: RetailHarness;
beforeAll(async () => {
  h = await startRetailHarness();
});
afterAll(() => h.server.close());

const mention = (brand: string | null, name: string, retailer: string | null, url: string | null = null): Mention => ({
  brand,
  name,
  price: null,
  retailer,
  url,
});

/** Paths the fixture web served during `run`, to check where mention text went. */
async function served<T>(run: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
  const before = new Map(h.web.hits);
  const result = await run();
  const paths = [...h.web.hits].filter(([p, n]) => n > (before.get(p) ?? 0)).map(([p]) => p);
  return { result, paths };
}

describe('Shopify stores (no link)', () => {
  it('finds a product through suggest.json and reads it from products/HANDLE.js', async () => {
    const { result, paths } = await served(() =>
      resolveMention(mention('Mansur Gavriel', 'Mini Mini Calf Leather Sun Bag', 'Mansur Gavriel'), h.deps()),
    );
    expect(result).toMatchObject({
      status: 'resolved',
      listing: {
        title: 'Mini Mini Sun Bag',
        brand: 'Mansur Gavriel',
        price: 495,
        currency: 'USD',
        availability: 'InStock',
        image: 'https://cdn.shopify.com/s/files/1/1122/3344/products/MiniMiniSunBag_Blu_1.jpg?v=1700000000',
        url: 'https://www.mansurgavriel.com/products/mini-mini-sun-bag-blu',
      },
    });
    expect(paths.every((p) => p.startsWith('/retail/www.mansurgavriel.com/'))).toBe(true);
    expect(paths).toContain('/retail/www.mansurgavriel.com/products/mini-mini-sun-bag-blu.js');
    expect(paths).toContain('/retail/www.mansurgavriel.com/cart.js');
  });

  it('drops a trailing colour from the query when the full name finds nothing', async () => {
    const s = await resolveMention(mention('Cult Gaia', "Gaia's Ark Mini in Natural", 'Cult Gaia'), h.deps());
    expect(s).toMatchObject({ status: 'resolved', listing: { title: "Gaia's Ark Mini - Natural", price: 158 } });
  });

  it('picks the product, not its sibling in another colour', async () => {
    const s = await resolveMention(mention('Shrimps', 'Antonia Bag Black', 'Shrimps'), h.deps());
    expect(s).toMatchObject({
      status: 'resolved',
      listing: { title: 'Antonia Bag Black', availability: 'OutOfStock' },
    });
  });

  it('is not-found with the store’s search page when nothing matches', async () => {
    const s = await resolveMention(mention('Shrimps', 'Velvet Opera Coat', 'Shrimps'), h.deps());
    expect(s).toEqual({ status: 'not-found', searchUrl: 'https://www.shrimps.co.uk/search?q=Velvet%20Opera%20Coat' });
  });

  it('searches the host the article linked when that link is gone', async () => {
    const s = await resolveMention(
      mention('Shrimps', 'Velvet Opera Coat', 'Shrimps', 'https://www.shrimps.com/product/antonia-bag-cream/'),
      h.deps(),
    );
    expect(s).toEqual({ status: 'not-found', searchUrl: 'https://www.shrimps.com/search?q=Velvet%20Opera%20Coat' });
  });
});

describe('server-rendered search pages (no link)', () => {
  it('reads the results, fetches the best candidates and keeps the matching product', async () => {
    const { result, paths } = await served(() =>
      resolveMention(mention('Sophie Hulme', 'Black Nano Milner Crossbody Bag', 'SSENSE'), h.deps()),
    );
    expect(result).toMatchObject({
      status: 'resolved',
      listing: {
        title: 'Black Nano Milner Crossbody Bag',
        brand: 'Sophie Hulme',
        price: 255,
        url: 'https://www.ssense.com/en-us/women/product/sophie-hulme/black-nano-milner-crossbody-bag/2667579',
      },
    });
    // Mention text went to the mention's own shop and nowhere else; at most 3 candidates were read.
    expect(paths.every((p) => p.startsWith('/retail/www.ssense.com/'))).toBe(true);
    expect(paths.filter((p) => p.includes('/product/')).length).toBeLessThanOrEqual(3);
  });

  it('does not take another brand’s product with a similar name', async () => {
    const s = await resolveMention(mention('Sophie Hulme', 'Yellow Mini Moon Crossbody Bag', 'SSENSE'), h.deps());
    expect(s).toEqual({
      status: 'not-found',
      searchUrl: 'https://www.ssense.com/en-us/search?q=Sophie%20Hulme%20Yellow%20Mini%20Moon%20Crossbody%20Bag',
    });
  });

  it('is not-found with the search URL when the results hold no match', async () => {
    const s = await resolveMention(mention('Sophie Hulme', 'Lilac Cylinder Tote', 'SSENSE'), h.deps());
    expect(s).toMatchObject({
      status: 'not-found',
      searchUrl: expect.stringContaining('https://www.ssense.com/en-us/search?q='),
    });
  });
});

describe('searches that cannot be run as planned', () => {
  it('is not-found (with the shop’s search page) when a shop’s Shopify endpoints are not there', async () => {
    const deps = h.deps();
    const s = await resolveMention(mention('Acne Studios', 'Musubi Bag', 'Old Shop'), {
      ...deps,
      shopByName: () => ({ name: 'Old Shop', domains: ['openingceremony.com'], platform: 'shopify' }),
    });
    expect(s).toEqual({
      status: 'not-found',
      searchUrl: 'https://www.openingceremony.com/search?q=Acne%20Studios%20Musubi%20Bag',
    });
  });

  it('says the shop blocked the check when its search page is a bot wall', async () => {
    const deps = h.deps();
    const s = await resolveMention(mention('Zara', 'Bag', 'Walled Shop'), {
      ...deps,
      shopByName: () => ({
        name: 'Walled Shop',
        domains: ['zara.com'],
        searchUrl: 'https://www.zara.com/us/en/blocked-bag-p00000001.html?q={q}',
      }),
    });
    expect(s).toEqual({
      status: 'unavailable',
      reason: 'The shop blocked the automatic check — open it to see the price',
    });
  });
});

describe('shops Magpie cannot search', () => {
  it('is not-found without a search URL, and asks no one', async () => {
    const noSearch = { ...h.deps(), shopByName: () => ({ name: 'Mango', domains: ['mango.com'] }) };
    const { result, paths } = await served(() =>
      resolveMention(mention('Mango', 'Bamboo Coffer Bag', 'Mango'), noSearch),
    );
    expect(result).toEqual({ status: 'not-found', searchUrl: null });
    expect(paths).toEqual([]);
  });

  it('sends an unknown shop’s mention nowhere', async () => {
    const { result, paths } = await served(() =>
      resolveMention(mention('Khaite', 'Bobbi Bag', 'A Boutique Nobody Knows'), h.deps()),
    );
    expect(result).toEqual({ status: 'not-found', searchUrl: null });
    expect(paths).toEqual([]);
  });
});

describe('the search strategy registry', () => {
  // One fixture shop per registered strategy; a new strategy needs a case here and pages in the retail web.
  const cases: Record<string, Mention> = {
    shopify: mention('Shrimps', 'Antonia Bag Cream', 'Shrimps'),
    'search-page': mention('Sophie Hulme', 'Yellow Nano Milner Crossbody Bag', 'SSENSE'),
  };

  it('has a fixture case for every registered strategy', () => {
    expect(SEARCH_STRATEGIES.map((s) => s.name).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))(
    '%s plans the search for its shop and resolves the fixture product',
    async (name, m) => {
      const deps = h.deps();
      const shop = deps.shopByName(m.retailer!)!;
      const input = { mention: m, shop, trail: { link: null, landed: null }, texts: [m.name], deps };
      const strategy = SEARCH_STRATEGIES.find((s) => s.name === name)!;
      const plan = strategy.plan(input);
      expect(plan).not.toBeNull();
      const page = (u: string | null | undefined) => (u ? new URL(u).origin + new URL(u).pathname : null);
      expect(page(planSearch(m, shop, input.trail, deps)?.readerUrl)).toBe(page(plan?.readerUrl));
      expect(await plan!.run()).toMatchObject({ kind: 'resolved' });
      // The others decline this shop.
      for (const other of SEARCH_STRATEGIES.filter((s) => s !== strategy)) expect(other.plan(input)).toBeNull();
    },
  );
});
