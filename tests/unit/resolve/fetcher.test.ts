// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startFixtureServer, type FixtureServer, type RouteHandler } from '../../fixture-server';
import { CASES, createRetailWeb, retailPath, type RetailWeb } from '../../fixtures/retail-web/routes';
import { createFetcher, type FetcherOptions } from '@/lib/resolve/fetch/fetcher';
import { retailRewriter } from '@/lib/resolve/fetch/retail-origin';

let server: FixtureServer;
let web: RetailWeb;
// The counting server: how many requests are open, per shop and overall, and the most seen.
const open = new Map<string, number>();
let openTotal = 0;
const most = { total: 0, perHost: new Map<string, number>() };
const seenHeaders: Record<string, string | string[] | undefined>[] = [];

function countingRoute(host: string): RouteHandler {
  return (_req: IncomingMessage, res: ServerResponse) => {
    open.set(host, (open.get(host) ?? 0) + 1);
    openTotal++;
    most.total = Math.max(most.total, openTotal);
    most.perHost.set(host, Math.max(most.perHost.get(host) ?? 0, open.get(host) ?? 0));
    setTimeout(() => {
      open.set(host, (open.get(host) ?? 1) - 1);
      openTotal--;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>ok</p>');
    }, 150);
  };
}

const HOSTS = Array.from({ length: 10 }, (_, i) => `www.shop${i}.com`);

