import type { FetchFailure } from './fetch-types';
import { isGoneFailure, reasonForFailure } from '../reasons';
import type { SearchResult } from '../strategies/search-types';
import { failed, type StrategyResult } from '../strategies/strategy-result';

const TRANSIENT = new Set<FetchFailure['kind']>(['timeout', 'network', 'aborted', 'no-permission', 'budget-spent']);

/** A strategy result for a failed fetch: gone products may be searched for; transient ones retried later. */
export function failureResult(f: FetchFailure, landed?: string): StrategyResult {
  const transient = TRANSIENT.has(f.kind) || (f.kind === 'http' && (f.status === 429 || f.status >= 500));
  return failed(reasonForFailure(f), isGoneFailure(f), transient, landed);
}

/**
 * A failed search request as a search result: the shop could not be asked (timeout, network,
 * rate limit, bot wall, no permission) is a failure with its reason; an endpoint that is not
 * there or answers something else (404, HTML for JSON) means this shop cannot be searched so —
 * a miss, so the reader still gets the shop's search page to open.
 */
export function searchFailure(f: FetchFailure): SearchResult {
  const r = failureResult(f);
  const blocked = f.kind === 'http' && (f.status === 401 || f.status === 403);
  return r.kind === 'failed' && (r.transient || blocked || f.kind === 'blocked-url' || f.kind === 'redirect-blocked')
    ? r
    : { kind: 'miss' };
}
