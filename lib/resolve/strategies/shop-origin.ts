import type { ResolverDeps, ShopInfo } from '../deps';
import type { LinkTrail } from './search-types';

const hostOf = (u: string | null) => {
  try {
    return u ? new URL(u).host : null;
  } catch {
    return null;
  }
};

/**
 * The storefront origin to search. Mention text only ever goes to the mention's own shop: the
 * host the link ended on when the gazetteer says it is this shop's, or when the article linked
 * that host directly (no shortener, no redirect elsewhere) and the gazetteer does not know it;
 * else the shop's first listed domain.
 */
export function shopOrigin(shop: ShopInfo, trail: LinkTrail, deps: ResolverDeps): string | null {
  const landedHost = hostOf(trail.landed);
  if (trail.landed && landedHost) {
    const owner = deps.shopByHost(new URL(trail.landed).hostname);
    const direct = trail.link !== null && hostOf(trail.link) === landedHost && !deps.isShortener(trail.link);
    if (owner?.name === shop.name || (owner === null && direct)) return new URL(trail.landed).origin;
  }
  const domain = shop.domains.find((d) => !d.endsWith('.*'));
  return domain ? `https://www.${domain}` : null;
}
