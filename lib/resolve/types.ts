import type { Listing } from '../listing/types';

/** Where one mention stands on its way to the retailer's current listing. */
export type ResolveState =
  | { status: 'pending' }
  | { status: 'resolved'; listing: Listing; checkedAt: number }
  | { status: 'unavailable'; reason: string }
  | { status: 'not-found'; searchUrl: string | null };
