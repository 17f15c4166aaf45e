import type { UrlRewriter } from './fetch-types';

/**
 * Test builds only: fetches of https://www.shop.com/path?q go to `${origin}/retail/www.shop.com/path?q`,
 * and answers from there read as coming from the real shop, so the resolver's logic (redirect
 * checks, canonical URLs, same-shop search) runs unchanged against the fixture retail web.
 */
export function retailRewriter(origin: string): UrlRewriter {
  const base = new URL(origin).origin;
  const prefix = `${base}/retail/`;
  return {
    toFetch(url) {
      const u = new URL(url);
      if (u.origin === base) return url;
      return `${prefix}${u.host}${u.pathname}${u.search}`;
    },
    fromFetched(url) {
      return url.startsWith(prefix) ? `https://${url.slice(prefix.length)}` : url;
    },
  };
}
