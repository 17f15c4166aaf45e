import type { Listing } from '../../listing/types';

/**
 * What one strategy concluded. `retry` on a failure says whether another route (a search of the
 * shop) may still find the product — true when the product is gone from the link, false when
 * the shop could not be asked (blocked, timed out) and a search would fare no better.
 * `transient` marks failures worth asking again soon (network, timeout, rate limit). `landed` is
 * the shop URL the link ended on, when it reached one.
 */
export type StrategyResult =
  | { kind: 'resolved'; listing: Listing }
  | { kind: 'failed'; reason: string; retry: boolean; transient: boolean; landed?: string };

/** A strategy found the listing. */
export const resolved = (listing: Listing): StrategyResult => ({ kind: 'resolved', listing });

/** A strategy failed, with the reader's reason (see StrategyResult for the flags). */
export const failed = (reason: string, retry: boolean, transient = false, landed?: string): StrategyResult =>
  landed === undefined
    ? { kind: 'failed', reason, retry, transient }
    : { kind: 'failed', reason, retry, transient, landed };
