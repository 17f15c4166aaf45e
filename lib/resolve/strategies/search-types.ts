import type { Mention } from '../../detect/types';
import type { ResolverDeps, ShopInfo } from '../deps';
import type { StrategyResult } from './strategy-result';

/** A shop search's conclusion: a listing, a failure asking the shop, or a clean miss. */
export type SearchResult = StrategyResult | { kind: 'miss' };

/** Search results fetched and compared in full, best first; more would look like crawling. */
export const MAX_CANDIDATES = 3;

/** Where the article's link pointed (unwrapped) and the shop URL it ended on, when it reached one. */
export interface LinkTrail {
  link: string | null;
  landed: string | null;
}

/** A search of one shop's catalogue, ready to run, and the results page a reader can open. */
export interface SearchPlan {
  readerUrl: string | null;
  run(signal?: AbortSignal): Promise<SearchResult>;
}

/** What a search strategy is given to plan with. */
export interface SearchInput {
  mention: Mention;
  shop: ShopInfo;
  trail: LinkTrail;
  /** What to type into the shop's search, most specific first (see searchTexts). */
  texts: string[];
  deps: ResolverDeps;
}

/** One way to search a shop (Shopify JSON, a server-rendered results page…): all share this shape. */
export interface SearchStrategy {
  name: string;
  /** A plan when this strategy can search the shop, else null. */
  plan(input: SearchInput): SearchPlan | null;
}
