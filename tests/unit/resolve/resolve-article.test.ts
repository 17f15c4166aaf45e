// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMentions } from '@/lib/resolve/resolver';
import type { ResolveState } from '@/lib/protocol/resolve-state';
import type { Mention } from '@/lib/detect/types';
import { ARTICLE_CURRENT } from '../../fixtures/retail-web/article-pages';
import { startRetailHarness, type RetailHarness } from './harness';

// The detector's expected output for the article: 19 mentions, with the article's own (2018) links.
const expected = JSON.parse(readFileSync('tests/fixtures/articles/micro-purses-2018.expected.json', 'utf8')) as {
  mentions: Mention[];
};
const mentions = expected.mentions;

let h: RetailHarness;
beforeAll(async () => {
  h = await startRetailHarness();
});
afterAll(() => h.server.close());

describe('resolving micro-purses-2018 against the fixture retail web', () => {
  let states: ResolveState[];
  const streamed: [number, ResolveState['status']][] = [];

  beforeAll(async () => {
    states = await resolveMentions(mentions, h.deps(), { onState: (i, s) => streamed.push([i, s.status]) });
  }, 30_000);

  it('has the 19 mentions the article recommends', () => {
    expect(mentions).toHaveLength(19);
    expect(ARTICLE_CURRENT).toHaveLength(19);
  });

  it.each(mentions.map((m, i) => [i, `${m.brand} ${m.name}`] as const))(
    'resolves #%i %s to its current listing',
    (i) => {
      const state = states[i];
      const want = ARTICLE_CURRENT[i]!;
      expect(state?.status).toBe('resolved');
      if (state?.status !== 'resolved') return;
      expect(state.listing.price).toBe(want.price);
      expect(state.listing.currency).toBe(want.currency);
      expect(state.listing.availability).toBe(want.availability);
      expect(state.listing.image).toBe(want.image);
      expect(state.listing.url).toMatch(/^https:\/\/(?!127\.0\.0\.1)/);
      expect(state.checkedAt).toBeGreaterThan(Date.now() - 60_000);
    },
  );

  it('reports current prices, not the article’s 2018 ones', () => {
    const changed = states.filter((s, i) => s.status === 'resolved' && s.listing.price !== mentions[i]!.price?.amount);
    expect(changed.length).toBeGreaterThanOrEqual(10);
  });

  it('streams pending for every mention before any result', () => {
    const firstResult = streamed.findIndex(([, s]) => s !== 'pending');
    expect(
      streamed
        .slice(0, firstResult)
        .map(([i]) => i)
        .sort((a, b) => a - b),
    ).toEqual(mentions.map((_, i) => i));
    expect(streamed.filter(([, s]) => s === 'resolved')).toHaveLength(19);
  });

  it('went to the shops directly, never through the affiliate trackers', () => {
    const paths = [...h.web.hits.keys()];
    expect(paths.some((p) => p.includes('skimresources') || p.includes('redirectingat'))).toBe(false);
    expect(
      h.web.hits.get(
        '/retail/www.net-a-porter.com/en-us/shop/product/theory/bags/pouches/post-small-leather-trimmed-satin-pouch/1016843',
      ),
    ).toBe(1);
  });

  it('found Shrimps on its Shopify store after the article’s link had gone', () => {
    expect(h.web.hits.get('/retail/www.shrimps.com/product/antonia-bag-cream/')).toBe(1);
    expect(h.web.hits.get('/retail/www.shrimps.com/search/suggest.json')).toBeGreaterThanOrEqual(1);
    const s = states[8];
    expect(s?.status === 'resolved' && s.listing.url).toBe('https://www.shrimps.com/products/antonia-bag-cream');
  });
});
