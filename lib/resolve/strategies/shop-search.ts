import type { Mention } from '../../detect/types';
import type { ResolverDeps, ShopInfo } from '../deps';
import type { LinkTrail, SearchPlan, SearchStrategy } from './search-types';
import { searchTexts } from './search-texts';
import { searchPageStrategy } from './strategy-search-page';
import { shopifyStrategy } from './strategy-shopify';

/** Every way Magpie can search a shop, tried in order; the first that can plan a search runs. */
export const SEARCH_STRATEGIES: readonly SearchStrategy[] = [shopifyStrategy, searchPageStrategy];

/** How to search `shop` for the mention, or null when Magpie knows no way to search it. */
export function planSearch(mention: Mention, shop: ShopInfo, trail: LinkTrail, deps: ResolverDeps): SearchPlan | null {
  const input = { mention, shop, trail, texts: searchTexts(mention, shop.name), deps };
  for (const strategy of SEARCH_STRATEGIES) {
    const plan = strategy.plan(input);
    if (plan) return plan;
  }
  return null;
}
