import type { Mention } from '../lib/detect/types';
import type { ResolveState } from '../lib/resolve/types';
import { BookmarkIcon } from './icons';
import { PriceCompare } from './PriceCompare';
import { availabilityLabel } from './format';
import { safeHttpUrl } from './safe-url';
import { Thumb } from './Thumb';

interface MentionCardProps {
  mention: Mention;
  state: ResolveState | undefined;
  saved: boolean;
  busy: boolean;
  onToggle: () => void;
}

function StateLine({ mention, state }: { mention: Mention; state: ResolveState | undefined }) {
  if (!state || state.status === 'pending') {
    return (
      <p class="state state-pending">
        <span class="spinner" aria-hidden="true" />
        Checking the shop…
      </p>
    );
  }
  if (state.status === 'unavailable') return <p class="state state-unavailable">{state.reason}</p>;
  if (state.status === 'not-found') {
    const search = safeHttpUrl(state.searchUrl);
    return (
      <p class="state state-not-found">
        Not found at the shop.{' '}
        {search && (
          <a href={search} target="_blank" rel="noopener noreferrer">
            Search at {mention.retailer ?? new URL(search).hostname}
          </a>
        )}
      </p>
    );
  }
  const { listing } = state;
  const current = listing.price !== null && listing.currency ? { amount: listing.price, currency: listing.currency } : null;
  return (
    <p class="state state-resolved">
      <PriceCompare article={mention.price} current={current} />
      {listing.availability && (
        <span class={`avail avail-${listing.availability}`}>{availabilityLabel(listing.availability)}</span>
      )}
    </p>
  );
}

/** One product the page mentions: what the article says, where it stands at the shop, and its save toggle. */
export function MentionCard({ mention, state, saved, busy, onToggle }: MentionCardProps) {
  const image = state?.status === 'resolved' ? state.listing.image : null;
  const title = [mention.brand, mention.name].filter(Boolean).join(' ');
  return (
    <li class="card" aria-busy={state?.status === 'pending' || undefined}>
      <Thumb src={image} />
      <div class="card-body">
        {mention.brand && <p class="brand">{mention.brand}</p>}
        <p class="name">{mention.name}</p>
        {mention.retailer && <p class="retailer">{mention.retailer}</p>}
        <StateLine mention={mention} state={state} />
      </div>
      <button
        type="button"
        class={`save ${saved ? 'is-saved' : ''}`}
        aria-pressed={saved}
        disabled={busy}
        onClick={onToggle}
      >
        <BookmarkIcon filled={saved} />
        <span>{saved ? 'Saved' : 'Save'}</span>
        <span class="sr-only"> {title}</span>
      </button>
    </li>
  );
}
