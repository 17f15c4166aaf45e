import type { Mention } from '../lib/detect/types';
import type { ResolveState } from '../lib/protocol/resolve-state';
import { BookmarkIcon } from './icons';
import { PriceCompare } from './PriceCompare';
import { availabilityLabel } from './format';
import { safeHttpUrl } from './safe-url';
import { isLivePricesOff, plainReason } from './state-wording';
import { Thumb } from './Thumb';

interface MentionCardProps {
  mention: Mention;
  /** The picture beside the mention in the article, shown until (or unless) the shop's is known. */
  image?: string | null;
  state: ResolveState | undefined;
  saved: boolean;
  busy: boolean;
  onToggle: () => void;
}

/** What the article says about the price, and what the shop says now when it was asked. */
function StateLine({ mention, state }: { mention: Mention; state: ResolveState | undefined }) {
  const articlePrice = <PriceCompare article={mention.price} current={null} />;
  if (!state || state.status === 'pending') {
    return (
      <p class="state state-pending">
        {articlePrice}
        <span class="state-note">
          <span class="spinner" aria-hidden="true" />
          Checking the shop…
        </span>
      </p>
    );
  }
  if (state.status === 'unavailable') {
    // Live prices off is a choice, said once in the banner: the card just shows the article's price.
    if (isLivePricesOff(state.reason)) return <p class="state state-article">{articlePrice}</p>;
    return (
      <p class="state state-unavailable">
        {articlePrice}
        <span class="state-note" title={state.reason}>
          {plainReason(state.reason)}
        </span>
      </p>
    );
  }
  if (state.status === 'not-found') {
    const search = safeHttpUrl(state.searchUrl);
    return (
      <p class="state state-not-found">
        {articlePrice}
        <span class="state-note">
          Not found at the shop.{' '}
          {search && (
            <a href={search} target="_blank" rel="noopener noreferrer">
              Search at {mention.retailer ?? new URL(search).hostname}
            </a>
          )}
        </span>
      </p>
    );
  }
  const { listing } = state;
  const current =
    listing.price !== null && listing.currency ? { amount: listing.price, currency: listing.currency } : null;
  return (
    <p class="state state-resolved">
      <PriceCompare article={mention.price} current={current} />
      {listing.availability && (
        <span class={`avail avail-${listing.availability}`}>{availabilityLabel(listing.availability)}</span>
      )}
    </p>
  );
}

/**
 * One product the page mentions: its picture, a heading linking to the product (the article's
 * own link, so the publisher keeps its credit), the article's price and shop, where it stands at
 * the shop, and its save toggle. The toggle keeps one name ("Save …") and reports its state
 * through aria-pressed; while it works it stays focusable (aria-disabled, not disabled), so
 * keyboard focus never falls to the page.
 */
export function MentionCard({ mention, image = null, state, saved, busy, onToggle }: MentionCardProps) {
  const listing = state?.status === 'resolved' ? state.listing : null;
  const picture = safeHttpUrl(listing?.image) ?? safeHttpUrl(image);
  const href = safeHttpUrl(mention.url) ?? safeHttpUrl(listing?.url);
  const title = [mention.brand, mention.name].filter(Boolean).join(' ');
  const words = (
    <>
      {mention.brand && <span class="brand">{mention.brand}</span>}
      {mention.brand && ' '}
      <span class="name">{mention.name}</span>
    </>
  );
  return (
    <li class="card" aria-busy={state?.status === 'pending' || undefined}>
      <Thumb src={picture} initial={mention.brand ?? mention.name} />
      <div class="card-body">
        <h3 class="card-title" title={title}>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {words}
            </a>
          ) : (
            words
          )}
        </h3>
        {mention.retailer && <p class="retailer">{mention.retailer}</p>}
        <StateLine mention={mention} state={state} />
      </div>
      <button
        type="button"
        class={`save ${saved ? 'is-saved' : ''}`}
        aria-pressed={saved}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) onToggle();
        }}
      >
        <BookmarkIcon filled={saved} />
        <span aria-hidden="true">{saved ? 'Saved' : 'Save'}</span>
        <span class="sr-only">Save {title}</span>
      </button>
    </li>
  );
}
