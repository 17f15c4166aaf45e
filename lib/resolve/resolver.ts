import type { Mention } from '../detect/types';
import { mentionCacheKey, TTL, type CachedOutcome, type ResolverDeps, type ShopInfo } from './deps';
import { REASONS } from '../protocol/reasons';
import { planSearch } from './strategies/shop-search';
import { resolveByLink } from './strategies/strategy-link';
import type { ResolveState } from '../protocol/resolve-state';

/** Options of one resolution run. */
export interface ResolveOptions {
  signal?: AbortSignal;
  /** Skip the cache and ask the shops again. */
  force?: boolean;
}

interface Outcome {
  state: CachedOutcome;
  /** A failure to ask the shop (timeout, network, rate limit) rather than an answer from it. */
  transient: boolean;
}

const unavailable = (reason: string, transient = false): Outcome => ({
  state: { status: 'unavailable', reason },
  transient,
});

/** The shop a mention names, by its retailer text, else by its link's host. */
function shopFor(mention: Mention, link: string | null, deps: ResolverDeps): ShopInfo | null {
  const byName = mention.retailer ? deps.shopByName(mention.retailer) : null;
  if (byName || !link) return byName;
  try {
    return deps.shopByHost(new URL(link).hostname);
  } catch {
    return null;
  }
}

async function compute(
  mention: Mention,
  link: string | null,
  shop: ShopInfo | null,
  deps: ResolverDeps,
  signal?: AbortSignal,
): Promise<Outcome> {
  let linkFailure: string | null = null;
  let landed: string | null = null;
  if (mention.url) {
    const r = await resolveByLink(mention, mention.url, deps, signal);
    if (r.kind === 'resolved')
      return { state: { status: 'resolved', listing: r.listing, checkedAt: deps.now() }, transient: false };
    if (!r.retry) return unavailable(r.reason, r.transient);
    linkFailure = r.reason;
    landed = r.landed ?? null;
  }
  const plan = shop ? planSearch(mention, shop, { link, landed }, deps) : null;
  // A link that failed with no way to search the shop keeps the link's reason: it says the most.
  if (!plan)
    return linkFailure
      ? unavailable(linkFailure)
      : { state: { status: 'not-found', searchUrl: null }, transient: false };
  const s = await plan.run(signal);
  if (s.kind === 'resolved')
    return { state: { status: 'resolved', listing: s.listing, checkedAt: deps.now() }, transient: false };
  if (s.kind === 'failed') return unavailable(linkFailure ?? s.reason, s.transient);
  return { state: { status: 'not-found', searchUrl: plan.readerUrl }, transient: false };
}

function ttlFor(o: Outcome): number | null {
  if (o.transient) return null;
  if (o.state.status === 'resolved') return TTL.resolved;
  if (o.state.status === 'not-found') return TTL.notFound;
  return TTL.gone;
}

/**
 * Resolves one mention to its shop's current listing: the article's link first, then a search
 * of the mention's own shop. Cached outcomes are served at once; a stale one is reported through
 * `onStale` and then refreshed — and kept when the refresh could not reach the shop.
 */
export async function resolveMention(
  mention: Mention,
  deps: ResolverDeps,
  opts: ResolveOptions & { onStale?: (state: ResolveState) => void } = {},
): Promise<ResolveState> {
  const link = mention.url ? (deps.unwrap(mention.url) ?? mention.url) : null;
  const shop = shopFor(mention, link, deps);
  const key = mentionCacheKey(link, shop?.name ?? mention.retailer, mention.brand, mention.name);
  const hit = opts.force ? null : await deps.cache?.get(key).catch(() => null);
  if (hit?.fresh) return hit.value;
  if (hit) opts.onStale?.(hit.value);
  let outcome: Outcome;
  try {
    outcome = await compute(mention, link, shop, deps, opts.signal);
  } catch {
    outcome = unavailable(REASONS.failed, true);
  }
  if (opts.signal?.aborted) return { status: 'unavailable', reason: REASONS.stopped };
  if (hit && outcome.transient) return hit.value;
  const ttl = ttlFor(outcome);
  if (ttl !== null) await deps.cache?.put(key, outcome.state, ttl).catch(() => undefined);
  return outcome.state;
}

/** Streams each mention's state as it changes: pending first, a stale cached state, then the result. */
export async function resolveMentions(
  mentions: readonly Mention[],
  deps: ResolverDeps,
  opts: ResolveOptions & { onState?: (index: number, state: ResolveState) => void } = {},
): Promise<ResolveState[]> {
  const states: ResolveState[] = mentions.map(() => ({ status: 'pending' }));
  const emit = (i: number, s: ResolveState) => {
    states[i] = s;
    if (!opts.signal?.aborted) opts.onState?.(i, s);
  };
  mentions.forEach((_, i) => emit(i, { status: 'pending' }));
  await Promise.all(
    mentions.map(async (m, i) => {
      const final = await resolveMention(m, deps, { ...opts, onStale: (s) => emit(i, s) });
      emit(i, final);
    }),
  );
  return states;
}
