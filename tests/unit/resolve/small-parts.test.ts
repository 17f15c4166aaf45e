// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLimiter } from '@/lib/resolve/fetch/limiter';
import { backoffMs, parseRetryAfter } from '@/lib/resolve/fetch/retry-after';
import { readCapped } from '@/lib/resolve/fetch/read-body';
import { retailRewriter } from '@/lib/resolve/fetch/retail-origin';
import { isResolveState, storableState } from '@/lib/protocol/resolve-state';
import { reasonForFailure } from '@/lib/resolve/reasons';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-06-01T12:00:00Z');
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Sat, 01 Jun 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 01 Jun 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-1', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('backs off within [ceiling/2, ceiling) for each attempt', () => {
    expect(backoffMs(0, 500, () => 0)).toBe(250);
    expect(backoffMs(1, 500, () => 0.999)).toBeLessThan(1000);
    expect(backoffMs(2, 500, () => 0)).toBe(1000);
  });
});

describe('createLimiter', () => {
  it('queues past the per-host limit and lets other hosts through', async () => {
    const lim = createLimiter(1, 2);
    const a1 = await lim.acquire('a');
    let a2Granted = false;
    const a2 = lim.acquire('a').then((r) => ((a2Granted = true), r));
    const b1 = await lim.acquire('b');
    await Promise.resolve();
    expect(a2Granted).toBe(false);
    a1();
    (await a2)();
    expect(a2Granted).toBe(true);
    b1();
  });

  it('drops a queued ask when its signal aborts', async () => {
    const lim = createLimiter(1, 1);
    const r = await lim.acquire('a');
    const c = new AbortController();
    const queued = lim.acquire('a', c.signal);
    c.abort(new Error('gone'));
    await expect(queued).rejects.toThrow('gone');
    r();
    const next = await lim.acquire('a');
    next();
    next(); // releasing twice is harmless
    (await lim.acquire('a'))();
  });
});

describe('readCapped', () => {
  it('decodes the declared charset', async () => {
    const body = new Uint8Array([0x63, 0x61, 0x66, 0xe9]); // "café" in latin1
    const res = new Response(body, { headers: { 'content-type': 'text/html; charset=ISO-8859-1' } });
    expect(await readCapped(res, 100)).toBe('café');
  });

  it('falls back to UTF-8 for an unknown charset', async () => {
    const res = new Response('naïve', { headers: { 'content-type': 'text/html; charset=x-nonsense' } });
    expect(await readCapped(res, 100)).toBe('naïve');
  });

  it('stops at the cap', async () => {
    expect(await readCapped(new Response('x'.repeat(101)), 100)).toBe('too-large');
    expect(await readCapped(new Response('x'.repeat(100)), 100)).toBe('x'.repeat(100));
  });
});

describe('retailRewriter', () => {
  const r = retailRewriter('http://127.0.0.1:8123');
  it('maps a shop URL onto the fixture web and back', () => {
    const local = r.toFetch('https://www.zara.com/us/en/x.html?v=1');
    expect(local).toBe('http://127.0.0.1:8123/retail/www.zara.com/us/en/x.html?v=1');
    expect(r.fromFetched(local)).toBe('https://www.zara.com/us/en/x.html?v=1');
    expect(r.toFetch('http://127.0.0.1:8123/retail/a.com/')).toBe('http://127.0.0.1:8123/retail/a.com/');
    expect(r.fromFetched('https://elsewhere.com/')).toBe('https://elsewhere.com/');
  });
});

describe('isResolveState', () => {
  const listing = {
    title: 'Bag',
    brand: null,
    price: 10,
    currency: 'USD',
    availability: 'InStock',
    image: null,
    url: 'https://s.com/p',
  };
  it('accepts the four states', () => {
    expect(isResolveState({ status: 'pending' })).toBe(true);
    expect(isResolveState({ status: 'resolved', listing, checkedAt: 1 })).toBe(true);
    expect(isResolveState({ status: 'unavailable', reason: 'x' })).toBe(true);
    expect(isResolveState({ status: 'not-found', searchUrl: null })).toBe(true);
  });

  it('rejects malformed or hostile ones', () => {
    expect(
      isResolveState({ status: 'resolved', listing: { ...listing, url: 'javascript:alert(1)' }, checkedAt: 1 }),
    ).toBe(false);
    expect(isResolveState({ status: 'resolved', listing: { ...listing, availability: 'Maybe' }, checkedAt: 1 })).toBe(
      false,
    );
    expect(isResolveState({ status: 'resolved', listing, checkedAt: NaN })).toBe(false);
    expect(isResolveState({ status: 'not-found', searchUrl: 'data:text/html,x' })).toBe(false);
    expect(isResolveState({ status: 'unavailable', reason: 'x'.repeat(501) })).toBe(false);
    expect(isResolveState({ status: 'done' })).toBe(false);
    expect(isResolveState(null)).toBe(false);
  });
});

describe('storableState', () => {
  it('cuts a hostile listing down to what reads back valid', () => {
    const hostile = {
      status: 'resolved' as const,
      listing: {
        title: 'x'.repeat(5000),
        brand: 'b'.repeat(400),
        price: -1,
        currency: 'usd',
        availability: 'Maybe' as never,
        image: 'javascript:alert(1)',
        url: 'https://s.com/p',
      },
      checkedAt: 5,
    };
    const s = storableState(hostile);
    expect(isResolveState(s)).toBe(true);
    expect(s).toMatchObject({
      listing: { price: null, currency: null, availability: null, image: null, url: 'https://s.com/p' },
    });
    expect(s.status === 'resolved' && s.listing.title?.length).toBe(1000);
    expect(isResolveState(storableState({ status: 'unavailable', reason: 'r'.repeat(900) }))).toBe(true);
    expect(storableState({ status: 'not-found', searchUrl: 'data:x' })).toEqual({
      status: 'not-found',
      searchUrl: null,
    });
  });
});

describe('reasonForFailure', () => {
  it('puts every HTTP failure in reader’s words', () => {
    expect(reasonForFailure({ kind: 'http', status: 404 })).toBe('The shop page could not be found (404)');
    expect(reasonForFailure({ kind: 'http', status: 410 })).toBe('The shop page could not be found (410)');
    expect(reasonForFailure({ kind: 'http', status: 403 })).toBe(
      'The shop blocked the automatic check — open it to see the price',
    );
    expect(reasonForFailure({ kind: 'http', status: 429 })).toMatch(/slow down/);
    expect(reasonForFailure({ kind: 'http', status: 502 })).toMatch(/\(502\)/);
    expect(reasonForFailure({ kind: 'http', status: 418 })).toMatch(/\(418\)/);
  });
});
