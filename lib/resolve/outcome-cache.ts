import type { ResolveState } from '../protocol/resolve-state';

/** A settled resolver outcome, the only kind worth caching. */
export type CachedOutcome = Exclude<ResolveState, { status: 'pending' }>;

const HOUR = 60 * 60 * 1000;

/** How long outcomes stay fresh: listings 6 h; a product gone from its shop 30 min; a search miss 1 h. */
export const TTL = { resolved: 6 * HOUR, gone: HOUR / 2, notFound: HOUR } as const;

/** The cache key of a mention: its shop link, else its shop and words (lib/db folds and normalises both). */
export function mentionCacheKey(link: string | null, shop: string | null, brand: string | null, name: string): string {
  return link ?? [shop ?? '', brand ?? '', name].join(' ');
}
