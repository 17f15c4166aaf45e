import type { ResolveState } from '../resolve/types';
import { formatPrice } from '../api/price-format';

interface Props {
  /** "Brand Name", for the button's accessible name. */
  label: string;
  state: ResolveState | undefined;
  saved: boolean;
  busy: boolean;
  error: string | null;
  onToggle: () => void;
  /** The article's own background behind the control: the pill's colours follow it. */
  tone?: 'light' | 'dark';
}

function Bookmark({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" />
    </svg>
  );
}

/** The control beside a mention in an article: a save toggle and, once the shop answered, today's price. */
export function InlineControl({ label, state, saved, busy, error, onToggle, tone = 'light' }: Props) {
  const listing = state?.status === 'resolved' ? state.listing : null;
  const price = listing?.price != null && listing.currency ? formatPrice(listing.price, listing.currency) : null;
  return (
    <span class={`mg mg-${tone}`}>
      <button
        type="button"
        class="mg-save"
        aria-pressed={saved}
        aria-disabled={busy || undefined}
        title={saved ? 'Saved to your Magpie wishlist' : 'Save to your Magpie wishlist'}
        onClick={(e) => {
          // The page must not see the click: some articles navigate on any click inside a product block.
          e.preventDefault();
          e.stopPropagation();
          onToggle();
        }}
      >
        <Bookmark filled={saved} />
        <span aria-hidden="true">{saved ? 'Saved' : 'Save'}</span>
        <span class="mg-sr">Save {label} to Magpie</span>
      </button>
      {price && (
        <span class="mg-price" title="Today’s price at the shop">
          now {price}
        </span>
      )}
      {error && (
        <span class="mg-error" role="status">
          {error}
        </span>
      )}
    </span>
  );
}
