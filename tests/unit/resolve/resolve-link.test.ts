// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMention } from '@/lib/resolve/resolver';
import { REASONS } from '@/lib/protocol/reasons';
import type { Mention } from '@/lib/detect/types';
import { CASES, retailPath } from '../../fixtures/retail-web/routes';
import { startRetailHarness, type RetailHarness } from './harness';

let h: RetailHarness;
beforeAll(async () => {
  h = await startRetailHarness({ slowMs: 2000 });
});
afterAll(() => h.server.close());

const mention = (url: string, brand: string, name: string, retailer: string | null = null): Mention => ({
  brand,
  name,
  price: { amount: 100, currency: 'USD' },
  retailer,
  url,
});

describe('a link that leads to the product', () => {
  it('follows an unknown affiliate wrapper’s redirect to the shop page', async () => {
    const m = mention(
      CASES.wrapper('https://www.modaoperandi.com/hayward-r18/corduroy-mini-shopper'),
      'Hayward',
      'Corduroy Mini Shopper',
    );
    const s = await resolveMention(m, h.deps());
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 350, brand: 'Hayward' } });
  });

  it('follows a shortener through a wrapper to the product (302 chain)', async () => {
    const s = await resolveMention(
      mention(CASES.shortener, 'Mackage', 'Shearling Rubie Crossbody Bag', 'Shopbop'),
      h.deps(),
    );
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 390, title: 'Shearling Rubie Crossbody Bag' } });
  });

  it('follows a link service’s meta-refresh interstitial', async () => {
    const s = await resolveMention(
      mention(CASES.interstitial, 'Furla', 'Metropolis Nuvola Mini Cross Body', 'Shopbop'),
      h.deps(),
    );
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 198, brand: 'Furla' } });
  });

  it('waits out a 429 with Retry-After and then reads the page', async () => {
    const s = await resolveMention(mention(CASES.busy, 'Topshop', 'Beaded Pearl Grab Bag', 'Topshop'), h.deps());
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 42 } });
    expect(h.web.hits.get(retailPath(CASES.busy))).toBe(2);
  });

  it('unwraps a known affiliate link offline and fetches only the shop', async () => {
    const target = 'https://www.modaoperandi.com/sensi-studio-r18/mini-mini-bucket-bag';
    const skim = `https://go.skimresources.com/?id=1X2&url=${encodeURIComponent(target)}`;
    const s = await resolveMention(mention(skim, 'Sensi Studio', 'Mini Mini Bucket Bag'), h.deps());
    expect(s.status).toBe('resolved');
    expect([...h.web.hits.keys()].some((p) => p.includes('skimresources'))).toBe(false);
  });
});

describe('a link that no longer leads to the product', () => {
  // Shops unknown to the resolver, so no search follows the link's failure: the reason itself is under test.
  const linkOnly = (opts: Parameters<RetailHarness['deps']>[0] = {}) => ({
    ...h.deps(opts),
    shopByName: () => null,
    shopByHost: () => null,
  });
  const cases: [string, Mention, string][] = [
    ['a 404', mention(CASES.notFound, 'Theory', 'Gone Pouch', 'Net-a-Porter'), REASONS.notFound(404)],
    ['a "page not found" page', mention(CASES.softNotFound, 'Mango', 'Sold Out Bag', 'Mango'), REASONS.notFoundPage],
    ['a 403 bot wall', mention(CASES.wall403, 'Zara', 'Blocked Bag', 'Zara'), REASONS.blocked],
    [
      'a 200 bot challenge page',
      mention(CASES.wall200, 'Free People', 'Challenge Bag', 'Free People'),
      REASONS.blocked,
    ],
    [
      'a redirect to the home page',
      mention(CASES.toHome, 'Acne Studios', 'Discontinued Bag', 'Opening Ceremony'),
      REASONS.home,
    ],
    ['a redirect to a category page', mention(CASES.toCategory, 'Staud', 'Old Bag', 'Shopbop'), REASONS.elsewhere],
    [
      'a redirect to another product',
      mention(CASES.toOtherProduct, 'Faith', 'Discontinued Bag', 'ASOS'),
      REASONS.otherProduct,
    ],
    ['an oversized page', mention(CASES.huge, 'Staud', 'Huge Page Bag', 'Shopbop'), REASONS.tooLarge(5 * 1024 * 1024)],
    ['a page that is not HTML', mention(CASES.notHtml, 'Mango', 'Feed', 'Mango'), REASONS.notAPage],
    ['a link to a private address', mention('http://192.168.0.10/bag', 'Mango', 'Bag', null), REASONS.unsafeUrl],
  ];

  it.each(cases)('says so for %s', async (_label, m, reason) => {
    expect(await resolveMention(m, linkOnly())).toEqual({ status: 'unavailable', reason });
  });

  it('times out a slow shop with the time in the reason', async () => {
    const s = await resolveMention(
      mention(CASES.slow, 'Free People', 'Slow Loading Bag', 'Free People'),
      linkOnly({ timeoutMs: 250 }),
    );
    expect(s).toEqual({ status: 'unavailable', reason: 'Timed out after 0.3 s' });
    expect(REASONS.timeout(10_000)).toBe('Timed out after 10 s');
  });

  it('says live checks are off when the reader has not granted the shop', async () => {
    const s = await resolveMention(
      mention(
        'https://www.zara.com/us/en/rigid-printed-minaudiere-p16340004.html',
        'Zara',
        'Rigid Printed Minaudière',
        'Zara',
      ),
      linkOnly({ allowOrigin: async () => false }),
    );
    expect(s).toEqual({ status: 'unavailable', reason: REASONS.noPermission });
  });

  it('never returns a listing of a different product the link now shows', async () => {
    const s = await resolveMention(
      mention(
        'https://www.asos.com/us/faith/faith-mini-buckle-cross-body-bag/prd/9215633',
        'Mango',
        'Bamboo Coffer Bag',
        'ASOS',
      ),
      linkOnly(),
    );
    expect(s).toEqual({ status: 'unavailable', reason: REASONS.otherProduct });
  });
});

describe('a gone link at a shop Magpie can search', () => {
  it('searches the shop and, finding nothing, offers its search page', async () => {
    const s = await resolveMention(mention(CASES.toOtherProduct, 'Faith', 'Discontinued Bag', 'ASOS'), {
      ...h.deps(),
      shopByName: () => ({ name: 'ASOS', domains: ['asos.com'], searchUrl: 'https://www.asos.com/search/?q={q}' }),
    });
    expect(s).toEqual({ status: 'not-found', searchUrl: 'https://www.asos.com/search/?q=Faith%20Discontinued%20Bag' });
  });

  it('keeps the link’s reason when the shop could not be asked', async () => {
    const s = await resolveMention(mention(CASES.wall403, 'Zara', 'Blocked Bag', 'Zara'), {
      ...h.deps(),
      shopByName: () => ({
        name: 'Zara',
        domains: ['zara.com'],
        searchUrl: 'https://www.zara.com/us/en/search?searchTerm={q}',
      }),
    });
    expect(s).toEqual({
      status: 'unavailable',
      reason: 'The shop blocked the automatic check — open it to see the price',
    });
  });
});
