import type { ResolverDeps } from '../deps';
import { failureResult } from '../fetch/fetch-failure-result';
import { isSameProduct, looksLikeProduct, type ProductQuery } from '../match';
import { isBotWall, isNotFoundPage, landing, metaRefreshTarget } from '../page-signals';
import { readListing } from '../read-listing';
import { REASONS } from '../../protocol/reasons';
import { failed, resolved, type StrategyResult } from './strategy-result';

/** Interstitial pages (meta refresh, a wrapper page reached by a shortener) followed at most this often. */
const MAX_HOPS = 3;

/**
 * Follows the article's link to the shop's page and reads the listing there. Known affiliate
 * wrappers are unwrapped offline, so the check goes to the shop and not through the tracker;
 * shorteners and unknown wrappers are fetched and their redirects followed. A page that is not
 * this product — home page, "not found", bot wall, another product — is a failure with the
 * reason, never a wrong listing.
 */
export async function resolveByLink(
  query: ProductQuery,
  link: string,
  deps: ResolverDeps,
  signal?: AbortSignal,
): Promise<StrategyResult> {
  let url = deps.unwrap(link) ?? link;
  for (let hop = 0; ; hop++) {
    const out = await deps.fetcher.get(url, { kind: 'html', signal });
    if (!out.ok) return failureResult(out.failure, out.url);
    const page = out.page;
    const listing = await readListing(page, deps);
    if (looksLikeProduct(listing) && isSameProduct(query, listing, 'link')) return resolved(listing);
    const next = hop < MAX_HOPS ? nextHop(page.text, page.url, deps) : null;
    if (next) {
      url = next;
      continue;
    }
    return whyNotProduct(page.text, url, page.url, listing?.price != null);
  }
}

/**
 * Names what the link shows instead of the product. Order matters: a home page and a "not found"
 * page can carry prices of other products (a "trending now" row), so those signals come first.
 */
function whyNotProduct(html: string, requested: string, final: string, hasPrice: boolean): StrategyResult {
  const fail = (reason: string, retry: boolean) => failed(reason, retry, false, final);
  if (isNotFoundPage(html)) return fail(REASONS.notFoundPage, true);
  if (isBotWall(html)) return fail(REASONS.blocked, false);
  const where = landing(requested, final);
  if (where === 'home') return fail(REASONS.home, true);
  if (hasPrice) return fail(REASONS.otherProduct, true);
  if (where === 'elsewhere') return fail(REASONS.elsewhere, true);
  return fail(REASONS.noProduct, true);
}

/** Where an interstitial sends the reader next: a meta refresh, or a known wrapper it landed on. */
function nextHop(html: string, pageUrl: string, deps: ResolverDeps): string | null {
  const target = metaRefreshTarget(html, pageUrl) ?? deps.unwrap(pageUrl);
  return target && target !== pageUrl ? target : null;
}