beforeAll(async () => {
  web = createRetailWeb({ slowMs: 3000 });
  const routes: Record<string, RouteHandler> = { ...web.routes };
  for (const host of HOSTS) for (let n = 0; n < 8; n++) routes[`/retail/${host}/item/${n}`] = countingRoute(host);
  routes['/retail/www.echo-shop.com/headers'] = (req, res) => {
    seenHeaders.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  };
  let dupes = 0;
  routes['/retail/www.echo-shop.com/once'] = (_req, res) => {
    dupes++;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<p>${dupes}</p>`);
    }, 50);
  };
  server = await startFixtureServer({ root: 'tests/fixtures/retail-web/pages', routes });
});
afterAll(() => server.close());

const fetcherFor = (opts: FetcherOptions = {}) =>
  createFetcher({ rewrite: retailRewriter(server.url), policy: { allowTestHost: true }, ...opts });

describe('fetcher: pages and redirects', () => {
  it('fetches a shop page and reports the final URL as the shop’s, after a redirect', async () => {
    const out = await fetcherFor().get('https://www.zara.com/us/en/embossed-messenger-bag-p16307204.html', {
      kind: 'html',
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.page.url).toBe('https://www.zara.com/us/en/embossed-crossbody-messenger-bag-p16307204.html');
    expect(out.page.text).toContain('product:price:amount');
    expect(out.page.contentType).toMatch(/^text\/html/);
  });

  it('asks with a fixed Accept header and sends neither cookies nor the article as Referer', async () => {
    const out = await fetcherFor().get('https://www.echo-shop.com/headers', { kind: 'json' });
    expect(out.ok).toBe(true);
    const h = seenHeaders.at(-1) ?? {};
    expect(h.accept).toBe('application/json,text/javascript;q=0.9');
    expect(h.referer).toBeUndefined();
    expect(h.cookie).toBeUndefined();
  });

  it('passes credentials: omit, referrerPolicy: no-referrer and redirect: follow to fetch', async () => {
    const fake = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response('<p>x</p>', { headers: { 'content-type': 'text/html' } }),
    );
    await createFetcher({ fetch: fake, policy: { allowTestHost: false } }).get('https://www.ssense.com/en-us', {
      kind: 'html',
    });
    expect(fake).toHaveBeenCalledTimes(1);
    const init = fake.mock.calls[0]?.[1];
    expect(init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      method: 'GET',
    });
  });

  it('reports an HTTP error status with the shop URL', async () => {
    const out = await fetcherFor().get(CASES.notFound, { kind: 'html' });
    expect(out).toEqual({ ok: false, failure: { kind: 'http', status: 404 }, url: CASES.notFound });
  });

  it('takes only HTML for a page and only JSON for data', async () => {
    expect(await fetcherFor().get(CASES.notHtml, { kind: 'html' })).toMatchObject({
      ok: false,
      failure: { kind: 'content-type', type: 'text/plain' },
    });
    expect(await fetcherFor().get('https://www.openingceremony.com/en-us/', { kind: 'json' })).toMatchObject({
      ok: false,
      failure: { kind: 'content-type', type: 'text/html' },
    });
  });
});

describe('fetcher: safety', () => {
  it('never calls fetch for a blocked URL', async () => {
    const fake = vi.fn(async () => new Response(''));
    const f = createFetcher({ fetch: fake, policy: { allowTestHost: false } });
    for (const u of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://[::ffff:127.0.0.1]/',
      'http://router/',
      'ftp://x.com/',
    ]) {
      expect(await f.get(u, { kind: 'html' })).toMatchObject({ ok: false, failure: { kind: 'blocked-url' } });
    }
    expect(fake).not.toHaveBeenCalled();
  });

  it('discards an answer that arrived through a redirect into a private address', async () => {
    const fake = vi.fn(async () => {
      const res = new Response('<p>router admin</p>', { headers: { 'content-type': 'text/html' } });
      Object.defineProperty(res, 'url', { value: 'http://192.168.1.1/admin' });
      return res;
    });
    const out = await createFetcher({ fetch: fake, policy: { allowTestHost: false } }).get(
      'https://www.shopbop.com/x',
      {
        kind: 'html',
      },
    );
    expect(out).toEqual({ ok: false, failure: { kind: 'redirect-blocked', why: 'private IPv4 address' } });
  });

  it('does not fetch an origin the reader has not granted', async () => {
    const fake = vi.fn(async () => new Response(''));
    const allowOrigin = vi.fn(async (origin: string) => origin === 'https://www.ssense.com');
    const f = createFetcher({ fetch: fake, policy: { allowTestHost: false }, allowOrigin });
    expect(await f.get('https://www.zara.com/us/', { kind: 'html' })).toEqual({
      ok: false,
      failure: { kind: 'no-permission', origin: 'https://www.zara.com' },
    });
    expect(fake).not.toHaveBeenCalled();
    expect(allowOrigin).toHaveBeenCalledWith('https://www.zara.com');
  });
});

describe('fetcher: limits', () => {
  it('keeps at most 2 requests open per shop', async () => {
    most.perHost.clear();
    most.total = 0;
    const f = fetcherFor();
    const hosts = HOSTS.slice(0, 3);
    const outs = await Promise.all(
      hosts.flatMap((h) => [0, 1, 2, 3, 4].map((n) => f.get(`https://${h}/item/${n}`, { kind: 'html' }))),
    );
    expect(outs.every((o) => o.ok)).toBe(true);
    for (const h of hosts) expect(most.perHost.get(h)).toBe(2);
    expect(most.total).toBe(6);
  });

  it('keeps at most 6 requests open in all', async () => {
    most.perHost.clear();
    most.total = 0;
    const f = fetcherFor();
    const outs = await Promise.all(HOSTS.map((h) => f.get(`https://${h}/item/7`, { kind: 'html' })));
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(most.total).toBe(6);
  });

  it('makes one request for concurrent asks of the same URL', async () => {
    const f = fetcherFor();
    const outs = await Promise.all(
      [1, 2, 3, 4, 5].map(() => f.get('https://www.echo-shop.com/once', { kind: 'html' })),
    );
    const texts = outs.map((o) => (o.ok ? o.page.text : ''));
    expect(new Set(texts)).toEqual(new Set(['<p>1</p>']));
    // Once settled, the next ask is a new request (the fetcher is not a cache).
    const again = await f.get('https://www.echo-shop.com/once', { kind: 'html' });
    expect(again.ok && again.page.text).toBe('<p>2</p>');
  });

  it('lets one asker give up without cancelling the request for the others', async () => {
    const f = fetcherFor();
    const c = new AbortController();
    const a = f.get('https://www.shop9.com/item/1', { kind: 'html', signal: c.signal });
    const b = f.get('https://www.shop9.com/item/1', { kind: 'html' });
    c.abort();
    expect(await a).toEqual({ ok: false, failure: { kind: 'aborted' } });
    expect((await b).ok).toBe(true);
  });

  it('times out a slow shop', async () => {
    const t0 = Date.now();
    const out = await fetcherFor({ timeoutMs: 200 }).get(CASES.slow, { kind: 'html' });
    expect(out).toEqual({ ok: false, failure: { kind: 'timeout', ms: 200 } });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('stops reading a streamed body past the 5 MB cap', async () => {
    const out = await fetcherFor().get(CASES.huge, { kind: 'html' });
    expect(out).toMatchObject({ ok: false, failure: { kind: 'too-large', maxBytes: 5 * 1024 * 1024 } });
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const out = await fetcherFor().get(CASES.hugeDeclared, { kind: 'html' });
    expect(out).toMatchObject({ ok: false, failure: { kind: 'too-large' } });
  });

  it('applies a smaller cap to an ordinary page', async () => {
    const out = await fetcherFor({ maxBytes: 500 }).get('https://www.openingceremony.com/en-us/', { kind: 'html' });
    expect(out).toMatchObject({ ok: false, failure: { kind: 'too-large', maxBytes: 500 } });
  });
});

