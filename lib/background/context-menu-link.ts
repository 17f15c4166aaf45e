import type { Listing } from '../listing/types';
import { REASONS } from '../protocol/reasons';
import type { ResolverDeps } from '../resolve/deps';
import { defaultDeps } from '../resolve/default-deps';
import { resolveMention } from '../resolve/resolver';
import { budgetedFetcher, type RequestBudget } from './request-budget';
import { backgroundFetcher } from './resolve-fetcher';
import { tabRunBudget } from './resolve-tabs';

/** The budget's bucket for a click with no tab (it still counts towards the hour in all). */
const NO_TAB = -1;

/**
 * The listing behind a link the reader right-clicked, read through the background's guarded
 * fetcher and spending the clicked tab's shop-request budget like the tab's own checks, so a page
 * cannot use the menu to drive requests past it. Returns the listing, the reason when the budget
 * is spent (the menu says why it saved nothing), or null when no product could be read.
 */
export async function readMenuLink(
  url: string,
  name: string | null,
  retailer: string | null,
  tabId: number | null,
  opts: { deps?: () => Promise<ResolverDeps>; budget?: RequestBudget } = {},
): Promise<Listing | string | null> {
  const base = opts.deps ? await opts.deps() : defaultDeps(await backgroundFetcher());
  const fetcher = budgetedFetcher(base.fetcher, tabId ?? NO_TAB, opts.budget ?? tabRunBudget());
  const state = await resolveMention(
    { brand: null, name: name ?? '', price: null, retailer, url },
    { ...base, fetcher },
  );
  if (state.status === 'resolved') return state.listing;
  return state.status === 'unavailable' && state.reason === REASONS.budgetSpent ? state.reason : null;
}
