// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMagpieDb, putCached } from '@/lib/db';
import { createFetcher } from '@/lib/resolve/fetch/fetcher';
import { dbCache } from '@/lib/resolve/db-cache';
import { defaultDeps } from '@/lib/resolve/default-deps';
import { retailRewriter } from '@/lib/resolve/fetch/retail-origin';
import { resolveMention, resolveMentions } from '@/lib/resolve/resolver';
import type { ResolveState } from '@/lib/protocol/resolve-state';
import type { Mention } from '@/lib/detect/types';
import { CASES, retailPath } from '../../fixtures/retail-web/routes';
import { startRetailHarness, type RetailHarness } from './harness';

let h: RetailHarness;
beforeAll(async () => {
  h = await startRetailHarness({ slowMs: 1500 });
});
afterAll(() => h.server.close());

const HAYWARD = 'https://www.modaoperandi.com/hayward-r18/corduroy-mini-shopper';
const hayward: Mention = {
  brand: 'Hayward',
  name: 'Corduroy Mini Shopper',
  price: null,
  retailer: 'Moda Operandi',
  url: HAYWARD,
};
const hits = (url: string) => h.web.hits.get(retailPath(url)) ?? 0;
let n = 0;

/** Deps sharing one named database, so a second run sees the first one's cache. */
function depsOn(dbName: string, allowed = true, timeoutMs = 5000) {
  const fetcher = createFetcher({
    rewrite: retailRewriter(h.server.url),
    policy: { allowTestHost: true },
    allowOrigin: async () => allowed,
    timeoutMs,
  });
  return defaultDeps(fetcher, { cache: dbCache(openMagpieDb(dbName)) });
}

describe('the listing cache', () => {
  it('serves a fresh outcome without asking the shop again', async () => {
    const db = `cache-${++n}`;
    const first = await resolveMention(hayward, depsOn(db));
    const before = hits(HAYWARD);
    const second = await resolveMention(hayward, depsOn(db));
    expect(second).toEqual(first);
    expect(hits(HAYWARD)).toBe(before);
  });

  it('asks again when forced', async () => {
    const db = `cache-${++n}`;
    await resolveMention(hayward, depsOn(db));
    const before = hits(HAYWARD);
    await resolveMention(hayward, depsOn(db), { force: true });
    expect(hits(HAYWARD)).toBe(before + 1);
  });

  it('serves a stale listing at once, then the refreshed one', async () => {
    const db = `cache-${++n}`;
    const old = {
      title: 'Corduroy Mini Shopper',
      brand: 'Hayward',
      price: 490,
      currency: 'USD',
      availability: 'InStock' as const,
      image: null,
      url: HAYWARD,
    };
    await putCached(HAYWARD, { status: 'resolved', listing: old, checkedAt: 1 }, 1, openMagpieDb(db));
    await new Promise((r) => setTimeout(r, 5));
    const stale: ResolveState[] = [];
    const s = await resolveMention(hayward, depsOn(db), { onStale: (x) => stale.push(x) });
    expect(stale).toMatchObject([{ status: 'resolved', listing: { price: 490 } }]);
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 350 } });
  });

  it('keeps the stale listing when the refresh cannot reach the shop', async () => {
    const db = `cache-${++n}`;
    const old = {
      title: 'Corduroy Mini Shopper',
      brand: 'Hayward',
      price: 490,
      currency: 'USD',
      availability: null,
      image: null,
      url: HAYWARD,
    };
    await putCached(HAYWARD, old, 1, openMagpieDb(db));
    await new Promise((r) => setTimeout(r, 5));
    const s = await resolveMention(hayward, depsOn(db, false));
    expect(s).toMatchObject({ status: 'resolved', listing: { price: 490 } });
  });

  it('remembers a product gone from its link for a while', async () => {
    const db = `cache-${++n}`;
    const gone: Mention = {
      brand: 'Theory',
      name: 'Gone Pouch',
      price: null,
      retailer: 'Net-a-Porter',
      url: CASES.notFound,
    };
    const first = await resolveMention(gone, depsOn(db));
    const before = hits(CASES.notFound);
    expect(await resolveMention(gone, depsOn(db))).toEqual(first);
    expect(hits(CASES.notFound)).toBe(before);
  });

  it('remembers a search miss', async () => {
    const db = `cache-${++n}`;
    const miss: Mention = { brand: 'Shrimps', name: 'Velvet Opera Coat', price: null, retailer: 'Shrimps', url: null };
    const suggest = () => h.web.hits.get('/retail/www.shrimps.co.uk/search/suggest.json') ?? 0;
    await resolveMention(miss, depsOn(db));
    const before = suggest();
    expect(await resolveMention(miss, depsOn(db))).toMatchObject({ status: 'not-found' });
    expect(suggest()).toBe(before);
  });

  it('does not remember a timeout', async () => {
    const db = `cache-${++n}`;
    const slow: Mention = {
      brand: 'Free People',
      name: 'Slow Loading Bag',
      price: null,
      retailer: 'Free People',
      url: CASES.slow,
    };
    const before = hits(CASES.slow);
    await resolveMention(slow, depsOn(db, true, 200));
    await resolveMention(slow, depsOn(db, true, 200));
    expect(hits(CASES.slow)).toBe(before + 2);
  });
});

describe('resolveMentions', () => {
  it('stops streaming once aborted', async () => {
    const c = new AbortController();
    const seen: [number, string][] = [];
    const slow: Mention = {
      brand: 'Free People',
      name: 'Slow Loading Bag',
      price: null,
      retailer: 'Free People',
      url: CASES.slow,
    };
    const p = resolveMentions([slow, hayward], h.deps({ cache: false, timeoutMs: 5000 }), {
      signal: c.signal,
      onState: (i, s) => {
        seen.push([i, s.status]);
        if (s.status === 'resolved') c.abort();
      },
    });
    const states = await p;
    expect(seen.filter(([, s]) => s !== 'pending')).toEqual([[1, 'resolved']]);
    expect(states[0]).toEqual({ status: 'unavailable', reason: 'The check was stopped' });
  });
});