describe('fetcher: retries', () => {
  function scripted(statuses: { status: number; retryAfter?: string }[]) {
    let i = 0;
    return vi.fn(async () => {
      const s = statuses[Math.min(i++, statuses.length - 1)] ?? { status: 200 };
      return new Response(s.status === 200 ? '<p>ok</p>' : 'busy', {
        status: s.status,
        headers: { 'content-type': 'text/html', ...(s.retryAfter ? { 'retry-after': s.retryAfter } : {}) },
      });
    });
  }
  const base = { policy: { allowTestHost: false }, random: () => 0.5 };

  it('waits as long as Retry-After says (seconds), then succeeds', async () => {
    const waits: number[] = [];
    const fake = scripted([{ status: 429, retryAfter: '2' }, { status: 200 }]);
    const f = createFetcher({ ...base, fetch: fake, sleep: async (ms) => void waits.push(ms) });
    expect((await f.get('https://www.ssense.com/p', { kind: 'html' })).ok).toBe(true);
    expect(waits).toEqual([2000]);
    expect(fake).toHaveBeenCalledTimes(2);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const now = Date.parse('2024-06-01T12:00:00Z');
    const waits: number[] = [];
    const fake = scripted([{ status: 503, retryAfter: 'Sat, 01 Jun 2024 12:00:05 GMT' }, { status: 200 }]);
    const f = createFetcher({ ...base, fetch: fake, now: () => now, sleep: async (ms) => void waits.push(ms) });
    expect((await f.get('https://www.ssense.com/p', { kind: 'html' })).ok).toBe(true);
    expect(waits).toEqual([5000]);
  });

  it('backs off exponentially with jitter when no Retry-After is given, and gives up after 2 retries', async () => {
    const waits: number[] = [];
    const fake = scripted([{ status: 503 }]);
    const f = createFetcher({ ...base, fetch: fake, backoffBaseMs: 400, sleep: async (ms) => void waits.push(ms) });
    expect(await f.get('https://www.ssense.com/p', { kind: 'html' })).toEqual({
      ok: false,
      failure: { kind: 'http', status: 503 },
    });
    // random() = 0.5 → 3/4 of the ceiling: 400·2^0 and 400·2^1.
    expect(waits).toEqual([300, 600]);
    expect(fake).toHaveBeenCalledTimes(3);
  });

  it('does not wait for a Retry-After beyond the cap', async () => {
    const sleep = vi.fn(async () => undefined);
    const fake = scripted([{ status: 429, retryAfter: '3600' }]);
    const f = createFetcher({ ...base, fetch: fake, sleep });
    expect(await f.get('https://www.ssense.com/p', { kind: 'html' })).toEqual({
      ok: false,
      failure: { kind: 'http', status: 429 },
    });
    expect(sleep).not.toHaveBeenCalled();
    expect(fake).toHaveBeenCalledTimes(1);
  });

  it('gets the page after a real 429 with Retry-After: 1', async () => {
    const t0 = Date.now();
    const out = await fetcherFor().get(CASES.busy, { kind: 'html' });
    expect(out.ok).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(web.hits.get(retailPath(CASES.busy))).toBe(2);
  });

  it('stops waiting when the caller gives up', async () => {
    const fake = scripted([{ status: 429, retryAfter: '20' }]);
    const c = new AbortController();
    const f = createFetcher({ ...base, fetch: fake });
    const p = f.get('https://www.ssense.com/p', { kind: 'html', signal: c.signal });
    setTimeout(() => c.abort(), 20);
    expect(await p).toEqual({ ok: false, failure: { kind: 'aborted' } });
  });
});
